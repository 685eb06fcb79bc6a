package io.purplemcp.ports.out.telemetry;

import java.util.Optional;

enum NoTraceScope implements TraceScope {
    INSTANCE;

    private static final Scope NOTHING = () -> {};

    @Override
    public Optional<TraceContext> current() {
        return Optional.empty();
    }

    @Override
    public Scope enter(TraceContext trace) {
        return NOTHING;
    }
}
