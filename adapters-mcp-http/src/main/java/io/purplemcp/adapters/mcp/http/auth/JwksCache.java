package io.purplemcp.adapters.mcp.http.auth;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The signing keys we know, by {@code kid}. A token naming an unknown key triggers a refresh, at most
 * once per {@code minInterval} so that tokens with invented key ids cannot make us hammer the
 * authorization server; keys also refresh when older than {@code maxAge}. When the JWKS cannot be
 * fetched the keys already known stay in use: an outage of the authorization server must not lock out
 * callers whose tokens we can still verify.
 */
final class JwksCache {

    private static final Logger LOG = LoggerFactory.getLogger(JwksCache.class);

    private final JwksSource source;
    private final long minIntervalNanos;
    private final long maxAgeNanos;
    private final LongSupplier nanoTime;
    private volatile List<VerificationKey> keys = List.of();
    private boolean attempted; // guarded by this
    private long lastAttemptNanos; // guarded by this
    private long fetchedNanos; // guarded by this

    JwksCache(JwksSource source, Duration minInterval, Duration maxAge, LongSupplier nanoTime) {
        this.source = source;
        this.minIntervalNanos = minInterval.toNanos();
        this.maxAgeNanos = maxAge.toNanos();
        this.nanoTime = nanoTime;
    }

    /** The keys that may have signed a token with this {@code kid} (all keys when it names none). */
    List<VerificationKey> keysFor(Optional<String> kid) {
        var known = select(keys, kid);
        if (!known.isEmpty() && !stale()) {
            return known;
        }
        refreshIfAllowed();
        // After a failed refresh the keys are the ones we had; after a successful one, a key that left the
        // set must not be honoured again.
        return select(keys, kid);
    }

    private synchronized boolean stale() {
        return attempted && nanoTime.getAsLong() - fetchedNanos > maxAgeNanos;
    }

    private synchronized void refreshIfAllowed() {
        long now = nanoTime.getAsLong();
        if (attempted && now - lastAttemptNanos < minIntervalNanos) {
            return;
        }
        attempted = true;
        lastAttemptNanos = now;
        try {
            var parsed = JwkSet.parse(source.fetch());
            if (parsed.isEmpty()) {
                LOG.warn(
                        "the authorization server's JWKS holds no usable signing key; keeping {} known keys",
                        keys.size());
                return;
            }
            keys = parsed;
            fetchedNanos = now;
            LOG.debug("JWKS refreshed: {} signing keys", parsed.size());
        } catch (IOException | RuntimeException e) {
            LOG.warn(
                    "could not refresh the authorization server's JWKS ({}); keeping {} known keys",
                    e.toString(),
                    keys.size());
        }
    }

    private static List<VerificationKey> select(List<VerificationKey> keys, Optional<String> kid) {
        if (kid.isEmpty()) {
            return keys;
        }
        return keys.stream().filter(key -> key.kid().equals(kid)).toList();
    }
}
