package io.purplemcp.adapters.mcp.http.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private final AtomicLong nanos = new AtomicLong();

    @Test
    void allowsTheBurstThenSaysHowLongToWait() {
        var limiter = new RateLimiter(60, 3, 100, nanos::get);
        assertThat(limiter.tryAcquire("alice", 1)).isZero();
        assertThat(limiter.tryAcquire("alice", 1)).isZero();
        assertThat(limiter.tryAcquire("alice", 1)).isZero();
        assertThat(limiter.tryAcquire("alice", 1)).isEqualTo(1);
        assertThat(limiter.tryAcquire("bob", 1)).isZero();
        nanos.addAndGet(Duration.ofSeconds(1).toNanos());
        assertThat(limiter.tryAcquire("alice", 1)).isZero();
        assertThat(limiter.tryAcquire("alice", 2)).isEqualTo(2);
    }

    @Test
    void neverSavesMoreThanTheBurst() {
        var limiter = new RateLimiter(600, 2, 100, nanos::get);
        nanos.addAndGet(Duration.ofHours(1).toNanos());
        assertThat(limiter.tryAcquire("k", 2)).isZero();
        assertThat(limiter.tryAcquire("k", 1)).isPositive();
    }

    @Test
    void staysBoundedInKeys() {
        var limiter = new RateLimiter(60, 1, 10, nanos::get);
        for (int i = 0; i < 1_000; i++) {
            limiter.tryAcquire("client-" + i, 1);
        }
        // A flood of addresses cannot grow memory without bound; a fresh key still gets its burst.
        assertThat(limiter.tryAcquire("newcomer", 1)).isZero();
    }
}
