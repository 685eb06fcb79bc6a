package io.purplemcp.adapters.mcp.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.purplemcp.adapters.mcp.protocol.IncomingMessage.ClientResponse;
import io.purplemcp.adapters.mcp.protocol.IncomingMessage.Invalid;
import io.purplemcp.adapters.mcp.protocol.IncomingMessage.Notification;
import io.purplemcp.adapters.mcp.protocol.IncomingMessage.Request;
import io.purplemcp.ports.tools.LogLevel;
import io.purplemcp.ports.tools.ResultShape;
import io.purplemcp.ports.tools.ToolCall;
import io.purplemcp.ports.tools.ToolResult;
import io.purplemcp.ports.tools.UnknownToolException;
import java.util.ArrayList;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One client's conversation with the server, whatever carries it: the handshake, the methods, the
 * calls in flight and their cancellation. Transports hand it each parsed message together with a
 * sink for notifications, and get back the reply to send (or none).
 */
public final class McpSession {

    private static final Logger LOG = LoggerFactory.getLogger(McpSession.class);
    // Until a client picks a level, only what needs attention is pushed to it.
    private static final LogLevel DEFAULT_CLIENT_LOG_LEVEL = LogLevel.WARNING;

    private final McpServer server;
    private final Map<String, RunningCall> callsInFlight = new ConcurrentHashMap<>();
    private volatile ProtocolVersion version;
    private volatile boolean initialized;
    private volatile boolean clientReady;
    private volatile LogLevel clientLogLevel = DEFAULT_CLIENT_LOG_LEVEL;

    McpSession(McpServer server, ProtocolVersion assumedVersion) {
        this.server = server;
        this.version = assumedVersion;
    }

    /** The negotiated (or, for a stateless session, assumed) revision; empty until there is one. */
    public Optional<ProtocolVersion> protocolVersion() {
        return Optional.ofNullable(version);
    }

    /** Whether the client confirmed the handshake with {@code notifications/initialized}. */
    public boolean clientReady() {
        return clientReady;
    }

    /**
     * Handles one parsed message (an object, or an array where batches are allowed).
     *
     * @return the reply to send, completing with {@code null} when none is owed (notifications,
     *     client responses, cancelled calls)
     */
    public CompletableFuture<JsonNode> receive(JsonNode message, MessageSink sink) {
        MessageSink redactingSink = notification -> sink.send(Redaction.apply(server.redactor(), notification));
        CompletableFuture<? extends JsonNode> reply = message.isArray()
                ? receiveBatch((ArrayNode) message, redactingSink)
                : receiveOne(message, redactingSink, false);
        return reply.thenApply(response -> response == null ? null : Redaction.apply(server.redactor(), response));
    }

    /** Cancels every call in flight, e.g. when the client is gone for good. */
    public void cancelAll() {
        callsInFlight.values().forEach(RunningCall::cancel);
    }

    private CompletableFuture<JsonNode> receiveBatch(ArrayNode batch, MessageSink sink) {
        var negotiated = version;
        if (negotiated == null || !negotiated.allowsBatches() || batch.isEmpty()) {
            var why = batch.isEmpty()
                    ? "an empty batch"
                    : "batches in protocol version "
                            + (negotiated == null ? "(none negotiated)" : negotiated.wireName());
            var error =
                    Messages.error(null, JsonRpcError.INVALID_REQUEST, "Invalid request: " + why + " is not accepted.");
            return CompletableFuture.completedFuture(error);
        }
        var replies = new ArrayList<CompletableFuture<ObjectNode>>();
        batch.forEach(element -> replies.add(receiveOne(element, sink, true)));
        return CompletableFuture.allOf(replies.toArray(CompletableFuture[]::new))
                .thenApply(done -> {
                    var answers = Messages.NODES.arrayNode();
                    replies.stream()
                            .map(CompletableFuture::join)
                            .filter(r -> r != null)
                            .forEach(answers::add);
                    return answers.isEmpty() ? null : (JsonNode) answers;
                });
    }

