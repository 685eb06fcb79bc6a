package io.purplemcp.adapters.mcp.http;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import io.purplemcp.adapters.mcp.http.auth.HttpSecurity;
import io.purplemcp.adapters.mcp.http.auth.HttpSecuritySettings;
import io.purplemcp.adapters.mcp.http.metrics.ServerMetrics;
import io.purplemcp.adapters.mcp.protocol.JsonCodec;
import io.purplemcp.adapters.mcp.protocol.McpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * MCP over HTTP on the JDK's built-in server: Streamable HTTP on {@code /mcp} or the legacy HTTP+SSE
 * transport on {@code /sse} and {@code /messages/}, plus {@code /health} and {@code /health/ready}.
 *
 * <p>Handlers run on the caller's executor and return quickly: tool calls run on the
 * {@link McpServer}'s executor, and responses that wait for them are written when they complete, so
 * neither a slow tool nor an open event stream holds a thread. The server owns only a small timer
 * thread (keep-alives, request deadlines, session expiry); it never shuts down the executor.
 */
public final class McpHttpServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(McpHttpServer.class);
    // Room for a burst of connects (e.g. many clients starting at once) before the kernel drops SYNs.
    private static final int BACKLOG = 256;
    // After the grace period, how long replies already produced (errors included) get to reach clients.
    private static final Duration FLUSH_LIMIT = Duration.ofSeconds(2);

    private final HttpServer http;
    private final ScheduledExecutorService timer;
    private final SessionRegistry sessions;
    private final InFlight inFlight;
    private final AtomicBoolean draining = new AtomicBoolean();
    private final CompletableFuture<Void> stopped = new CompletableFuture<>();
    private final HttpTransportSettings settings;
    private final HttpSecurity security;

    private McpHttpServer(
            HttpServer http,
            McpServer server,
            HttpTransportSettings settings,
            Executor executor,
            Readiness readiness,
            boolean logPayloads,
            HttpSecurity security,
            Optional<ServerMetrics> metrics) {
        this.http = http;
        this.settings = settings;
        this.inFlight = new InFlight(settings.maxCallsInFlight());
        this.security = security;
        var scheduler = new ScheduledThreadPoolExecutor(1, task -> {
            var thread = new Thread(task, "mcp-http-timer");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.setRemoveOnCancelPolicy(true);
        this.timer = scheduler;
        this.sessions = new SessionRegistry(settings.maxSessions(), settings.sessionIdleTimeout(), System::nanoTime);
        var codec = new JsonCodec();
        var responses = new Responses(codec);
        var context = new TransportContext(server, settings, codec, responses, timer, sessions, inFlight, logPayloads);
        var routes = mcpRoutes(context);
        var transportPaths = List.copyOf(routes.keySet());
        // /metrics is guarded like the MCP routes: with authorization on it needs the same credentials,
        // and it is subject to the same Origin and Host checks (it is never a probe).
        metrics.ifPresent(registry -> {
            registry.watchTransport(sessions::size, inFlight::streams, inFlight::calls);
            routes.put(MetricsHandler.PATH, new MetricsHandler(registry, responses));
        });
        routes.replaceAll((path, route) -> new AccessGuard(route, security, context));
        var health = new HealthHandler(responses, readiness, draining::get);
        routes.put(HealthHandler.LIVENESS_PATH, health);
        routes.put(HealthHandler.READINESS_PATH, health);
        var probes = new HashSet<>(Set.of(HealthHandler.LIVENESS_PATH, HealthHandler.READINESS_PATH));
        security.protectedResource().ifPresent(resource -> {
            var metadata = new ProtectedResourceHandler(resource, codec);
            for (var path : resource.metadataPaths(transportPaths)) {
                routes.put(path, metadata);
                probes.add(path); // public by design, and fetched cross-origin: no Origin or token checks
            }
        });
        http.createContext(
                "/",
                new RootHandler(
                        routes,
                        probes,
                        new OriginHostPolicy(settings),
                        responses,
                        draining::get,
                        inFlight,
                        metrics.<IntConsumer>map(registry -> registry::rejected).orElse(status -> {})));
        http.setExecutor(executor);
    }

    /**
     * Binds and starts serving.
     *
     * @param executor runs the HTTP exchanges (the JDK reads each request's headers on it too) and
     *     response writes; give it {@link ExchangeThreads#create}, since a bounded pool lets clients that
     *     send slowly lock out the rest. The caller keeps ownership and shuts it down after
     *     {@link #shutdown}
     * @param readiness what {@code /health/ready} reports (configuration valid, etc.)
     * @param logPayloads whether DEBUG logs may show request bodies (the operator's unsafe switch)
     * @param securitySettings authorization, rate limits and an audit log ({@link HttpSecuritySettings#none()} for none)
     * @param metrics where {@code /metrics} is served from, when present (nothing is recorded or served when
     *     empty)
     */
    public static McpHttpServer start(
            McpServer server,
            HttpTransportSettings settings,
            Executor executor,
            Readiness readiness,
            boolean logPayloads,
            HttpSecuritySettings securitySettings,
            Optional<ServerMetrics> metrics)
            throws IOException {
        Objects.requireNonNull(securitySettings, "security");
        Objects.requireNonNull(metrics, "metrics");
        var security = HttpSecurity.create(securitySettings);
        Objects.requireNonNull(server, "server");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(executor, "executor");
        Objects.requireNonNull(readiness, "readiness");
        HttpServer http;
        try {
            http = HttpServer.create(new InetSocketAddress(settings.host(), settings.port()), BACKLOG);
        } catch (IOException | RuntimeException e) {
            security.close();
            throw e;
        }
        McpHttpServer instance;
        try {
            instance = new McpHttpServer(http, server, settings, executor, readiness, logPayloads, security, metrics);
            http.start();
        } catch (RuntimeException e) {
            http.stop(0); // give the port back: a caller that retries must be able to bind again
            security.close();
            throw e;
        }
        instance.startSessionExpiry();
        LOG.info(
                "MCP HTTP transport ({}{}) listening on {}",
                settings.mode(),
                settings.mode() == HttpMode.STREAMABLE_HTTP && settings.stateless() ? ", stateless" : "",
                instance.address());
        return instance;
    }

    /** Where the server listens (the actual port when 0 was asked for). */
    public InetSocketAddress address() {
        return http.getAddress();
    }

    /**
     * Stops gracefully: new MCP requests get 503 at once, calls under way get up to {@code grace} to
     * finish (then they are cancelled and answered with an error), event streams are closed and the
     * listener stops. Returns when the server has stopped; calling it again just waits for that.
     */
    public void shutdown(Duration grace) {
        Objects.requireNonNull(grace, "grace");
        if (!draining.compareAndSet(false, true)) {
            stopped.join();
            return;
        }
        LOG.info("MCP HTTP transport draining (up to {} ms)", grace.toMillis());
        try {
            if (!inFlight.awaitCalls(grace)) {
                LOG.warn("requests still running after the shutdown grace period; cancelling them");
                inFlight.abortCalls();
            }
            sessions.removeAll();
            inFlight.awaitExchanges(FLUSH_LIMIT);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            inFlight.abortCalls();
            sessions.removeAll();
        } finally {
            // Our drain is done; whatever is still open is abandoned, so there is nothing to wait for.
            http.stop(0);
            timer.shutdownNow();
            security.close(); // after the drain, so the last calls' audit lines are written
            stopped.complete(null);
            LOG.info("MCP HTTP transport stopped");
        }
    }

    /** {@link #shutdown} with the configured grace period. */
    @Override
    public void close() {
        shutdown(settings.shutdownGrace());
    }

    int sessionCount() {
        return sessions.size();
    }

    private static Map<String, HttpHandler> mcpRoutes(TransportContext context) {
        var routes = new HashMap<String, HttpHandler>();
        if (context.settings().mode() == HttpMode.STREAMABLE_HTTP) {
            HttpHandler mcp = context.settings().stateless()
                    ? new StatelessStreamableHandler(context)
                    : new StatefulStreamableHandler(context);
            routes.put("/mcp", mcp);
            routes.put("/mcp/", mcp);
        } else {
            var messages = new LegacyMessageHandler(context);
            routes.put("/sse", new LegacySseStreamHandler(context));
            routes.put("/messages/", messages);
            routes.put("/messages", messages);
        }
        return routes;
    }

    private void startSessionExpiry() {
        // A quarter of the idle timeout keeps the overshoot small; 5 s is precise enough for minutes.
        long sweep = Math.max(10, Math.min(5_000, settings.sessionIdleTimeout().toMillis() / 4));
        timer.scheduleWithFixedDelay(this::expireIdleSessions, sweep, sweep, TimeUnit.MILLISECONDS);
    }

    private void expireIdleSessions() {
        // A periodic task that throws is never run again; expiry must survive a bad session.
        try {
            sessions.expireIdle();
        } catch (RuntimeException e) {
            LOG.error("session expiry failed", e);
        }
    }
}
