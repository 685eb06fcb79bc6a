package io.purplemcp.distribution;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * Builds the release archive: a jlink runtime, the server's jar, the launcher and its JVM options, a
 * class-data sharing archive, LICENSE, NOTICE, README and SBOM, as one reproducible
 * {@code purple-mcp-<version>-<platform>.tar.gz} with a {@code SHA256SUMS} beside it.
 *
 * <p>Run by the distribution module's package phase; it prints one line per step for the build log.
 */
public final class AssembleRelease {

    private AssembleRelease() {}

    public static void main(String[] args) throws IOException {
        var spec = ReleaseSpec.parse(args);
        var archive = new AssembleRelease().assemble(spec);
        System.out.println("release: " + archive + " (" + Files.size(archive) + " bytes)");
    }

    Path assemble(ReleaseSpec spec) throws IOException {
        if (!Files.isRegularFile(spec.sbom())) {
            throw new IOException("no SBOM at " + spec.sbom() + ": the CycloneDX plugin that writes it runs only"
                    + " online, and Maven's offline mode (-o) skips it; build the release without -o");
        }
        deleteTree(spec.work());
        var release = Files.createDirectories(spec.work().resolve(spec.name()));

        var image = new RuntimeImage(spec.jdk());
        var runtime = image.link(spec.modules(), release.resolve("runtime"));
        image.requireModulesUsedBy(spec.jar(), runtime);
        System.out.println("release: runtime " + runtime.implementor() + " " + runtime.version() + " with "
                + String.join(",", runtime.modules()));

        var lib = Files.createDirectories(release.resolve("lib"));
        var jar = lib.resolve("purple-mcp.jar");
        Files.copy(spec.jar(), jar);
        copyTree(spec.dist(), release);
        for (var notice : List.of("LICENSE", "NOTICE")) {
            Files.copy(spec.legal().resolve(notice), release.resolve(notice));
        }
        new ReleaseSbom().write(spec.sbom(), runtime, release.resolve("sbom.cdx.json"));
        stampAll(release, FileTime.from(spec.timestamp()));

        var cache = new AheadOfTimeCache(
                release, Files.createDirectories(spec.work().resolve("aot-training")));
        System.out.println(
                cache.train()
                        ? "release: ahead-of-time cache lib/" + AheadOfTimeCache.CACHE
                                + " made by a training run; it replaces " + AheadOfTimeCache.RUNTIME_ARCHIVE
                        : "release: this runtime cannot make an ahead-of-time cache (JDK 25+ can); shipping"
                                + " the runtime's own " + AheadOfTimeCache.RUNTIME_ARCHIVE + " only");
        stampAll(release, FileTime.from(spec.timestamp()));

        var archive = spec.out().resolve(spec.archiveName());
        new TarGzWriter(spec.timestamp()).write(release, archive);
        Files.writeString(spec.out().resolve("SHA256SUMS"), sha256(archive) + "  " + archive.getFileName() + "\n");
        return archive;
    }

    static String sha256(Path file) throws IOException {
        try (var in = Files.newInputStream(file)) {
            var digest = MessageDigest.getInstance("SHA-256");
            var buffer = new byte[1 << 16];
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                digest.update(buffer, 0, read);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /**
     * One time on every file: the archive then depends on contents alone, and the jar keeps, once
     * unpacked, the time the class-data sharing archive recorded for it.
     */
    private static void stampAll(Path root, FileTime time) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(path -> !Files.isSymbolicLink(path)).forEach(path -> {
                try {
                    Files.setLastModifiedTime(path, time);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (var source : (Iterable<Path>) walk::iterator) {
                var target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException failure) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