    private CompletableFuture<ObjectNode> receiveOne(JsonNode message, MessageSink sink, boolean inBatch) {
        var incoming = IncomingMessage.classify(message);
        if (server.logPayloads()) {
            LOG.debug("received message: {}", message);
        }
        if (incoming instanceof Request request) {
            LOG.debug("request method={}", request.method());
            try {
                return answer(request, sink, inBatch);
            } catch (JsonRpcError error) {
                return CompletableFuture.completedFuture(Messages.error(request.id(), error));
            } catch (RuntimeException unexpected) {
                LOG.error("internal error while handling {}", request.method(), unexpected);
                return CompletableFuture.completedFuture(
                        Messages.error(request.id(), JsonRpcError.INTERNAL_ERROR, "Internal error."));
            }
        }
        if (incoming instanceof Notification notification) {
            LOG.debug("notification method={}", notification.method());
            accept(notification);
        } else if (incoming instanceof Invalid invalid) {
            return CompletableFuture.completedFuture(Messages.error(invalid.id(), invalid.error()));
        } else if (incoming instanceof ClientResponse) {
            LOG.debug("ignoring a response from the client: this server sends no requests");
        }
        return CompletableFuture.completedFuture(null);
    }

    private CompletableFuture<ObjectNode> answer(Request request, MessageSink sink, boolean inBatch)
            throws JsonRpcError {
        var method = request.method();
        if (method.equals("initialize")) {
            return done(request, initialize(request.params(), inBatch));
        }
        if (method.equals("ping")) {
            return done(request, Messages.NODES.objectNode());
        }
        var negotiated = version;
        if (negotiated == null) {
            throw JsonRpcError.invalidRequest("Server not initialized: send \"initialize\" first.");
        }
        return switch (method) {
            case "tools/list" -> done(request, listTools(request.params(), negotiated));
            case "tools/call" -> callTool(request, sink, negotiated);
            case "logging/setLevel" -> done(request, setLogLevel(request.params()));
            default -> throw new JsonRpcError(JsonRpcError.METHOD_NOT_FOUND, "Method not found: " + shorten(method));
        };
    }

    private static CompletableFuture<ObjectNode> done(Request request, ObjectNode result) {
        return CompletableFuture.completedFuture(Messages.result(request.id(), result));
    }

    private synchronized ObjectNode initialize(ObjectNode params, boolean inBatch) throws JsonRpcError {
        if (inBatch) {
            throw JsonRpcError.invalidRequest("Invalid request: \"initialize\" must not be part of a batch.");
        }
        if (initialized) {
            throw JsonRpcError.invalidRequest("Invalid request: the session is already initialized.");
        }
        var requested = params.get("protocolVersion");
        if (requested == null || !requested.isTextual()) {
            throw JsonRpcError.invalidParams("Invalid params: \"protocolVersion\" must be a string.");
        }
        var negotiated = ProtocolVersion.negotiate(requested.textValue());
        var identity = server.identity();
        var result = Messages.NODES.objectNode().put("protocolVersion", negotiated.wireName());
        var capabilities = result.putObject("capabilities");
        capabilities.putObject("tools").put("listChanged", false);
        capabilities.putObject("logging");
        var serverInfo =
                result.putObject("serverInfo").put("name", identity.name()).put("version", identity.version());
        if (negotiated.hasStructuredResults()) {
            serverInfo.put("title", identity.title());
        }
        result.put("instructions", identity.instructions());
        version = negotiated;
        initialized = true;
        LOG.info("session initialized with protocol version {}", negotiated.wireName());
        return result;
    }

    private ObjectNode listTools(ObjectNode params, ProtocolVersion negotiated) throws JsonRpcError {
        var definitions = server.catalog().definitions();
        int offset = 0;
        var cursor = params.get("cursor");
        if (cursor != null && !cursor.isNull()) {
            if (!cursor.isTextual()) {
                throw JsonRpcError.invalidParams("Invalid params: \"cursor\" must be a string.");
            }
            offset = Cursor.decode(cursor.textValue(), definitions.size());
        }
        int end = Math.min(definitions.size(), offset + server.toolsPageSize());
        var result = Messages.NODES.objectNode();
        var tools = result.putArray("tools");
        definitions.subList(offset, end).forEach(definition -> tools.add(ToolSchemas.tool(definition, negotiated)));
        if (end < definitions.size()) {
            result.put("nextCursor", Cursor.encode(end));
        }
        return result;
    }

    private ObjectNode setLogLevel(ObjectNode params) throws JsonRpcError {
        var level = params.get("level");
        clientLogLevel = Optional.ofNullable(level)
                .filter(JsonNode::isTextual)
                .flatMap(l -> LogLevel.fromWireName(l.textValue()))
                .orElseThrow(() -> JsonRpcError.invalidParams(
                        "Invalid params: \"level\" must be one of debug, info, notice, warning, error, critical,"
                                + " alert, emergency."));
        return Messages.NODES.objectNode();
    }

