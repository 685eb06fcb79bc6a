package io.purplemcp.distribution;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/** Links the bundled Java runtime with jlink and proves, with jdeps, that it holds what the jar uses. */
final class RuntimeImage {

    private static final Duration TOOL_TIMEOUT = Duration.ofMinutes(5);

    private final Path jdk;

    RuntimeImage(Path jdk) {
        this.jdk = jdk;
    }

    /** The linked runtime's identity, for the SBOM and the closing checks. */
    record Identity(String implementor, String version, List<String> modules) {}

    Identity link(List<String> modules, Path output) throws IOException {
        int feature = featureVersion(jdk);
        var command = new ArrayList<>(List.of(
                tool("jlink"),
                "--add-modules",
                String.join(",", modules),
                "--strip-debug",
                "--no-man-pages",
                "--no-header-files",
                // JDK 21 renamed the compression levels; 17 knows only 0, 1 and 2.
                "--compress=" + (feature >= 21 ? "zip-9" : "2"),
                "--generate-cds-archive",
                "--output",
                output.toString()));
        ExternalCommand.succeed(command, TOOL_TIMEOUT);
        // The archive for heaps over 32 GB; the launcher bounds the heap far below that.
        Files.deleteIfExists(output.resolve("lib/server/classes_nocoops.jsa"));
        // A linked image's release file names its modules but not its vendor: that is the JDK's.
        var source = identity(jdk);
        return new Identity(
                source.implementor(), source.version(), identity(output).modules());
    }

    /**
     * Fails when jdeps finds the jar using a JDK module the runtime lacks: a missing module would only
     * show as a NoClassDefFoundError on a user's machine, on the code path that needs it.
     */
    void requireModulesUsedBy(Path jar, Identity runtime) throws IOException {
        var listed = ExternalCommand.succeed(
                List.of(
                        tool("jdeps"),
                        "--list-deps",
                        "--ignore-missing-deps",
                        "--multi-release",
                        Integer.toString(featureVersion(jdk)),
                        jar.toString()),
                TOOL_TIMEOUT);
        var used = new TreeSet<String>();
        for (var line : listed.split("\\R")) {
            var entry = line.trim();
            if (entry.isEmpty() || entry.startsWith("JDK removed internal API")) {
                continue;
            }
            // Internal packages come as "java.base/sun.security.util": the module is what counts.
            int slash = entry.indexOf('/');
            used.add(slash < 0 ? entry : entry.substring(0, slash));
        }
        Set<String> missing = new TreeSet<>(used);
        missing.removeAll(runtime.modules());
        if (!missing.isEmpty()) {
            throw new IOException("the server's jar uses JDK modules the runtime lacks: " + missing
                    + "; add them to runtime.modules in distribution/pom.xml");
        }
    }

    static Identity identity(Path runtime) throws IOException {
        var release = new Properties();
        release.load(new StringReader(Files.readString(runtime.resolve("release"))));
        return new Identity(
                unquote(release.getProperty("IMPLEMENTOR", "unknown")),
                unquote(release.getProperty("JAVA_RUNTIME_VERSION", release.getProperty("JAVA_VERSION", "unknown"))),
                Arrays.stream(unquote(release.getProperty("MODULES", "")).split(" "))
                        .filter(module -> !module.isBlank())
                        .sorted()
                        .toList());
    }

    private static int featureVersion(Path jdk) throws IOException {
        var version = identity(jdk).version();
        var feature = version.split("[.+\\-]")[0];
        try {
            return Integer.parseInt(feature);
        } catch (NumberFormatException e) {
            throw new IOException("cannot read the Java version of " + jdk + ": " + version, e);
        }
    }

    private String tool(String name) {
        return jdk.resolve("bin").resolve(name).toString();
    }

    private static String unquote(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1)
                : value;
    }
}
