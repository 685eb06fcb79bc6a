package io.purplemcp.ports.telemetry;

import java.time.Duration;
import java.util.Objects;

/**
 * Facts worth counting or investigating. They carry names, measurements and server-side errors, never
 * tool arguments or results.
 */
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

    /** A tool failed in a way its code did not foresee: a defect the operator should see in full. */
    record ToolCallCrashed(String tool, RuntimeException error) implements TelemetryEvent {
        public ToolCallCrashed {
            Objects.requireNonNull(tool, "tool");
            Objects.requireNonNull(error, "error");
        }
    }
}
