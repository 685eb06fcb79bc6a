package io.purplemcp.distribution;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

/**
 * Makes the class-data sharing archive by a training run of the staged server, and keeps it only where
 * the runtime can use it after the release is unpacked somewhere else.
 *
 * <p>The training run starts the server over stdio against its built-in sandbox console, so the
 * archive holds the classes of start-up, the MCP handshake, tools/list and console calls over TLS.
 * The run's class list is put in a canonical order before the static dump: a multi-threaded run
 * loads classes in a different order each time, and the dump is byte-identical only for the same list.
 *
 * <p>JDK 17 records the jar's path as given and refuses the archive once that path no longer names
 * the jar: an absolute path breaks when the release is unpacked elsewhere, a relative one when the
 * server starts from another working directory (and the launcher must not change the server's, which
 * resolves relative configuration paths). Newer runtimes compare paths relative to where the release
 * is. Rather than guess by version, the archive is made for a copy of the jar at another path and
 * tried from the release's own.
 */
final class ClassDataSharing {

    static final String ARCHIVE = "purple-mcp.jsa";
    /** The runtime's own archive of JDK classes, which the application archive makes redundant. */
    static final String RUNTIME_ARCHIVE = "runtime/lib/server/classes.jsa";

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
     * @param scratch an empty folder for the training copy of the jar and the class lists
     */
    ClassDataSharing(Path release, Path scratch) {
        this.release = release;
        this.scratch = scratch;
    }

    /**
     * @return whether {@code lib/purple-mcp.jsa} was made and is used from the release's own path; if
     *     so, it replaces the runtime's archive, else the runtime's archive stays
     */
    boolean train() throws IOException {
        var jar = release.resolve("lib/purple-mcp.jar");
        var trainingJar = scratch.resolve("lib/purple-mcp.jar");
        Files.createDirectories(trainingJar.getParent());
        Files.copy(jar, trainingJar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
        var loaded = scratch.resolve("loaded-classes.lst");
        var canonical = scratch.resolve("classes.lst");
        var archive = release.resolve("lib").resolve(ARCHIVE);
        Files.deleteIfExists(archive);

        var training = ExternalCommand.run(
                List.of(
                        java(),
                        options(),
                        "-XX:DumpLoadedClassList=" + loaded,
                        "-jar",
                        trainingJar.toString(),
                        "--demo"),
                TRAINING_REQUESTS,
                RUN_TIMEOUT);
        if (training.exitCode() != 0 || !answeredEveryRequest(training.stdout()) || !Files.isRegularFile(loaded)) {
            throw new IOException("the class-data sharing training run failed (exit " + training.exitCode() + ")\n"
                    + training.stdout() + training.stderr());
        }
        Files.write(canonical, canonicalClassList(Files.readAllLines(loaded)));
        ExternalCommand.succeed(
                List.of(
                        java(),
                        options(),
                        "-Xshare:dump",
                        "-XX:SharedClassListFile=" + canonical,
                        "-XX:SharedArchiveFile=" + archive,
                        "-jar",
                        trainingJar.toString()),
                RUN_TIMEOUT);
        if (loadsMainClassFromArchive(jar, archive)) {
            Files.delete(release.resolve(RUNTIME_ARCHIVE));
            return true;
        }
        Files.delete(archive);
        return false;
    }

    /**
     * The loaded classes sorted by name, then the lambda entries sorted; without the constant-pool
     * hints ({@code @cp}), whose content depends on timing, and without the run's numbering.
     */
    static List<String> canonicalClassList(List<String> loaded) {
        var classes = loaded.stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#") && !line.startsWith("@"))
                .map(line -> line.replaceFirst(" id: .*$", ""))
                .sorted()
                .distinct();
        var lambdas = loaded.stream()
                .filter(line -> line.startsWith("@lambda"))
                .sorted()
                .distinct();
        return Stream.concat(classes, lambdas).toList();
    }

    private static boolean answeredEveryRequest(String stdout) {
        return List.of(1, 2, 3, 4).stream().allMatch(id -> stdout.contains("\"id\":" + id + ",\"result\""));
    }

    private boolean loadsMainClassFromArchive(Path jar, Path archive) throws IOException {
        var check = ExternalCommand.run(
                List.of(
                        java(),
                        options(),
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

    private String options() {
        return "@" + release.resolve("lib/jvm.options");
    }

    private String java() {
        return release.resolve("runtime/bin/java").toString();
    }
}
