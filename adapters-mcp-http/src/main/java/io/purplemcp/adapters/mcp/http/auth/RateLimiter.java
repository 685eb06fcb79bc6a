package io.purplemcp.adapters.mcp.http.auth;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Token buckets by key (an identity, or a client address): {@code perMinute} tokens a minute, up to
 * {@code burst} saved. The number of keys is bounded: when full, buckets that have refilled completely
 * are forgotten (they hold nothing a fresh bucket would not), then the oldest if that is not enough.
 */
public final class RateLimiter {

    private static final long NANOS_PER_MINUTE = Duration.ofMinutes(1).toNanos();

    private final int perMinute;
    private final int burst;
    private final int maxKeys;
    private final LongSupplier nanoTime;
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    public RateLimiter(int perMinute, int burst, int maxKeys, LongSupplier nanoTime) {
        if (perMinute < 1 || burst < 1 || maxKeys < 1) {
            throw new IllegalArgumentException("rates, bursts and key counts are positive");
        }
        this.perMinute = perMinute;
        this.burst = burst;
        this.maxKeys = maxKeys;
        this.nanoTime = nanoTime;
    }

    /** Takes {@code permits} tokens; 0 when granted, else whole seconds until they would be there. */
    public long tryAcquire(String key, int permits) {
        long now = nanoTime.getAsLong();
        if (buckets.size() >= maxKeys && !buckets.containsKey(key)) {
            prune(now);
        }
        var bucket = buckets.computeIfAbsent(key, k -> new Bucket(burst, now));
        return bucket.take(Math.min(permits, burst), now);
    }

    private void prune(long now) {
        buckets.values().removeIf(bucket -> bucket.full(now));
        if (buckets.size() >= maxKeys) {
            buckets.clear(); // everyone was busy at once: a flood of keys, so start over rather than grow
        }
    }

    private final class Bucket {
        private double tokens; // guarded by this
        private long updated; // guarded by this

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.updated = now;
        }

        synchronized long take(int permits, long now) {
            refill(now);
            if (tokens >= permits) {
                tokens -= permits;
                return 0;
            }
            double missing = permits - tokens;
            long waitNanos = (long) Math.ceil(missing * NANOS_PER_MINUTE / perMinute);
            return Math.max(1, (waitNanos + 999_999_999L) / 1_000_000_000L);
        }

        synchronized boolean full(long now) {
            refill(now);
            return tokens >= burst;
        }

        private void refill(long now) {
            tokens = Math.min(burst, tokens + (double) (now - updated) * perMinute / NANOS_PER_MINUTE);
            updated = now;
        }
    }
}
