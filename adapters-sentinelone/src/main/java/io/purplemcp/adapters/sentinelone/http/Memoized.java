package io.purplemcp.adapters.sentinelone.http;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * A value built by the first caller that needs it, then kept; callers arriving meanwhile wait for that
 * one build. For what start-up should not pay for. A build that throws is tried again by the next caller.
 */
public final class Memoized<T> implements Supplier<T> {

    private final Supplier<T> build;
    // A lock rather than synchronized: a virtual thread waiting here must not pin its carrier.
    private final ReentrantLock building = new ReentrantLock();
    private volatile T value;

    public Memoized(Supplier<T> build) {
        this.build = Objects.requireNonNull(build, "build");
    }

    @Override
    public T get() {
        var built = value;
        if (built != null) {
            return built;
        }
        building.lock();
        try {
            if (value == null) {
                value = Objects.requireNonNull(build.get(), "the built value");
            }
            return value;
        } finally {
            building.unlock();
        }
    }

    /** The value if some caller has built it, without building it. */
    Optional<T> ifBuilt() {
        return Optional.ofNullable(value);
    }
}
