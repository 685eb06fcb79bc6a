package io.purplemcp.distribution;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The release archive unpacked with the system's tar, as a user would, and a way to run its launcher
 * with a clean environment: no JAVA_HOME, and a PATH that offers a shell's basic tools but no java.
 */
final class UnpackedRelease {

    /** What the launcher itself needs from PATH; deliberately not java. */
    private static final List<String> SHELL_TOOLS = List.of("sh", "dirname", "ls");

    private final Path home;
    private final Path toolsOnly;

    private UnpackedRelease(Path home, Path toolsOnly) {
        this.home = home;
        this.toolsOnly = toolsOnly;
    }

    static UnpackedRelease unpack(Path archive, String name, Path into) throws IOException, InterruptedException {
        var tar = new ProcessBuilder("tar", "-xzf", archive.toString(), "-C", into.toString())
                .inheritIO()
                .start();
        if (!tar.waitFor(2, TimeUnit.MINUTES) || tar.exitValue() != 0) {
            throw new IOException("tar could not unpack " + archive);
        }
        var toolsOnly = Files.createDirectories(into.resolve("path-without-java"));
        for (var tool : SHELL_TOOLS) {
            Files.copy(systemTool(tool), toolsOnly.resolve(tool), StandardCopyOption.COPY_ATTRIBUTES);
        }
        return new UnpackedRelease(into.resolve(name), toolsOnly);
    }

    Path home() {
        return home;
    }

    Path launcher() {
        return home.resolve("bin/purple-mcp");
    }

    Path toolsOnlyPath() {
        return toolsOnly;
    }

    /** Starts {@code command} (a launcher, or a link to one) with only PATH and {@code env} set. */
    ProcessBuilder command(Path command, Path workingDirectory, Map<String, String> env, String... args) {
        var line = new ArrayList<String>();
        line.add(command.toString());
        line.addAll(List.of(args));
        var builder = new ProcessBuilder(line).directory(workingDirectory.toFile());
        builder.environment().clear();
        builder.environment().put("PATH", toolsOnly.toString());
        builder.environment().putAll(env);
        return builder;
    }

    private static Path systemTool(String name) throws IOException {
        for (var dir : List.of("/bin", "/usr/bin")) {
            var candidate = Path.of(dir, name);
            if (Files.isExecutable(candidate)) {
                return candidate.toRealPath();
            }
        }
        throw new IOException("this machine has no " + name + " in /bin or /usr/bin");
    }
}
