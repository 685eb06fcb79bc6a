package io.purplemcp.distribution;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What one release is made of, as the build passes it on the command line ({@code --name=value}).
 *
 * @param version the server's version, part of every file name
 * @param platform e.g. {@code linux-x64}; jlink links for the platform it runs on
 * @param jdk the JDK whose runtime is bundled (its jlink and jdeps are used)
 * @param modules the JDK modules the runtime holds
 * @param jar the server's runnable jar
 * @param sbom the CycloneDX SBOM of the jar's dependencies
 * @param dist the launcher, JVM options and README shipped as they are
 * @param legal the folder holding LICENSE and NOTICE
 * @param timestamp every archived file's time: the build's reproducible output timestamp
 * @param work a scratch folder the release is staged in
 * @param out where the archive and its SHA256SUMS are written
 */
record ReleaseSpec(
        String version,
        String platform,
        Path jdk,
        List<String> modules,
        Path jar,
        Path sbom,
        Path dist,
        Path legal,
        Instant timestamp,
        Path work,
        Path out) {

    String name() {
        return "purple-mcp-" + version;
    }

    String archiveName() {
        return name() + "-" + platform + ".tar.gz";
    }

    static ReleaseSpec parse(String... args) {
        var values = new HashMap<String, String>();
        for (var arg : args) {
            int equals = arg.indexOf('=');
            if (!arg.startsWith("--") || equals < 0) {
                throw new IllegalArgumentException("expected --name=value, got: " + arg);
            }
            values.put(arg.substring(2, equals), arg.substring(equals + 1));
        }
        return new ReleaseSpec(
                required(values, "version"),
                required(values, "platform"),
                Path.of(required(values, "jdk")),
                Arrays.stream(required(values, "modules").split(","))
                        .map(String::trim)
                        .filter(module -> !module.isEmpty())
                        .toList(),
                Path.of(required(values, "jar")),
                Path.of(required(values, "sbom")),
                Path.of(required(values, "dist")),
                Path.of(required(values, "legal")),
                Instant.parse(required(values, "timestamp")),
                Path.of(required(values, "work")),
                Path.of(required(values, "out")));
    }

    private static String required(Map<String, String> values, String name) {
        var value = values.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("missing --" + name + "=...");
        }
        return value;
    }
}
