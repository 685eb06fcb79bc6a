package io.purplemcp.adapters.sentinelone.http;

import java.util.Objects;
import java.util.Optional;

/**
 * Everything the shared HTTP client is built from.
 *
 * @param userAgent the {@code User-Agent} header of every request
 * @param maxBodyBytes the largest response body read; a larger one fails the exchange
 * @param logPayloads log request and response bodies at debug level (the unsafe debugging switch);
 *     otherwise only sizes, counts and status codes are logged
 */
public record HttpSettings(
        String userAgent,
        TlsSettings tls,
        ProxySettings proxy,
        HttpTimeouts timeouts,
        RetrySettings retry,
        long maxBodyBytes,
        boolean logPayloads) {

    public static final long DEFAULT_MAX_BODY_BYTES = 64L * 1024 * 1024;

    public HttpSettings {
        Objects.requireNonNull(userAgent, "userAgent");
        Objects.requireNonNull(tls, "tls");
        Objects.requireNonNull(proxy, "proxy");
        Objects.requireNonNull(timeouts, "timeouts");
        Objects.requireNonNull(retry, "retry");
        if (userAgent.isBlank()) {
            throw new IllegalArgumentException("a user agent is required");
        }
        if (maxBodyBytes < 1) {
            throw new IllegalArgumentException("maxBodyBytes must be positive");
        }
    }

    /**
     * {@code sentinelone/purple-mcp (version <v>)}: the header, and the default {@code userAgent} inside Purple AI
     * requests.
     */
    public static String userAgent(String productVersion) {
        if (productVersion.isBlank()) {
            throw new IllegalArgumentException("the product version is required (use \"unknown\")");
        }
        return "sentinelone/purple-mcp (version " + productVersion + ")";
    }

    /** These settings with {@code extraCaPem} trusted besides the JDK's trust store. */
    public HttpSettings trusting(Optional<String> extraCaPem) {
        var trust = new TlsSettings(tls.skipVerify(), tls.environmentName(), tls.environmentClass(), extraCaPem);
        return new HttpSettings(userAgent, trust, proxy, timeouts, retry, maxBodyBytes, logPayloads);
    }
}
