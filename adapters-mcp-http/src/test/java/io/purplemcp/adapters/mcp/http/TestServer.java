package io.purplemcp.adapters.mcp.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.purplemcp.adapters.mcp.http.auth.HttpSecuritySettings;
import io.purplemcp.adapters.mcp.http.metrics.ServerMetrics;
import io.purplemcp.adapters.mcp.protocol.McpServer;
import io.purplemcp.adapters.mcp.protocol.ServerIdentity;
import io.purplemcp.ports.in.context.ContextCatalog;
import io.purplemcp.ports.in.tools.ToolCatalog;
import io.purplemcp.ports.out.security.Redactor;
import io.purplemcp.ports.out.telemetry.Telemetry;
import io.purplemcp.ports.out.telemetry.TraceScope;
import io.purplemcp.testsupport.tools.ScriptedTools;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/** One transport under test on a free loopback port, with the fake tools and a client for it. */
final class TestServer implements AutoCloseable {

    static final ObjectMapper JSON = new ObjectMapper();
    // One client for every test: each JDK 17 client keeps a selector thread until it is collected.
    static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    static final String ACCEPT_BOTH = "application/json, text/event-stream";

    final ScriptedTools tools = ScriptedTools.forTransports();
    final McpHttpServer server;
    final Optional<ServerMetrics> metrics;
    final URI base;
    private final ExecutorService httpExecutor;
    private final ExecutorService toolExecutor;

    private TestServer(Builder builder) throws IOException {
        // A thread per exchange unless a test asks for a bounded pool, as in production: a handler keeps its
        // thread while its response is open (event streams, replies that wait for a tool).
        httpExecutor = builder.httpExecutor != null
                ? builder.httpExecutor
                : builder.httpThreads > 0
                        ? Executors.newFixedThreadPool(builder.httpThreads)
                        : Executors.newCachedThreadPool();
        toolExecutor = Executors.newCachedThreadPool();
        metrics = builder.metrics
                ? Optional.of(new ServerMetrics(Set.of("echo", "fail", "slow")))
                : Optional.<ServerMetrics>empty();
        var mcp = new McpServer(
                builder.catalog != null ? builder.catalog : tools,
                ContextCatalog.empty(),
                new ServerIdentity("PurpleAIMCP", "Purple AI MCP", "test", "Use the tools."),
                toolExecutor,
                Redactor.none(),
                100,
                false,
                metrics.<Telemetry>map(m -> m).orElse(Telemetry.none()),
                TraceScope.none());
        var settings = new HttpTransportSettings(
                "127.0.0.1",
                0,
                builder.mode,
                builder.stateless,
                builder.remoteAccess,
                builder.extraHosts,
                builder.extraOrigins,
                builder.maxBodyBytes,
                builder.maxSessions,
                builder.maxCallsInFlight,
                builder.idleTimeout,
                builder.keepAlive,
                builder.requestTimeout,
                Duration.ofSeconds(5),
                builder.pathPrefix);
        var watched = builder.onDispatch;
        Executor executor = task -> {
            httpExecutor.execute(task);
            watched.run();
        };
        server = McpHttpServer.start(mcp, settings, executor, builder.readiness, false, builder.security, metrics);
        base = URI.create("http://127.0.0.1:" + server.address().getPort());
    }

    static Builder streamable() {
        return new Builder(HttpMode.STREAMABLE_HTTP);
    }

