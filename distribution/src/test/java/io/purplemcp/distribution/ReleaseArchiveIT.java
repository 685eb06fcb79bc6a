package io.purplemcp.distribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The release archive as a user gets it: unpacked anywhere and run on a machine with no JDK. */
@Timeout(value = 2, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ReleaseArchiveIT {

    private static final long MAX_ARCHIVE_BYTES = 60L * 1000 * 1000;
    private static final long MAX_UNPACKED_BYTES = 150L * 1000 * 1000;
    private static final int TOOL_COUNT = 22;
    private static final Path ARCHIVE = Path.of(System.getProperty("purplemcp.release.archive"));
    private static final String VERSION = System.getProperty("purplemcp.version");
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The cache's training requests, then a console call, which reaches the sandbox over HTTPS. */
    private static final String DEMO_REQUESTS = AheadOfTimeCache.TRAINING_REQUESTS
            + "{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"tools/call\",\"params\":{\"name\":\"list_inventory_items\","
            + "\"arguments\":{\"limit\":1}}}\n";

    @TempDir
    static Path scratch;

    private static UnpackedRelease release;

    @BeforeAll
    static void unpack() throws Exception {
        release = UnpackedRelease.unpack(
                ARCHIVE, System.getProperty("purplemcp.release.name"), Files.createDirectories(scratch.resolve("opt")));
    }

    @Test
    void staysWithinTheSizeBudget() throws IOException {
        assertThat(Files.size(ARCHIVE)).isLessThanOrEqualTo(MAX_ARCHIVE_BYTES);
        try (Stream<Path> files = Files.walk(release.home())) {
            long unpacked = files.filter(Files::isRegularFile)
                    .mapToLong(path -> path.toFile().length())
                    .sum();
            assertThat(unpacked).isLessThanOrEqualTo(MAX_UNPACKED_BYTES);
        }
    }

    @Test
    void checksumFileVerifiesTheArchive() throws IOException {
        var sums = Files.readString(ARCHIVE.resolveSibling("SHA256SUMS"));

        assertThat(sums).isEqualTo(AssembleRelease.sha256(ARCHIVE) + "  " + ARCHIVE.getFileName() + "\n");
    }

    @Test
    void holdsTheLauncherJarRuntimeAndNotices() {
        var home = release.home();
        assertThat(home.resolve("bin/purple-mcp")).isExecutable();
        assertThat(home.resolve("runtime/bin/java")).isExecutable();
        assertThat(home.resolve("lib/purple-mcp.jar")).isRegularFile();
        assertThat(home.resolve("lib/jvm.options")).isRegularFile();
        for (var file : List.of("LICENSE", "NOTICE", "README.md", "sbom.cdx.json")) {
            assertThat(home.resolve(file)).isRegularFile();
        }
        // jlink was asked to leave these out: a runtime is not a JDK.
        for (var absent : List.of("runtime/include", "runtime/man", "runtime/jmods", "runtime/bin/javac")) {
            assertThat(home.resolve(absent)).doesNotExist();
        }
    }

    @Test
    void pathOffersNoJava() {
        assertThat(release.toolsOnlyPath().resolve("java")).doesNotExist();
    }

    @Test
    void printsItsVersionWithNoJdkOnTheMachine() throws Exception {
        var run = run(release.launcher(), scratch, Map.of(), "--version");

        assertThat(run.exitCode()).isZero();
        assertThat(run.stdout()).isEqualTo("purple-mcp " + VERSION + "\n");
    }

    @Test
    void findsItsInstallationThroughSymlinksFromAnyDirectory() throws Exception {
        var links = Files.createDirectories(scratch.resolve("links"));
        var absolute = Files.createSymbolicLink(links.resolve("purple-mcp"), release.launcher());
        var nested = Files.createDirectories(links.resolve("nested"));
        var relative = Files.createSymbolicLink(nested.resolve("pm"), Path.of("../purple-mcp"));

        var viaAbsolute = run(absolute, Path.of("/"), Map.of(), "--version");
        var viaRelative = run(relative, nested, Map.of(), "--version");

        assertThat(viaAbsolute.stdout()).isEqualTo("purple-mcp " + VERSION + "\n");
        assertThat(viaRelative.stdout()).isEqualTo("purple-mcp " + VERSION + "\n");
    }

    @Test
    void operatorOptionsComeAfterTheDefaultsAndOverrideThem() throws Exception {
        var defaults =
                run(release.launcher(), scratch, Map.of("PURPLEMCP_JAVA_OPTS", "-XX:+PrintFlagsFinal"), "--version");
        var overridden = run(
                release.launcher(),
                scratch,
                Map.of("PURPLEMCP_JAVA_OPTS", "-Xmx320m  -XX:+PrintFlagsFinal"),
                "--version");

        assertThat(flag(defaults.stdout(), "MaxHeapSize")).isEqualTo(256L * 1024 * 1024);
        assertThat(flag(defaults.stdout(), "UseSerialGC")).isEqualTo(1);
        assertThat(flag(overridden.stdout(), "MaxHeapSize")).isEqualTo(320L * 1024 * 1024);
    }

    @Test
    void startsFromTheAheadOfTimeCacheWhereTheRuntimeCanMakeOne() throws Exception {
        var archive = release.home().resolve("lib/" + AheadOfTimeCache.CACHE);
        var runtimeVersion =
                RuntimeImage.identity(release.home().resolve("runtime")).version();
        var runtimeArchive = release.home().resolve(AheadOfTimeCache.RUNTIME_ARCHIVE);
        if (!Files.exists(archive)) {
            // Only JDK 25+ makes the cache; a release built on an older runtime keeps the runtime's own archive.
            assertThat(Runtime.Version.parse(runtimeVersion).feature()).isLessThan(25);
            assertThat(runtimeArchive).isRegularFile();
            return;
        }
        assertThat(runtimeArchive).doesNotExist();
        var log = scratch.resolve("class-load.log");

        var run = run(
                release.launcher(),
                scratch,
                Map.of("PURPLEMCP_JAVA_OPTS", "-Xlog:class+load=info:file=" + log),
                "--version");

        assertThat(run.exitCode()).isZero();
        assertThat(Files.readString(log))
                .containsPattern("io\\.purplemcp\\.bootstrap\\.Main source: shared objects file")
                // Every cached class loads at every start: the console's TLS stack waits for the first call.
                .doesNotContainPattern("sun\\.security\\.ssl\\.\\S+ source: shared objects file");
    }

    @Test
    void startingAndListingToolsFromTheCacheSpinsNoClass() throws Exception {
        assumeTrue(Files.exists(release.home().resolve("lib/" + AheadOfTimeCache.CACHE)), "no cache on this runtime");
        var stderr = scratch.resolve("spun.log");
        var process = release.command(
                        release.launcher(),
                        scratch,
                        Map.of(
                                "PURPLEMCP_JAVA_OPTS", "-Xlog:class+load=info:stderr",
                                "PURPLEMCP_CONSOLE_TOKEN", "release-it-token",
                                "PURPLEMCP_CONSOLE_BASE_URL", "https://console.invalid"))
                .redirectError(stderr.toFile())
                .start();
        List<String> loaded;
        try (var in = process.getOutputStream();
                var out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            in.write(AheadOfTimeCache.STARTUP_REQUESTS.getBytes(StandardCharsets.UTF_8));
            in.flush();
            for (int replies = 0; replies < 2; replies++) {
                assertThat(out.readLine()).isNotNull();
            }
            // Read before stdin closes: the JVM's exit path is not start-up.
            loaded = Files.readAllLines(stderr, StandardCharsets.UTF_8);
        }
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();

        // A lambda, string concatenation or method handle made at run time initialises the JDK's class
        // generator in the interpreter (~10 ms); the cache holds those the training run made.
        assertThat(loaded)
                .anyMatch(line -> line.contains("io.purplemcp.bootstrap.Main source: shared objects file"))
                .filteredOn(line ->
                        line.contains("$$Lambda") || line.contains("LambdaForm$") || line.contains("$$StringConcat"))
                .allMatch(line -> line.contains("source: shared objects file"));
    }

    @Test
    void servesTheDemoOverStdio() throws Exception {
        var process = release.command(release.launcher(), scratch, Map.of(), "--demo")
                .redirectError(scratch.resolve("stdio-demo.err").toFile())
                .start();
        var responses = new ArrayList<JsonNode>();
        try (var in = process.getOutputStream();
                var out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            in.write(DEMO_REQUESTS.getBytes(StandardCharsets.UTF_8));
            in.flush();
            for (String line; responses.size() < 4 && (line = out.readLine()) != null; ) {
                // Every line on stdout is JSON-RPC: the JVM's own warnings must never land there.
                responses.add(JSON.readTree(line));
            }
        }

        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isZero();
        assertThat(responses).hasSize(4);
        assertThat(responses.get(0).at("/result/serverInfo/version").asText()).isEqualTo(VERSION);
        assertThat(responses.get(1).at("/result/tools")).hasSize(TOOL_COUNT);
        assertThat(responses.get(2).at("/result/content/0/text").asText()).isEqualTo("1735689600000");
        assertThat(responses.get(3).at("/result/isError").asBoolean()).isFalse();
        assertThat(responses.get(3).at("/result/content/0/text").asText()).contains("\"data\"");
    }

    @Test
    void servesTheDemoOverStreamableHttpAndStopsGracefully() throws Exception {
        int port = freePort();
        var process = release.command(
                        release.launcher(),
                        scratch,
                        Map.of(),
                        "--demo",
                        "--mode",
                        "streamable-http",
                        "--port",
                        Integer.toString(port))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            awaitLine(process, Pattern.compile("listening on /127\\.0\\.0\\.1:" + port));
            var http =
                    HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            var base = URI.create("http://127.0.0.1:" + port);

            var health = http.send(
                    HttpRequest.newBuilder(base.resolve("/health")).build(), HttpResponse.BodyHandlers.ofString());
            var initialize = http.send(
                    mcp(
                            base,
                            null,
                            "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":"
                                    + "{\"protocolVersion\":\"2025-06-18\",\"capabilities\":{},"
                                    + "\"clientInfo\":{\"name\":\"release-it\",\"version\":\"1\"}}}"),
                    HttpResponse.BodyHandlers.ofString());
            var session = initialize.headers().firstValue("mcp-session-id").orElseThrow();
            http.send(
                    mcp(base, session, "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}"),
                    HttpResponse.BodyHandlers.discarding());
            var call = http.send(
                    mcp(
                            base,
                            session,
                            "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/call\",\"params\":"
                                    + "{\"name\":\"iso_to_unix_timestamp\",\"arguments\":{\"iso_datetime\":\"2025-01-01T00:00:00Z\"}}}"),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(initialize.statusCode()).isEqualTo(200);
            assertThat(call.statusCode()).isEqualTo(200);
            assertThat(jsonRpcPayload(call.body()).at("/result/content/0/text").asText())
                    .isEqualTo("1735689600000");
        } finally {
            process.destroy();
        }
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        // 143: SIGTERM was handled as a graceful stop.
        assertThat(process.exitValue()).isEqualTo(143);
    }

    private static HttpRequest mcp(URI base, String session, String body) {
        var request = HttpRequest.newBuilder(base.resolve("/mcp"))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json, text/event-stream")
                .header("MCP-Protocol-Version", "2025-06-18")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (session != null) {
            request.header("Mcp-Session-Id", session);
        }
        return request.build();
    }

    /** A Streamable HTTP answer is JSON, or an event stream whose data line holds the JSON. */
    private static JsonNode jsonRpcPayload(String body) throws IOException {
        var trimmed = body.trim();
        if (trimmed.startsWith("{")) {
            return JSON.readTree(trimmed);
        }
        var data = trimmed.lines()
                .filter(line -> line.startsWith("data:"))
                .reduce((first, second) -> second)
                .orElseThrow();
        return JSON.readTree(data.substring("data:".length()));
    }

    private record Run(int exitCode, String stdout) {}

    private static Run run(Path command, Path directory, Map<String, String> env, String... args) throws Exception {
        var process = release.command(command, directory, env, args)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        process.getOutputStream().close();
        var stdout = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), stdout);
    }

    private static long flag(String printFlagsFinal, String name) {
        var matcher = Pattern.compile("\\s" + name + "\\s+= (\\S+)").matcher(printFlagsFinal);
        assertThat(matcher.find()).as("flag %s printed", name).isTrue();
        var value = matcher.group(1);
        return "true".equals(value) ? 1 : "false".equals(value) ? 0 : Long.parseLong(value);
    }

    /** Reads the process's stderr on its own thread until a line matches; the rest is drained. */
    private static void awaitLine(Process process, Pattern pattern) throws Exception {
        var seen = new CompletableFuture<Void>();
        var stderr = new StringBuilder();
        var reader = new Thread(
                () -> {
                    try (var err = new BufferedReader(
                            new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
                        for (String line; (line = err.readLine()) != null; ) {
                            synchronized (stderr) {
                                stderr.append(line).append('\n');
                            }
                            if (pattern.matcher(line).find()) {
                                seen.complete(null);
                            }
                        }
                        seen.completeExceptionally(new IOException("the server ended before: " + pattern));
                    } catch (IOException e) {
                        seen.completeExceptionally(e);
                    }
                },
                "release-it-stderr");
        reader.setDaemon(true);
        reader.start();
        try {
            seen.get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            synchronized (stderr) {
                throw new AssertionError("no '" + pattern + "' on stderr:\n" + stderr, e);
            }
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
