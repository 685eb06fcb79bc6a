import io.purplemcp.sandbox.SandboxConsole;
import io.purplemcp.sandbox.http.RecordedRequest;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.net.ssl.SSLContext;

/**
 * What a findings tool adds to the console round trip it makes. The sandbox console runs in this
 * process; purple-mcp runs as its own process against it over TLS (Streamable HTTP, one session). One
 * tool call is made and the console request it caused is recorded. A second process, the floor, replays
 * that request with a plain JDK client, as the server's own console client would: like the server, it is
 * another process than the console, so both pay the same cross-process hand-offs. Rounds then alternate:
 * the replay from the floor process, the same tool call through purple-mcp, and the replay from this
 * process (printed for reference), each on a kept-alive connection. The difference of the first two
 * medians is the server's overhead. A benchmark, not a test: run it by hand.
 *
 * <pre>
 * java [-Dserver.options=...] [-Dwarmup.seconds=20] [-Dwarmup.max.seconds=240] -cp bootstrap/target/purple-mcp.jar bench/UpstreamOverhead.java [jar] [calls-per-round] [rounds]
 * </pre>
 */
public final class UpstreamOverhead {

    private static final String TOOL = "list_alerts";
    private static final String ARGUMENTS = "{\"first\":10}";
    private static final Set<String> HOP_BY_HOP = Set.of("host", "content-length", "connection", "upgrade");

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals(Floor.FLAG)) {
            Floor.serve(Path.of(args[1]));
            return;
        }
        var jar = args.length > 0 ? args[0] : "bootstrap/target/purple-mcp.jar";
        int calls = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        // As purple-mcp --demo does: without it every kept-alive request waits for Nagle and delayed ACKs.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        System.out.printf("load average before: %.2f%n", loadAverage());
        try (var console = SandboxConsole.start()) {
            var pem = Files.createTempFile("sandbox-ca", ".pem");
            Files.writeString(pem, SandboxConsole.certificatePem());
            int port = freePort();
            // The release launcher's own JVM options, so the figures are those of bin/purple-mcp.
            var server = new ProcessBuilder("java", "@distribution/src/main/dist/lib/jvm.options", "-jar", jar,
                            "--mode", "streamable-http", "--port", String.valueOf(port))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD);
            // e.g. -Dserver.options=-XX:StartFlightRecording=filename=server.jfr,settings=profile to profile it
            server.environment().put("JDK_JAVA_OPTIONS", System.getProperty("server.options", ""));
            server.environment().put("PURPLEMCP_CONSOLE_BASE_URL", console.baseUrl());
            server.environment().put("PURPLEMCP_CONSOLE_TOKEN", SandboxConsole.DEMO_TOKEN);
            server.environment().put("PURPLEMCP_CA_BUNDLE", pem.toString());
            var process = server.start();
            try {
                var mcp = new McpClient(URI.create("http://127.0.0.1:" + port + "/mcp"));
                mcp.awaitUp();
                console.clearRequests();
                mcp.callTool();
                var recorded = console.requests().get(console.requests().size() - 1);
                var replay = Replay.of(console.baseUrl(), recorded);
                var inProcess = new BareConsole(replay, SandboxConsole.clientTls());
                try (var floor = Floor.start(jar, replay)) {
                    warmUp(List.of(process, floor.process()), () -> floor.measure(calls),
                            () -> measure(calls, mcp::callTool), () -> measure(calls, inProcess::send));
                    var floorMedians = new ArrayList<Double>();
                    var toolMedians = new ArrayList<Double>();
                    var inProcessMedians = new ArrayList<Double>();
                    for (int round = 0; round < rounds; round++) {
                        console.clearRequests();
                        floorMedians.add(median(floor.measure(calls)));
                        toolMedians.add(median(measure(calls, mcp::callTool)));
                        inProcessMedians.add(median(measure(calls, inProcess::send)));
                    }
                    console.clearRequests();
                    System.out.printf("%d rounds of %d calls of %s %s, medians per round in ms%n",
                            rounds, calls, TOOL, ARGUMENTS);
                    System.out.println("bare console round trip:  " + format(floorMedians)
                            + " (from its own process, as the server makes it)");
                    System.out.println("  the same, in-process:   " + format(inProcessMedians)
                            + " (from the console's own process, for reference)");
                    System.out.println("tool call via purple-mcp: " + format(toolMedians));
                    report(floorMedians, toolMedians);
                }
            } finally {
                process.destroy();
                process.waitFor();
            }
        }
        System.out.printf("load average after: %.2f%n", loadAverage());
    }

    private static void report(List<Double> bareMedians, List<Double> toolMedians) {
        var overhead = new ArrayList<Double>();
        for (int round = 0; round < bareMedians.size(); round++) {
            overhead.add(toolMedians.get(round) - bareMedians.get(round));
        }
        System.out.println("added by purple-mcp:      " + format(overhead)
                + String.format(" -> median %.3f ms", median(overhead.stream().mapToDouble(d -> d).toArray())));
    }

    interface Call {
        void run() throws Exception;
    }

    private static double[] measure(int calls, Call call) throws Exception {
        var millis = new double[calls];
        for (int i = 0; i < calls; i++) {
            long start = System.nanoTime();
            call.run();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        return millis;
    }

    /**
     * Runs every path, uncounted, until the JIT compilers of the server and the floor have gone quiet: at
     * least {@code -Dwarmup.seconds} (20 by default), then until two rounds in a row in which they used
     * under 2 % of the round's time, at most {@code -Dwarmup.max.seconds} (240). A server is measured as
     * it runs for hours: on this 2-core machine C2 was still compiling the call path 75 s into the load,
     * using about half a millisecond of CPU per call beside the calls being measured (median added 1.16 ms
     * at 20 s of warm-up, 0.82 ms once quiet).
     */
    private static void warmUp(List<Process> measured, Call... rounds) throws Exception {
        long started = System.nanoTime();
        long least = started + Duration.ofSeconds(Long.getLong("warmup.seconds", 20)).toNanos();
        long most = started + Duration.ofSeconds(Long.getLong("warmup.max.seconds", 240)).toNanos();
        int quietRounds = 0;
        while (true) {
            long roundStart = System.nanoTime();
            long compilingBefore = compilerTicks(measured);
            for (var round : rounds) {
                round.run();
            }
            long now = System.nanoTime();
            double compilingShare = (compilerTicks(measured) - compilingBefore) * 10e6 / (now - roundStart);
            quietRounds = compilingShare < 0.02 ? quietRounds + 1 : 0;
            if (now >= most || (now >= least && quietRounds >= 2)) {
                System.out.printf("warmed up for %.0f s; the JIT compilers of the server and the floor used %.1f %%"
                        + " of the last round%n", (now - started) / 1e9, 100 * compilingShare);
                return;
            }
        }
    }

    private static long compilerTicks(List<Process> processes) throws Exception {
        long ticks = 0;
        for (var process : processes) {
            ticks += compilerTicks(process);
        }
        return ticks;
    }

    /** CPU time of the server's JIT compiler threads, in clock ticks of 10 ms (Linux; 0 where /proc is missing). */
    private static long compilerTicks(Process server) throws Exception {
        var tasks = Path.of("/proc", String.valueOf(server.pid()), "task");
        if (!Files.isDirectory(tasks)) {
            return 0;
        }
        long ticks = 0;
        try (var threads = Files.list(tasks)) {
            for (var thread : threads.toList()) {
                try {
                    if (!Files.readString(thread.resolve("comm")).contains("CompilerThre")) {
                        continue;
                    }
                    var stat = Files.readString(thread.resolve("stat"));
                    // After the command's closing parenthesis: state is field 3, utime 14 and stime 15.
                    var fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                } catch (IOException threadEnded) {
                    // a compiler thread may end between listing and reading
                }
            }
        }
        return ticks;
    }

    private static double median(double[] values) {
        var sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static String format(List<Double> values) {
        return values.stream().map(v -> String.format("%.3f", v)).toList().toString();
    }

    private static double loadAverage() {
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        return os.getSystemLoadAverage();
    }

    private static int freePort() throws Exception {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** The console request a tool call made, with the sandbox's token in place of the recording's mask. */
    record Replay(String method, URI target, List<String[]> headers, String body) {

        static Replay of(String baseUrl, RecordedRequest recorded) {
            var query = recorded.query() == null ? "" : "?" + recorded.query();
            var target = URI.create(baseUrl + recorded.path() + query);
            var headers = new ArrayList<String[]>();
            recorded.headers().forEach((name, values) -> {
                if (!HOP_BY_HOP.contains(name.toLowerCase())) {
                    values.forEach(value -> headers.add(new String[] {name, unmasked(name, value)}));
                }
            });
            return new Replay(recorded.method(), target, headers, recorded.body());
        }

        /** The recording masks the token but keeps its scheme; the sandbox's token is no secret. */
        private static String unmasked(String name, String value) {
            return name.equalsIgnoreCase("authorization") ? value.replace("***", SandboxConsole.DEMO_TOKEN) : value;
        }

        HttpRequest request() {
            var builder = HttpRequest.newBuilder(target).method(method, HttpRequest.BodyPublishers.ofString(body));
            headers.forEach(header -> builder.header(header[0], header[1]));
            return builder.build();
        }

        /** Method, target, one header per line, an empty line, then the body. */
        void writeTo(Path file) throws IOException {
            var text = new StringBuilder(method).append('\n').append(target).append('\n');
            headers.forEach(header -> text.append(header[0]).append(':').append(header[1]).append('\n'));
            Files.writeString(file, text.append('\n').append(body).toString());
        }

        static Replay readFrom(Path file) throws IOException {
            var text = Files.readString(file);
            int headersEnd = text.indexOf("\n\n");
            var lines = text.substring(0, headersEnd).split("\n");
            var headers = new ArrayList<String[]>();
            for (int i = 2; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                headers.add(new String[] {lines[i].substring(0, colon), lines[i].substring(colon + 1)});
            }
            return new Replay(lines[0], URI.create(lines[1]), headers, text.substring(headersEnd + 2));
        }
    }

    /** Sends the replayed request on one kept-alive connection, as the server's own HTTP client would. */
    private record BareConsole(HttpClient client, HttpRequest request) {

        BareConsole(Replay replay, SSLContext tls) {
            this(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).sslContext(tls).build(),
                    replay.request());
        }

        void send() throws Exception {
            var response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("the console answered " + response.statusCode());
            }
        }
    }

    /**
     * The process that replays the console request: started with the launcher's JVM options, it reads a
     * number of calls per line on its input and answers each with their times in ms on one line.
     */
    private record Floor(Process process, BufferedWriter commands, BufferedReader times) implements AutoCloseable {

        static final String FLAG = "--floor";

        static Floor start(String jar, Replay replay) throws IOException {
            var file = Files.createTempFile("console-request", ".replay");
            replay.writeTo(file);
            var process = new ProcessBuilder("java", "@distribution/src/main/dist/lib/jvm.options", "-cp", jar,
                            "bench/UpstreamOverhead.java", FLAG, file.toString())
                    .redirectError(ProcessBuilder.Redirect.INHERIT)
                    .start();
            return new Floor(process, new BufferedWriter(new OutputStreamWriter(process.getOutputStream())),
                    new BufferedReader(new InputStreamReader(process.getInputStream())));
        }

        double[] measure(int calls) throws IOException {
            commands.write(calls + "\n");
            commands.flush();
            var line = times.readLine();
            if (line == null) {
                throw new IllegalStateException("the floor process ended");
            }
            return Arrays.stream(line.split(" ")).mapToDouble(Double::parseDouble).toArray();
        }

        static void serve(Path replayFile) throws Exception {
            var bare = new BareConsole(Replay.readFrom(replayFile), SandboxConsole.clientTls());
            var in = new BufferedReader(new InputStreamReader(System.in));
            String line;
            while ((line = in.readLine()) != null) {
                var millis = UpstreamOverhead.measure(Integer.parseInt(line.strip()), bare::send);
                System.out.println(Arrays.stream(millis).mapToObj(Double::toString).collect(Collectors.joining(" ")));
            }
        }

        @Override
        public void close() throws IOException {
            commands.close();
            process.destroy();
        }
    }

    /** One Streamable HTTP session that calls the same tool again and again. */
    private static final class McpClient {
        private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        private final URI endpoint;
        private String session;
        private int id;

        McpClient(URI endpoint) {
            this.endpoint = endpoint;
        }

        void awaitUp() throws Exception {
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (true) {
                try {
                    var reply = post("{\"jsonrpc\":\"2.0\",\"id\":0,\"method\":\"initialize\",\"params\":{"
                            + "\"protocolVersion\":\"2025-06-18\",\"capabilities\":{},"
                            + "\"clientInfo\":{\"name\":\"bench\",\"version\":\"1\"}}}");
                    session = reply.headers().firstValue("Mcp-Session-Id").orElseThrow();
                    post("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}");
                    return;
                } catch (java.net.ConnectException notYet) {
                    if (System.nanoTime() > deadline) {
                        throw notYet;
                    }
                    Thread.sleep(50); // polling a process we cannot be told about: its port opening
                }
            }
        }

        void callTool() throws Exception {
            var reply = post("{\"jsonrpc\":\"2.0\",\"id\":" + (++id) + ",\"method\":\"tools/call\",\"params\":{"
                    + "\"name\":\"" + TOOL + "\",\"arguments\":" + ARGUMENTS + "}}");
            if (reply.statusCode() != 200 || !reply.body().contains("\"isError\":false")) {
                throw new IllegalStateException("the tool call failed: " + reply.body());
            }
        }

        private HttpResponse<String> post(String body) throws Exception {
            var request = HttpRequest.newBuilder(endpoint)
                    .header("Content-Type", "application/json")
                    .header("Accept", "application/json, text/event-stream")
                    .POST(HttpRequest.BodyPublishers.ofString(body));
            if (session != null) {
                request.header("Mcp-Session-Id", session);
            }
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
