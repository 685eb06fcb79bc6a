package io.purplemcp.adapters.mcp.http;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Everything the HTTP transports need to know, decided by bootstrap.
 *
 * @param host the interface to bind; whether a non-loopback host is allowed is bootstrap's call
 * @param port the port to bind; 0 picks a free one (tests)
 * @param stateless Streamable HTTP only: every POST is self-contained, no sessions are kept
 * @param remoteAccess the operator opted in to non-loopback use; with no {@code extraAllowedHosts} the
 *     Host check is then skipped, because a proxy forwards public names we cannot guess
 * @param extraAllowedHosts Host header values accepted besides the loopback names: {@code name} (any
 *     port) or {@code name:port}
 * @param extraAllowedOrigins browser origins accepted besides loopback ones, e.g. {@code https://mcp.example.com}
 * @param maxBodyBytes larger request bodies are refused with 413
 * @param maxSessions live sessions (Streamable HTTP sessions and SSE streams) beyond which new ones get 503
 * @param maxCallsInFlight requests waiting for their answers at once (all sessions together) beyond
 *     which a new one gets 503 with {@code Retry-After}, before it takes memory or a tool thread
 * @param sessionIdleTimeout a session without requests for this long is ended and its calls cancelled
 * @param keepAliveInterval how often an SSE stream that has nothing to say sends a comment, so proxies
 *     keep it open and a vanished client is noticed
 * @param requestTimeout how long one request may take before its call is cancelled and an error sent
 * @param shutdownGrace how long {@link McpHttpServer#close()} lets calls under way finish
 * @param pathPrefix the path under which a reverse proxy publishes this server (e.g. {@code /purple}),
 *     used in the SSE endpoint URL when no valid {@code X-Forwarded-Prefix} arrives; empty for none
 */
public record HttpTransportSettings(
        String host,
        int port,
        HttpMode mode,
        boolean stateless,
        boolean remoteAccess,
        List<String> extraAllowedHosts,
        List<String> extraAllowedOrigins,
        int maxBodyBytes,
        int maxSessions,
        int maxCallsInFlight,
        Duration sessionIdleTimeout,
        Duration keepAliveInterval,
        Duration requestTimeout,
        Duration shutdownGrace,
        String pathPrefix) {

    public static final int DEFAULT_MAX_BODY_BYTES = 4 * 1024 * 1024;
    /** A body is held in memory whole; beyond this it could not be a sensible JSON-RPC message anyway. */
    public static final int MAX_BODY_BYTES_LIMIT = 1 << 30;

    public static final int DEFAULT_MAX_SESSIONS = 1000;
    // Below what the JDK 17 tool pool holds (32 running + 256 queued), so it never refuses an admitted call.
    public static final int DEFAULT_MAX_CALLS_IN_FLIGHT = 256;
    public static final Duration DEFAULT_SESSION_IDLE_TIMEOUT = Duration.ofMinutes(30);
    public static final Duration DEFAULT_KEEP_ALIVE_INTERVAL = Duration.ofSeconds(15);
    // Above the PowerQuery lifecycle's 5-minute deadline, so that deadline speaks first.
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(330);
    public static final Duration DEFAULT_SHUTDOWN_GRACE = Duration.ofSeconds(10);

    public HttpTransportSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(mode, "mode");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be 0-65535: " + port);
        }
        extraAllowedHosts = normalise(extraAllowedHosts, "extraAllowedHosts");
        extraAllowedOrigins = normalise(extraAllowedOrigins, "extraAllowedOrigins");
        // Fail at start-up on an entry that could never match, rather than silently refusing everyone.
        for (var entry : extraAllowedHosts) {
            if (HostAndPort.parse(entry).isEmpty()) {
                throw new IllegalArgumentException("extraAllowedHosts: not a host or host:port: " + entry);
            }
        }
        for (var entry : extraAllowedOrigins) {
            if (WebOrigin.parse(entry).isEmpty()) {
                throw new IllegalArgumentException("extraAllowedOrigins: not an http(s) origin: " + entry);
            }
        }
        if (maxBodyBytes < 1 || maxBodyBytes > MAX_BODY_BYTES_LIMIT) {
            throw new IllegalArgumentException(
                    "maxBodyBytes must be 1 to " + MAX_BODY_BYTES_LIMIT + ": " + maxBodyBytes);
        }
        if (maxSessions < 1) {
            throw new IllegalArgumentException("maxSessions must be positive");
        }
        if (maxCallsInFlight < 1) {
            throw new IllegalArgumentException("maxCallsInFlight must be positive");
        }
        requirePositive(sessionIdleTimeout, "sessionIdleTimeout");
        requirePositive(keepAliveInterval, "keepAliveInterval");
        requirePositive(requestTimeout, "requestTimeout");
        Objects.requireNonNull(shutdownGrace, "shutdownGrace");
        if (shutdownGrace.isNegative()) {
            throw new IllegalArgumentException("shutdownGrace must not be negative");
        }
        pathPrefix = PathPrefix.parse(Objects.requireNonNull(pathPrefix, "pathPrefix"))
                .orElseThrow(() -> new IllegalArgumentException(
                        "pathPrefix must be empty or a path such as /purple-mcp (no //, dot segments or %)"));
    }

    /** The hardening defaults (docs/decisions/0007-http-transport-hardening.md) for the given address and mode. */
    public static HttpTransportSettings defaults(String host, int port, HttpMode mode) {
        return new HttpTransportSettings(
                host,
                port,
                mode,
                false,
                false,
                List.of(),
                List.of(),
                DEFAULT_MAX_BODY_BYTES,
                DEFAULT_MAX_SESSIONS,
                DEFAULT_MAX_CALLS_IN_FLIGHT,
                DEFAULT_SESSION_IDLE_TIMEOUT,
                DEFAULT_KEEP_ALIVE_INTERVAL,
                DEFAULT_REQUEST_TIMEOUT,
                DEFAULT_SHUTDOWN_GRACE,
                "");
    }

    private static List<String> normalise(List<String> values, String name) {
        Objects.requireNonNull(values, name);
        var normalised = new ArrayList<String>();
        for (var value : values) {
            var entry = Objects.requireNonNull(value, name).trim().toLowerCase(Locale.ROOT);
            if (entry.isEmpty()) {
                throw new IllegalArgumentException(name + " must not contain blank entries");
            }
            normalised.add(entry);
        }
        return List.copyOf(normalised);
    }

    private static void requirePositive(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }
}