    private CompletableFuture<ObjectNode> callTool(Request request, MessageSink sink, ProtocolVersion negotiated)
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
        var key = request.id().toString();
        var running = new RunningCall(progressToken(request.params()), sink, negotiated, () -> clientLogLevel);
        if (callsInFlight.putIfAbsent(key, running) != null) {
            throw JsonRpcError.invalidRequest("Invalid request: id " + shorten(key) + " is already in use.");
        }
        LOG.debug("tool call started: tool={}", shorten(call.toolName()));
        CompletableFuture<ToolResult> execution;
        if (server.computesLocally(call.toolName())) {
            // Microseconds of arithmetic that never block: a hand-off to the pool would cost more than the call.
            execution = computeHere(call, running);
        } else {
            try {
                execution = CompletableFuture.supplyAsync(() -> execute(call, running), server.toolExecutor());
            } catch (RejectedExecutionException busy) {
                callsInFlight.remove(key);
                throw new JsonRpcError(JsonRpcError.INTERNAL_ERROR, "Server busy: too many tool calls at once.");
            }
        }
        var reply = execution.handle((result, failure) -> {
            callsInFlight.remove(key, running);
            if (!running.finish()) {
                LOG.debug("tool call cancelled: tool={}", shorten(call.toolName()));
                return null;
            }
            return failure == null
                    ? Messages.result(request.id(), render(result, negotiated))
                    : failed(request, failure);
        });
        return reply;
    }

    /**
     * Runs a local computation on the caller's thread without registering it for interruption: a
     * cancellation then only drops the answer, and no interrupt can reach a transport's own thread.
     */
    private CompletableFuture<ToolResult> computeHere(ToolCall call, RunningCall running) {
        try {
            return CompletableFuture.completedFuture(server.catalog().call(call, running));
        } catch (UnknownToolException | RuntimeException failure) {
            return CompletableFuture.failedFuture(failure);
        }
    }

    private ToolResult execute(ToolCall call, RunningCall running) {
        running.startOn(Thread.currentThread());
        try {
            return server.catalog().call(call, running);
        } catch (UnknownToolException unknown) {
            throw new CompletionException(unknown);
        } finally {
            Thread.interrupted(); // a cancellation's interrupt must not leak into the pool's next task
        }
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
                    request.id(), JsonRpcError.INVALID_PARAMS, "Unknown tool: " + shorten(unknown.toolName()) + ".");
        }
        LOG.error("tool call failed inside the server", cause);
        return Messages.error(request.id(), JsonRpcError.INTERNAL_ERROR, "Internal error while running the tool.");
    }

    static ObjectNode render(ToolResult result, ProtocolVersion negotiated) {
        var rendered = Messages.NODES.objectNode();
        var content = rendered.putArray("content");
        if (result instanceof ToolResult.Text text) {
            content.addObject().put("type", "text").put("text", text.text());
            if (negotiated.hasStructuredResults()) {
                rendered.putObject("structuredContent").put(ResultShape.TEXT_PROPERTY, text.text());
            }
            rendered.put("isError", false);
        } else if (result instanceof ToolResult.Structured structured) {
            content.addObject()
                    .put("type", "text")
                    .put("text", structured.value().toString());
            if (negotiated.hasStructuredResults()) {
                rendered.set("structuredContent", structured.value());
            }
            rendered.put("isError", false);
        } else if (result instanceof ToolResult.Failure failure) {
            content.addObject().put("type", "text").put("text", failure.message());
            rendered.put("isError", true);
        }
        return rendered;
    }

    private void accept(Notification notification) {
        switch (notification.method()) {
            case "notifications/initialized" -> clientReady = true;
            case "notifications/cancelled" -> cancel(notification.params().get("requestId"));
            default -> LOG.debug("ignoring notification {}", shorten(notification.method()));
        }
    }

    /**
     * Cancels the call with this request id, as a {@code notifications/cancelled} would: transports use
     * it when a request outlives its deadline or the server shuts down. Unknown ids are ignored.
     */
    public void cancel(JsonNode requestId) {
        if (requestId == null || !(requestId.isTextual() || requestId.isIntegralNumber())) {
            return; // malformed cancellations are ignored, as the spec allows
        }
        var running = callsInFlight.get(requestId.toString());
        if (running != null) {
            LOG.debug("cancelling a tool call on the client's request");
            running.cancel();
        }
    }

    private static String shorten(String text) {
        return text.length() <= 80 ? text : text.substring(0, 80) + "...";
    }
}
