package io.purplemcp.ports.out.telemetry;

import java.util.Optional;

/** One thread-local slot per instance (never static), so two servers in one process stay apart. */
final class ThreadTraceScope implements TraceScope {

    private final ThreadLocal<TraceContext> current = new ThreadLocal<>();

    @Override
    public Optional<TraceContext> current() {
        return Optional.ofNullable(current.get());
    }

    @Override
    public Scope enter(TraceContext trace) {
        var previous = current.get();
        current.set(trace);
        return () -> {
            if (previous == null) {
                current.remove();
            } else {
                current.set(previous);
            }
        };
    }
}
