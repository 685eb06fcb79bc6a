package io.purplemcp.distribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TarGzWriterTest {

    private static final Instant TIMESTAMP = Instant.parse("2026-11-25T00:00:00Z");

    @TempDir
    Path scratch;

    @Test
    void theSameTreeGivesTheSameBytesWhateverTheFilesTimesAndCreationOrder() throws Exception {
        var first = tree("one/release", false);
        var second = tree("two/release", true);
        Files.setLastModifiedTime(second.resolve("bin/tool"), FileTime.from(Instant.parse("2001-01-01T00:00:00Z")));

        var a = scratch.resolve("a.tar.gz");
        var b = scratch.resolve("b.tar.gz");
        new TarGzWriter(TIMESTAMP).write(first, a);
        new TarGzWriter(TIMESTAMP).write(second, b);

        assertThat(AssembleRelease.sha256(a)).isEqualTo(AssembleRelease.sha256(b));
    }

    @Test
    void systemTarUnpacksContentsModesLinksAndLongNames() throws Exception {
        var source = tree("release", false);
        var archive = scratch.resolve("release.tar.gz");
        new TarGzWriter(TIMESTAMP).write(source, archive);
        var out = Files.createDirectories(scratch.resolve("out"));

        var tar = new ProcessBuilder("tar", "-xzf", archive.toString(), "-C", out.toString())
                .inheritIO()
                .start();
        assertThat(tar.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(tar.exitValue()).isZero();

        var unpacked = out.resolve("release");
        assertThat(unpacked.resolve("README.md")).hasContent("read me");
        assertThat(unpacked.resolve("bin/tool")).isExecutable();
        assertThat(Files.getPosixFilePermissions(unpacked.resolve("README.md")))
                .isEqualTo(PosixFilePermissions.fromString("rw-r--r--"));
        assertThat(Files.readSymbolicLink(unpacked.resolve("legal/LICENSE"))).isEqualTo(Path.of("../README.md"));
        assertThat(unpacked.resolve(longPath())).hasContent("deep");
        assertThat(Files.getLastModifiedTime(unpacked.resolve("README.md")).toInstant())
                .isEqualTo(TIMESTAMP);
    }

    @Test
    void refusesAnAbsoluteSymlinkThatWouldPointOutsideTheRelease() throws IOException {
        var source = Files.createDirectories(scratch.resolve("release"));
        Files.createSymbolicLink(source.resolve("cacerts"), Path.of("/etc/ssl/certs/java/cacerts"));

        assertThatThrownBy(() -> new TarGzWriter(TIMESTAMP).write(source, scratch.resolve("x.tar.gz")))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("absolute symbolic link");
    }

    @Test
    void refusesANameNoUstarHeaderCanHold() throws IOException {
        var source = Files.createDirectories(scratch.resolve("release"));
        Files.writeString(source.resolve("n".repeat(120)), "x");

        assertThatThrownBy(() -> new TarGzWriter(TIMESTAMP).write(source, scratch.resolve("x.tar.gz")))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("path too long");
    }

    /** The same files, written in one order or the reverse one. */
    private Path tree(String name, boolean reversed) throws IOException {
        var root = Files.createDirectories(scratch.resolve(name));
        Runnable[] steps = {
            () -> write(root.resolve("README.md"), "read me", false),
            () -> write(root.resolve("bin/tool"), "#!/bin/sh\n", true),
            () -> write(root.resolve(longPath()), "deep", false),
            () -> link(root.resolve("legal/LICENSE"), Path.of("../README.md")),
        };
        for (int i = 0; i < steps.length; i++) {
            steps[reversed ? steps.length - 1 - i : i].run();
        }
        return root;
    }

    private static String longPath() {
        return "runtime/" + "a-rather-long-folder-name/".repeat(5) + "file-name-past-one-hundred-bytes.txt";
    }

    private static void write(Path file, String content, boolean executable) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, content);
            Files.setPosixFilePermissions(
                    file, PosixFilePermissions.fromString(executable ? "rwxr-xr-x" : "rw-rw-rw-"));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static void link(Path link, Path target) {
        try {
            Files.createDirectories(link.getParent());
            Files.createSymbolicLink(link, target);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
