package io.purplemcp.ports.out.telemetry;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

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

    /**
     * One JSON-RPC request answered (or dropped because it was cancelled).
     *
     * @param method the JSON-RPC method as the client sent it; consumers bound its cardinality
     * @param tool the tool a {@code tools/call} named, as sent; empty for other methods
     * @param requestId the JSON-RPC id as text (a client's correlation key, not a secret)
     * @param sessionHash a short, one-way hash of the session id; empty without a session
     * @param errorType empty when the request succeeded; otherwise the JSON-RPC error code, or
     *     {@code tool_error} for a tool result with {@code isError}, or {@code cancelled}
     */
    record RequestFinished(
            String method,
            Optional<String> tool,
            String requestId,
            Optional<String> sessionHash,
            Optional<TraceContext> trace,
            Outcome outcome,
            Optional<String> errorType,
            Duration elapsed)
            implements TelemetryEvent {
        public RequestFinished {
            Objects.requireNonNull(method, "method");
            Objects.requireNonNull(tool, "tool");
            Objects.requireNonNull(requestId, "requestId");
            Objects.requireNonNull(sessionHash, "sessionHash");
            Objects.requireNonNull(trace, "trace");
            Objects.requireNonNull(outcome, "outcome");
            Objects.requireNonNull(errorType, "errorType");
            Objects.requireNonNull(elapsed, "elapsed");
        }
    }

    /**
     * One HTTP exchange with the console (each retry is one).
     *
     * @param api which console API: {@code graphql}, {@code rest} or {@code sdl}
     * @param status the HTTP status, or 0 when no response arrived (transport error, timeout)
     * @param trace the span sent upstream in {@code traceparent}, when the call had a trace
     */
    record UpstreamCallFinished(String api, int status, Duration elapsed, Optional<TraceContext> trace)
            implements TelemetryEvent {
        public UpstreamCallFinished {
            Objects.requireNonNull(api, "api");
            Objects.requireNonNull(elapsed, "elapsed");
            Objects.requireNonNull(trace, "trace");
        }
    }
}
