package io.purplemcp.adapters.sentinelone.http;

import java.time.Duration;
import java.util.Objects;

/**
 * How failed exchanges are retried: at most {@code maxAttempts} in all; between attempts an
 * exponential back-off from {@code baseDelay} up to {@code maxDelay} with jitter, or the console's
 * {@code Retry-After} capped at {@code maxRetryAfter}.
 */
public record RetrySettings(int maxAttempts, Duration baseDelay, Duration maxDelay, Duration maxRetryAfter) {

    public static final RetrySettings DEFAULTS =
            new RetrySettings(4, Duration.ofMillis(200), Duration.ofSeconds(5), Duration.ofSeconds(30));

    public RetrySettings {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("at least one attempt");
        }
        Objects.requireNonNull(baseDelay, "baseDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        Objects.requireNonNull(maxRetryAfter, "maxRetryAfter");
        if (baseDelay.isNegative() || maxDelay.compareTo(baseDelay) < 0 || maxRetryAfter.isNegative()) {
            throw new IllegalArgumentException("retry delays: 0 <= baseDelay <= maxDelay, maxRetryAfter >= 0");
        }
    }

    /** One attempt, no retries. */
    public static RetrySettings none() {
        return new RetrySettings(1, Duration.ZERO, Duration.ZERO, Duration.ZERO);
    }
}
