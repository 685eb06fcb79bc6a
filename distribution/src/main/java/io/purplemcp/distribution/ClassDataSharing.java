package io.purplemcp.distribution;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

/**
 * Makes the application class-data sharing archive by a training run of the staged server, and keeps
 * it only where the runtime can use it after the release is unpacked somewhere else.
 *
 * <p>The training run starts the server over stdio against its built-in sandbox console, so the
 * archive holds the classes of start-up, the MCP handshake, tools/list and a console call over TLS.
 * JDK 17 records the jar's path in the archive and refuses it once the jar has moved; newer runtimes
 * relocate it. Rather than guess by version, the archive is tried from a second path.
 */
final class ClassDataSharing {

    static final String ARCHIVE = "purple-mcp.jsa";
    private static final Duration RUN_TIMEOUT = Duration.ofMinutes(2);
    private static final String MAIN_CLASS = "io.purplemcp.bootstrap.Main";

    /** The requests of the training run; the last one reaches the sandbox console over HTTPS. */
    static final String TRAINING_REQUESTS = String.join(
            "\n",
            "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"2025-06-18\","
                    + "\"capabilities\":{},\"clientInfo\":{\"name\":\"cds-training\",\"version\":\"1\"}}}",
            "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}",
            "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/list\"}",
            "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"tools/call\",\"params\":{\"name\":\"iso_to_unix_timestamp\","
                    + "\"arguments\":{\"iso_datetime\":\"2025-01-01T00:00:00Z\"}}}",
            "{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"tools/call\",\"params\":{\"name\":\"list_inventory_items\","
                    + "\"arguments\":{\"limit\":1}}}",
            "");

    private final Path release;
    private final Path scratch;

    /**
     * @param release the staged release (runtime/, lib/purple-mcp.jar, lib/jvm.options)
     * @param scratch an empty folder for the training copy of the jar
     */
    ClassDataSharing(Path release, Path scratch) {
        this.release = release;
        this.scratch = scratch;
    }

    /** @return whether {@code lib/purple-mcp.jsa} was made and is used from the release's own path */
    boolean train() throws IOException {
        var jar = release.resolve("lib/purple-mcp.jar");
        var trainingJar = scratch.resolve("lib/purple-mcp.jar");
        Files.createDirectories(trainingJar.getParent());
        Files.copy(jar, trainingJar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
        var archive = release.resolve("lib").resolve(ARCHIVE);
        Files.deleteIfExists(archive);

        var training = ExternalCommand.run(
                List.of(
                        java(),
                        "@" + release.resolve("lib/jvm.options"),
                        "-XX:ArchiveClassesAtExit=" + archive,
                        "-jar",
                        trainingJar.toString(),
                        "--demo"),
                TRAINING_REQUESTS,
                RUN_TIMEOUT);
        if (training.exitCode() != 0 || !answeredEveryRequest(training.stdout()) || !Files.isRegularFile(archive)) {
            throw new IOException("the class-data sharing training run failed (exit " + training.exitCode() + ")\n"
                    + training.stdout() + training.stderr());
        }
        if (loadsMainClassFromArchive(jar, archive)) {
            return true;
        }
        Files.delete(archive);
        return false;
    }

    private static boolean answeredEveryRequest(String stdout) {
        return List.of(1, 2, 3, 4).stream().allMatch(id -> stdout.contains("\"id\":" + id + ",\"result\""));
    }

    private boolean loadsMainClassFromArchive(Path jar, Path archive) throws IOException {
        var check = ExternalCommand.run(
                List.of(
                        java(),
                        "@" + release.resolve("lib/jvm.options"),
                        "-XX:SharedArchiveFile=" + archive,
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

    private String java() {
        return release.resolve("runtime/bin/java").toString();
    }
}
