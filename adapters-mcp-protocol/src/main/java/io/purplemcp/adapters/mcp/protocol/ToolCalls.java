package io.purplemcp.adapters.mcp.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.purplemcp.adapters.mcp.protocol.IncomingMessage.Request;
import io.purplemcp.ports.in.tools.LogLevel;
import io.purplemcp.ports.in.tools.ToolCall;
import io.purplemcp.ports.in.tools.ToolResult;
import io.purplemcp.ports.in.tools.UnknownToolException;
import io.purplemcp.ports.out.telemetry.TraceContext;
import io.purplemcp.ports.out.telemetry.TraceScope;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The tool calls one connection has in flight, whichever era asked for them: started on the tool
 * executor, cancelled by request id, rendered for the revision the client speaks.
 */
final class ToolCalls {

    private static final Logger LOG = LoggerFactory.getLogger(ToolCalls.class);

    private static final TraceScope.Scope NO_SCOPE = () -> {};

    private final McpServer server;
    private final Map<String, RunningCall> inFlight = new ConcurrentHashMap<>();

    ToolCalls(McpServer server) {
        this.server = server;
    }

    /**
     * Starts a {@code tools/call}; the future completes with the whole response, or {@code null} when
     * the call was cancelled and no response is owed.
     *
     * @param logThreshold the least severe level the client wants to hear about, or empty for none
     */
    CompletableFuture<ObjectNode> start(
            Request request,
            MessageSink sink,
            ProtocolVersion renderAs,
            Supplier<Optional<LogLevel>> logThreshold,
            Optional<TraceContext> trace)
            throws JsonRpcError {
        var name = request.params().get("name");
        if (name == null || !name.isTextual()) {
            throw JsonRpcError.invalidParams("Invalid params: \"name\" must be the tool's name as a string.");
        }
        var arguments = request.params().get("arguments");
        if (arguments != null && !arguments.isNull() && !arguments.isObject()) {
            throw JsonRpcError.invalidParams("Invalid params: \"arguments\" must be an object.");
        }
        var call = new ToolCall(
                name.textValue(), arguments instanceof ObjectNode object ? object : Messages.NODES.objectNode());
        var key = key(request.id());
        var running = new RunningCall(progressToken(request.params()), sink, renderAs, logThreshold);
        if (inFlight.putIfAbsent(key, running) != null) {
            throw JsonRpcError.invalidRequest(
                    "Invalid request: id " + Text.shorten(request.id().toString()) + " is already in use.");
        }
        LOG.debug("tool call started: tool={}", Text.shorten(call.toolName()));
        CompletableFuture<ToolResult> execution;
        if (server.computesLocally(call.toolName())) {
            // Microseconds of arithmetic that never block: a hand-off to the pool would cost more than the call.
            execution = computeHere(call, running, trace);
        } else {
            try {
                execution = CompletableFuture.supplyAsync(() -> execute(call, running, trace), server.toolExecutor());
            } catch (RejectedExecutionException busy) {
                inFlight.remove(key);
                throw new JsonRpcError(JsonRpcError.INTERNAL_ERROR, "Server busy: too many tool calls at once.");
            }
        }
        return execution.handle((result, failure) -> {
            inFlight.remove(key, running);
            if (!running.finish()) {
                LOG.debug("tool call cancelled: tool={}", Text.shorten(call.toolName()));
                return null;
            }
            return failure == null
                    ? Messages.result(
                            request.id(), render(result, renderAs, server.declaresOutputSchema(call.toolName())))
                    : failed(request, failure);
        });
    }

    /** Cancels the call with this request id; unknown and malformed ids are ignored, as the spec allows. */
    void cancel(JsonNode requestId) {
        if (requestId == null || !(requestId.isTextual() || requestId.isIntegralNumber())) {
            return;
        }
        var running = inFlight.get(key(requestId));
        if (running != null) {
            LOG.debug("cancelling a tool call on the client's request");
            running.cancel();
        }
    }

    void cancelAll() {
        inFlight.values().forEach(RunningCall::cancel);
    }

    /**
     * Runs a local computation on the caller's thread without registering it for interruption: a
     * cancellation then only drops the answer, and no interrupt can reach a transport's own thread.
     */
    private CompletableFuture<ToolResult> computeHere(
            ToolCall call, RunningCall running, Optional<TraceContext> trace) {
        var scope = enter(trace);
        try {
            return CompletableFuture.completedFuture(server.catalog().call(call, running));
        } catch (UnknownToolException | RuntimeException failure) {
            return CompletableFuture.failedFuture(failure);
        } finally {
            scope.close();
        }
    }

    private ToolResult execute(ToolCall call, RunningCall running, Optional<TraceContext> trace) {
        running.startOn(Thread.currentThread());
        var scope = enter(trace);
        try {
            return server.catalog().call(call, running);
        } catch (UnknownToolException unknown) {
            throw new CompletionException(unknown);
        } finally {
            scope.close();
            Thread.interrupted(); // a cancellation's interrupt must not leak into the pool's next task
        }
    }

    /** Our span of the caller's trace, current while the tool runs, for the console requests it makes. */
    private TraceScope.Scope enter(Optional<TraceContext> trace) {
        return trace.isEmpty()
                ? NO_SCOPE
                : server.traceScope().enter(trace.get().child());
    }

    /**
     * The id as a map key: a string id and a number id with the same digits are different requests. Not
     * {@code toString()}, which runs Jackson's whole serialiser (and at start-up its reflection) per call.
     */
    static String key(JsonNode requestId) {
        return requestId.isTextual() ? "\"" + requestId.textValue() : requestId.asText();
    }

    /** The client's progress token, if it asked for progress with a usable one (a string or an integer). */
    private static JsonNode progressToken(ObjectNode params) {
        var meta = params.get("_meta");
        var token = meta == null ? null : meta.get("progressToken");
        return token != null && (token.isTextual() || token.isIntegralNumber()) ? token : null;
    }

    private static ObjectNode failed(Request request, Throwable failure) {
        var cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof UnknownToolException unknown) {
            return Messages.error(
                    request.id(),
                    JsonRpcError.INVALID_PARAMS,
                    "Unknown tool: " + Text.shorten(unknown.toolName()) + ".");
        }
        LOG.error("tool call failed inside the server", cause);
        return Messages.error(request.id(), JsonRpcError.INTERNAL_ERROR, "Internal error while running the tool.");
    }

    /**
     * @param declaresOutputSchema whether the tool's listing carried an output schema: structured
     *     content without one would be an answer the client was never told to expect
     */
    static ObjectNode render(ToolResult result, ProtocolVersion negotiated, boolean declaresOutputSchema) {
        var rendered = Messages.NODES.objectNode();
        var content = rendered.putArray("content");
        if (result instanceof ToolResult.Text text) {
            content.addObject().put("type", "text").put("text", text.text());
            rendered.put("isError", false);
        } else if (result instanceof ToolResult.Structured structured) {
            // The text stays for clients older than structured content, and for those that show only text.
            content.addObject().put("type", "text").put("text", structured.text());
            if (negotiated.hasStructuredResults() && declaresOutputSchema) {
                rendered.set("structuredContent", structured.value());
            }
            rendered.put("isError", false);
        } else if (result instanceof ToolResult.Failure failure) {
            content.addObject().put("type", "text").put("text", failure.message());
            rendered.put("isError", true);
        }
        return rendered;
    }
}
