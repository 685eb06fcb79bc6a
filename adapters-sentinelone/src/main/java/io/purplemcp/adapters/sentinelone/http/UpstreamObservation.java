package io.purplemcp.adapters.sentinelone.http;

import io.purplemcp.ports.out.telemetry.Telemetry;
import io.purplemcp.ports.out.telemetry.TraceScope;
import java.util.Objects;

/**
 * What the console client reports and propagates: each exchange's status and duration to {@code
 * telemetry}, and the trace of the tool call running on the sending thread as a {@code traceparent}
 * header (a new span of the same trace per exchange).
 */
public record UpstreamObservation(Telemetry telemetry, TraceScope traces) {

    public UpstreamObservation {
        Objects.requireNonNull(telemetry, "telemetry");
        Objects.requireNonNull(traces, "traces");
    }

    public static UpstreamObservation none() {
        return new UpstreamObservation(Telemetry.none(), TraceScope.none());
    }
}
