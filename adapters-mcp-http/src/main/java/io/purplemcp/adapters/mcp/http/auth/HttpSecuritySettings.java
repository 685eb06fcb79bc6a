package io.purplemcp.adapters.mcp.http.auth;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The HTTP transports' authorization, rate limits and audit log, decided by bootstrap.
 *
 * @param toolCalls tool calls per identity; {@link RateLimit#OFF} for none
 * @param unauthenticated requests per client address that carry no token already verified: spent before
 *     any signature is checked, so a flood of bad tokens costs us no RSA
 * @param trustedProxies IP addresses whose {@code X-Forwarded-For} is believed for the client address
 * @param audit where audit lines go; empty for off
 */
public record HttpSecuritySettings(
        AuthMethod method,
        RateLimit toolCalls,
        RateLimit unauthenticated,
        List<String> trustedProxies,
        Optional<AuditLog.Destination> audit) {

    /** Tokens per minute and the burst a caller may save up; {@code perMinute} 0 switches the limit off. */
    public record RateLimit(int perMinute, int burst) {
        public static final RateLimit OFF = new RateLimit(0, 0);

        public RateLimit {
            if (perMinute < 0 || burst < 0 || (perMinute > 0 && burst < 1)) {
                throw new IllegalArgumentException("a rate limit has a positive rate and burst, or is off");
            }
        }

        public boolean enabled() {
            return perMinute > 0;
        }
    }

    public HttpSecuritySettings {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(toolCalls, "toolCalls");
        Objects.requireNonNull(unauthenticated, "unauthenticated");
        trustedProxies = List.copyOf(trustedProxies);
        Objects.requireNonNull(audit, "audit");
    }

    /** What the reference does: no authorization, no limits, no audit log. */
    public static HttpSecuritySettings none() {
        return new HttpSecuritySettings(
                new AuthMethod.None(), RateLimit.OFF, RateLimit.OFF, List.of(), Optional.empty());
    }
}
