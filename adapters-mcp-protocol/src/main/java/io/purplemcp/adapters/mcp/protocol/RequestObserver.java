package io.purplemcp.adapters.mcp.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.purplemcp.adapters.mcp.protocol.IncomingMessage.Request;
import io.purplemcp.ports.out.telemetry.TelemetryEvent.Outcome;
import io.purplemcp.ports.out.telemetry.TelemetryEvent.RequestFinished;
import io.purplemcp.ports.out.telemetry.TraceContext;
import java.time.Duration;
import java.util.Optional;

/** Turns one answered request into a {@link RequestFinished}: its outcome is read off the reply. */
final class RequestObserver {

    private RequestObserver() {}

    /** The trace of a request: its own {@code params._meta} (2026-07-28) first, then the transport's. */
    static Optional<TraceContext> trace(Request request, RequestOrigin origin) {
        var meta = request.params().get("_meta");
        var parent = meta instanceof ObjectNode object ? object.get("traceparent") : null;
        if (parent != null) {
            var state = meta.get("tracestate");
            var own = TraceContext.parse(
                    parent.isTextual() ? parent.textValue() : null,
                    state != null && state.isTextual() ? state.textValue() : null);
            if (own.isPresent()) {
                return own;
            }
        }
        return origin.trace();
    }

    static RequestFinished finished(
            Request request, RequestOrigin origin, Optional<TraceContext> trace, JsonNode reply, long startedNanos) {
        Optional<String> tool = Optional.empty();
        var name = request.params().get("name");
        if (request.method().equals("tools/call") && name != null && name.isTextual()) {
            tool = Optional.of(name.textValue());
        }
        Outcome outcome;
        Optional<String> errorType;
        if (reply == null) {
            outcome = Outcome.CANCELLED;
            errorType = Optional.of("cancelled");
        } else if (reply.has("error")) {
            outcome = Outcome.FAILED;
            errorType = Optional.of(reply.path("error").path("code").asText("unknown"));
        } else if (reply.path("result").path("isError").asBoolean(false)) {
            outcome = Outcome.FAILED;
            errorType = Optional.of("tool_error");
        } else {
            outcome = Outcome.SUCCEEDED;
            errorType = Optional.empty();
        }
        return new RequestFinished(
                request.method(),
                tool,
                request.id() == null ? "" : request.id().asText(),
                origin.sessionHash(),
                trace,
                outcome,
                errorType,
                Duration.ofNanos(System.nanoTime() - startedNanos));
    }
}
