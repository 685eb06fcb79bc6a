package io.purplemcp.ports.out.telemetry;

import java.util.List;

/** Where the core reports what happened, without arguments or results (they may be sensitive). */
@FunctionalInterface
public interface Telemetry {

    void record(TelemetryEvent event);

    static Telemetry none() {
        return event -> {};
    }

    /** Every event to each of {@code sinks}, in order. */
    static Telemetry all(List<Telemetry> sinks) {
        var copy = List.copyOf(sinks);
        if (copy.size() == 1) {
            return copy.get(0);
        }
        return event -> {
            for (var sink : copy) {
                sink.record(event);
            }
        };
    }
}
