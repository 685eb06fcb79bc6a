package io.purplemcp.distribution;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Makes the ahead-of-time cache ({@code -XX:AOTCache}, JDK 25+) by a training run of the staged server,
 * and keeps it only where the runtime uses it after the release is unpacked somewhere else.
 *
 * <p>The cache holds the classes of start-up, the MCP handshake and tools/list already loaded and
 * linked, so a start maps them instead of parsing, verifying and linking each class again. A static class-data sharing archive, which JDK 17
 * and 21 can make, gives less: JDK 17 records the jar's path and refuses the archive once the release
 * has moved, and the server must not change its working directory to keep a relative path valid (it
 * resolves relative configuration paths). A runtime without {@code -XX:AOTCacheOutput} therefore ships
 * only its own archive of JDK classes.
 *
 * <p>The training jar is a copy at another path, and the cache is then tried from the release's own:
 * that is the proof that it survives being unpacked anywhere.
 */
final class AheadOfTimeCache {

    static final String CACHE = "purple-mcp.aot";
    /** The runtime's own archive of JDK classes, which the cache makes redundant. */
    static final String RUNTIME_ARCHIVE = "runtime/lib/server/classes.jsa";

    private static final Duration RUN_TIMEOUT = Duration.ofMinutes(2);
    private static final String MAIN_CLASS = "io.purplemcp.bootstrap.Main";

    /** What a client sends to start: the handshake and tools/list, answered with ids 1 and 2. */
    static final String STARTUP_REQUESTS = String.join(
            "\n",
            "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"2025-06-18\","
                    + "\"capabilities\":{},\"clientInfo\":{\"name\":\"aot-training\",\"version\":\"1\"}}}",
            "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}",
            "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/list\"}",
            "");

    /**
     * The requests of the training run: start-up, then a tool that needs no console. Nothing reaches a
     * console: every class in the cache is loaded at every start, and the ~1,600 classes of the console's
     * TLS and HTTP client cost a stdio start about 35 ms (and 10 MiB) that the handshake never needs; the
     * first console call loads them instead.
     */
    static final String TRAINING_REQUESTS = STARTUP_REQUESTS
            + "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"tools/call\",\"params\":{\"name\":\"iso_to_unix_timestamp\","
            + "\"arguments\":{\"iso_datetime\":\"2025-01-01T00:00:00Z\"}}}\n";

    /**
     * A configured server, as users start it; not {@code --demo}, whose sandbox console would bring its own
     * TLS server into the cache. The address is never contacted.
     */
    static final Map<String, String> TRAINING_ENVIRONMENT = Map.of(
            "PURPLEMCP_CONSOLE_TOKEN", "aot-training-token",
            "PURPLEMCP_CONSOLE_BASE_URL", "https://console.invalid");

    private final Path release;
    private final Path scratch;

    /**
     * @param release the staged release (runtime/, lib/purple-mcp.jar, lib/jvm.options)
     * @param scratch an empty folder for the training copy of the jar
     */
    AheadOfTimeCache(Path release, Path scratch) {
        this.release = release;
        this.scratch = scratch;
    }

    /**
     * @return whether {@code lib/purple-mcp.aot} was made and is used from the release's own path; if
     *     so, it replaces the runtime's archive, else the runtime's archive stays
     */
    boolean train() throws IOException {
        var jar = release.resolve("lib/purple-mcp.jar");
        var trainingJar = scratch.resolve("lib/purple-mcp.jar");
        Files.createDirectories(trainingJar.getParent());
        Files.copy(jar, trainingJar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
        var cache = release.resolve("lib").resolve(CACHE);
        Files.deleteIfExists(cache);

        // One step (JEP 514): the JVM records while the server runs, then writes the cache as it exits.
        var training = ExternalCommand.run(
                List.of(
                        java(),
                        options(),
                        // First: a runtime without the cache must refuse this option, not the next ones.
                        "-XX:AOTCacheOutput=" + cache,
                        // Classes only, no method profiles (JEP 515): with profiles the JIT compiles hot start-up
                        // methods at once, competing for the CPU with the start itself (~25 ms of CPU per
                        // start); a server's warm-up over its first seconds is of no consequence.
                        "-XX:+UnlockDiagnosticVMOptions",
                        "-XX:-AOTRecordTraining",
                        "-jar",
                        trainingJar.toString()),
                TRAINING_ENVIRONMENT,
                TRAINING_REQUESTS,
                RUN_TIMEOUT);
        if (training.exitCode() != 0 && training.stderr().contains("Unrecognized VM option 'AOTCacheOutput")) {
            return false;
        }
        if (training.exitCode() != 0 || !answeredEveryRequest(training.stdout()) || !Files.isRegularFile(cache)) {
            throw new IOException("the ahead-of-time cache's training run failed (exit " + training.exitCode() + ")\n"
                    + training.stdout() + training.stderr());
        }
        if (loadsMainClassFromCache(jar, cache)) {
            Files.delete(release.resolve(RUNTIME_ARCHIVE));
            return true;
        }
        Files.delete(cache);
        return false;
    }

    private static boolean answeredEveryRequest(String stdout) {
        return List.of(1, 2, 3).stream().allMatch(id -> stdout.contains("\"id\":" + id + ",\"result\""));
    }

    private boolean loadsMainClassFromCache(Path jar, Path cache) throws IOException {
        var check = ExternalCommand.run(
                List.of(
                        java(),
                        options(),
                        "-XX:AOTCache=" + cache,
                        "-Xlog:class+load=info:stdout",
                        "-jar",
                        jar.toString(),
                        "--version"),
                "",
                RUN_TIMEOUT);
        return check.exitCode() == 0
                && check.stdout()
                        .lines()
                        .anyMatch(line -> line.contains(" " + MAIN_CLASS + " source: shared objects file"));
    }

    private String options() {
        return "@" + release.resolve("lib/jvm.options");
    }

    private String java() {
        return release.resolve("runtime/bin/java").toString();
    }
}
