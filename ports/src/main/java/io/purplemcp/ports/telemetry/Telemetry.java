package io.purplemcp.ports.telemetry;

/** Where the core reports what happened, without arguments or results (they may be sensitive). */
@FunctionalInterface
public interface Telemetry {

    void record(TelemetryEvent event);

    static Telemetry none() {
        return event -> {};
    }
}
