package io.purplemcp.adapters.sentinelone.http;

import java.time.Duration;
import java.util.Objects;

/**
 * Time limits of single HTTP exchanges. Each is further cut to what is left of the calling tool's
 * deadline, which no exchange or retry outlives.
 *
 * @param connect establishing a connection (TCP, proxy tunnel and TLS handshake)
 * @param graphqlRequest one GraphQL exchange, headers and body (Purple AI can take a while to answer)
 * @param dataLakeRequest one data-lake exchange, headers and body
 * @param delete a best-effort query deletion
 */
public record HttpTimeouts(Duration connect, Duration graphqlRequest, Duration dataLakeRequest, Duration delete) {

    public static final HttpTimeouts DEFAULTS = new HttpTimeouts(
            Duration.ofSeconds(30), Duration.ofSeconds(120), Duration.ofSeconds(30), Duration.ofSeconds(10));

    public HttpTimeouts {
        positive(connect, "connect");
        positive(graphqlRequest, "graphqlRequest");
        positive(dataLakeRequest, "dataLakeRequest");
        positive(delete, "delete");
    }

    private static void positive(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isZero() || duration.isNegative()) {
            throw new IllegalArgumentException(name + " timeout must be positive");
        }
    }
}
