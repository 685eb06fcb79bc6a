package io.purplemcp.bootstrap.config;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The HTTP transports' hardening settings (docs/decisions/0007-http-transport-hardening.md). Defaults suit a server
 * on loopback; behind a reverse proxy the proxy's public host name goes into {@code allowedHosts}.
 *
 * @param allowedOrigins extra browser origins ({@code PURPLEMCP_ALLOWED_ORIGINS})
 * @param allowedHosts extra {@code Host} header values, {@code name} or {@code name:port}
 *     ({@code PURPLEMCP_ALLOWED_HOSTS})
 * @param pathPrefix the path under which a proxy publishes the server, for the legacy SSE endpoint URL
 *     ({@code PURPLEMCP_HTTP_PATH_PREFIX}); a proxy's {@code X-Forwarded-Prefix} header wins
 * @param maxRequestBytes request body cap ({@code PURPLEMCP_MAX_REQUEST_BYTES}), 413 above it
 * @param maxSessions live session cap ({@code PURPLEMCP_MAX_SESSIONS})
 * @param sessionIdleTimeout idle expiry of a session ({@code PURPLEMCP_SESSION_IDLE_TIMEOUT_SECONDS})
 * @param requestTimeout longest time one request may take ({@code PURPLEMCP_REQUEST_TIMEOUT_SECONDS})
 */
public record HttpOptions(
        List<String> allowedOrigins,
        List<String> allowedHosts,
        Optional<String> pathPrefix,
        int maxRequestBytes,
        int maxSessions,
        Duration sessionIdleTimeout,
        Duration requestTimeout) {

    /** Matches the reverse proxy's usual {@code client_max_body_size}. */
    public static final int DEFAULT_MAX_REQUEST_BYTES = 10 * 1024 * 1024;

    public static final int DEFAULT_MAX_SESSIONS = 1000;
    public static final Duration DEFAULT_SESSION_IDLE_TIMEOUT = Duration.ofMinutes(30);
    /** Above PowerQuery's five-minute polling limit, so a query's own deadline always fires first. */
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(330);

    public HttpOptions {
        allowedOrigins = List.copyOf(allowedOrigins);
        allowedHosts = List.copyOf(allowedHosts);
        Objects.requireNonNull(pathPrefix, "pathPrefix");
        Objects.requireNonNull(sessionIdleTimeout, "sessionIdleTimeout");
        Objects.requireNonNull(requestTimeout, "requestTimeout");
    }

    public static HttpOptions defaults() {
        return new HttpOptions(
                List.of(),
                List.of(),
                Optional.empty(),
                DEFAULT_MAX_REQUEST_BYTES,
                DEFAULT_MAX_SESSIONS,
                DEFAULT_SESSION_IDLE_TIMEOUT,
                DEFAULT_REQUEST_TIMEOUT);
    }
}