    static Builder sse() {
        return new Builder(HttpMode.SSE);
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(15));
    }

    /** A well-formed MCP POST to {@code /mcp}; {@code headers} are name/value pairs added to it. */
    HttpResponse<String> post(String body, String... headers) {
        return send(postRequest(body, headers).build());
    }

    /** {@link #post}'s request, to send another way or with more to it. */
    HttpRequest.Builder postRequest(String body, String... headers) {
        var request = request("/mcp")
                .header("Accept", ACCEPT_BOTH)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return request;
    }

    /** A {@code method} request of {@code path} carrying {@code body}, or no body when it is null. */
    HttpResponse<String> send(String method, String path, String body) {
        var publisher = body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body);
        return send(request(path).method(method, publisher).build());
    }

    /** A GET of the standalone stream of {@code /mcp}; a null {@code session} sends no session header. */
    HttpRequest streamGet(String accept, String session) {
        var request = request("/mcp").header("Accept", accept);
        if (session != null) {
            request.header("Mcp-Session-Id", session);
        }
        return request.GET().build();
    }

    /** The headers every event stream is answered with: unbuffered by proxies and never cached. */
    static void assertEventStream(HttpResponse<?> response) {
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("content-type")).hasValue("text/event-stream");
        assertThat(response.headers().firstValue("x-accel-buffering")).hasValue("no");
        assertThat(response.headers().firstValue("cache-control")).hasValue("no-store");
    }

    /** Runs the handshake and returns the session id the server issued. */
    String initialize() {
        var id = openSession();
        assertThat(post(initialized(), "Mcp-Session-Id", id).statusCode()).isEqualTo(202);
        return id;
    }

    /** Just the initialize request: one round trip, for tests racing a short idle timeout. */
    String openSession() {
        var response = post(initializeBody("2025-06-18"));
        assertThat(response.statusCode()).isEqualTo(200);
        return response.headers().firstValue("mcp-session-id").orElseThrow();
    }

    static HttpResponse<String> send(HttpRequest request) {
        return send(request, HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<InputStream> stream(HttpRequest request) {
        return send(request, HttpResponse.BodyHandlers.ofInputStream());
    }

    private static <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) {
        try {
            return CLIENT.send(request, body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String initializeBody(String version) {
        return "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"" + version
                + "\",\"capabilities\":{},\"clientInfo\":{\"name\":\"test\",\"version\":\"1\"}}}";
    }

    static String initialized() {
        return "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}";
    }

    static String toolsList(int id) {
        return "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"tools/list\"}";
    }

    static String echo(int id, String text) {
        return "{\"jsonrpc\":\"2.0\",\"id\":" + id
                + ",\"method\":\"tools/call\",\"params\":{\"name\":\"echo\",\"arguments\":{\"text\":\"" + text
                + "\"}}}";
    }

    static String call(int id, String tool) {
        return "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"tools/call\",\"params\":{\"name\":\"" + tool
                + "\",\"arguments\":{}}}";
    }

    /** A call of the slow tool that asks for progress, so its answer becomes an event stream. */
    static String slowWithProgress(int id) {
        return "{\"jsonrpc\":\"2.0\",\"id\":" + id
                + ",\"method\":\"tools/call\",\"params\":{\"name\":\"slow\",\"arguments\":{},"
                + "\"_meta\":{\"progressToken\":\"p-" + id + "\"}}}";
    }

    /** Polls a condition that has no event to wait on (e.g. a session timing out), failing after 10 s. */
    static void eventually(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition not met within 10 s").isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    @Override
    public void close() {
        tools.releaseSlow.countDown();
        server.shutdown(Duration.ofSeconds(2));
        httpExecutor.shutdownNow();
        toolExecutor.shutdownNow();
    }

    static final class Builder {
        private final HttpMode mode;
        private boolean stateless;
        private boolean remoteAccess;
        private List<String> extraHosts = List.of();
        private List<String> extraOrigins = List.of();
        private int maxBodyBytes = HttpTransportSettings.DEFAULT_MAX_BODY_BYTES;
        private int maxSessions = 100;
        private int maxCallsInFlight = HttpTransportSettings.DEFAULT_MAX_CALLS_IN_FLIGHT;
        private Duration idleTimeout = Duration.ofMinutes(5);
        private Duration keepAlive = Duration.ofSeconds(15);
        private Duration requestTimeout = Duration.ofSeconds(30);
        private String pathPrefix = "";
        private Readiness readiness = Readiness.always();
        private int httpThreads;
        private ExecutorService httpExecutor;
        private Runnable onDispatch = () -> {};
        private HttpSecuritySettings security = HttpSecuritySettings.none();
        private ToolCatalog catalog;
        private boolean metrics;

        private Builder(HttpMode mode) {
            this.mode = mode;
        }

        Builder security(HttpSecuritySettings value) {
            security = value;
            return this;
        }

        Builder metrics() {
            metrics = true;
            return this;
        }

        Builder stateless() {
            stateless = true;
            return this;
        }

        Builder remoteAccess(String... hosts) {
            remoteAccess = true;
            extraHosts = List.of(hosts);
            return this;
        }

        Builder extraHosts(String... hosts) {
            extraHosts = List.of(hosts);
            return this;
        }

        Builder extraOrigins(String... origins) {
            extraOrigins = List.of(origins);
            return this;
        }

        Builder maxBodyBytes(int bytes) {
            maxBodyBytes = bytes;
            return this;
        }

        Builder maxSessions(int sessions) {
            maxSessions = sessions;
            return this;
        }

        Builder maxCallsInFlight(int calls) {
            maxCallsInFlight = calls;
            return this;
        }

        Builder idleTimeout(Duration timeout) {
            idleTimeout = timeout;
            return this;
        }

        Builder keepAlive(Duration interval) {
            keepAlive = interval;
            return this;
        }

        Builder requestTimeout(Duration timeout) {
            requestTimeout = timeout;
            return this;
        }

        Builder pathPrefix(String prefix) {
            pathPrefix = prefix;
            return this;
        }

        Builder readiness(Readiness value) {
            readiness = value;
            return this;
        }

        Builder httpThreads(int threads) {
            httpThreads = threads;
            return this;
        }

        /**
         * Runs exchanges on {@code executor} (closed with the server) and calls {@code onDispatch} after
         * each task it accepted: the JDK hands a connection's exchange over once its first bytes arrive.
         */
        Builder httpExecutor(ExecutorService executor, Runnable onDispatch) {
            httpExecutor = executor;
            this.onDispatch = onDispatch;
            return this;
        }

        /** Serves {@code tools} instead of the {@link ScriptedTools}. */
        Builder catalog(ToolCatalog tools) {
            catalog = tools;
            return this;
        }

        TestServer start() throws IOException {
            return new TestServer(this);
        }
    }
}
