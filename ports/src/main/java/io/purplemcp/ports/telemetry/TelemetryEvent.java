package io.purplemcp.ports.telemetry;

import java.time.Duration;
import java.util.Objects;

/** Facts worth counting. They carry names and measurements only, never user data. */
public sealed interface TelemetryEvent {

    enum Outcome {
        SUCCEEDED,
        FAILED,
        CANCELLED
    }

    record ToolCallFinished(String tool, Outcome outcome, Duration elapsed) implements TelemetryEvent {
        public ToolCallFinished {
            Objects.requireNonNull(tool, "tool");
            Objects.requireNonNull(outcome, "outcome");
            Objects.requireNonNull(elapsed, "elapsed");
        }
    }
}
