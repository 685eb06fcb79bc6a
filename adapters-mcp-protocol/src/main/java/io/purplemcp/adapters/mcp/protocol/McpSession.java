package io.purplemcp.adapters.mcp.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.purplemcp.adapters.mcp.protocol.IncomingMessage.ClientResponse;
import io.purplemcp.adapters.mcp.protocol.IncomingMessage.Invalid;
import io.purplemcp.adapters.mcp.protocol.IncomingMessage.Notification;
import io.purplemcp.adapters.mcp.protocol.IncomingMessage.Request;
import io.purplemcp.ports.in.tools.LogLevel;
import io.purplemcp.ports.out.telemetry.TraceContext;
import java.util.ArrayList;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One client's conversation with the server, whatever carries it: the handshake, the methods, the
 * calls in flight and their cancellation. Transports hand it each parsed message together with a
 * sink for notifications, and get back the reply to send (or none). A 2026-07-28 request is served
 * from what it carries, whether or not this session ever saw a handshake.
 */
public final class McpSession {

    private static final Logger LOG = LoggerFactory.getLogger(McpSession.class);
    // Until a client picks a level, only what needs attention is pushed to it.
    private static final LogLevel DEFAULT_CLIENT_LOG_LEVEL = LogLevel.WARNING;

    private final McpServer server;
    private final ToolCalls calls;
    private final ModernRequests modern;
    private volatile ProtocolVersion version;
    private volatile boolean initialized;
    private volatile boolean clientReady;
    private volatile LogLevel clientLogLevel = DEFAULT_CLIENT_LOG_LEVEL;

    McpSession(McpServer server, ProtocolVersion assumedVersion) {
        this.server = server;
        this.version = assumedVersion;
        this.calls = new ToolCalls(server);
        this.modern = new ModernRequests(server, calls);
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
        return receive(message, sink, RequestOrigin.none());
    }

    /** {@link #receive(JsonNode, MessageSink)} with what the transport knows of the message's origin. */
    public CompletableFuture<JsonNode> receive(JsonNode message, MessageSink sink, RequestOrigin origin) {
        MessageSink redactingSink = notification -> sink.send(Redaction.apply(server.redactor(), notification));
        CompletableFuture<? extends JsonNode> reply = message.isArray()
                ? receiveBatch((ArrayNode) message, redactingSink, origin)
                : receiveOne(message, redactingSink, false, origin);
        return reply.thenApply(response -> response == null ? null : Redaction.apply(server.redactor(), response));
    }

    /** Cancels every call in flight, e.g. when the client is gone for good. */
    public void cancelAll() {
        calls.cancelAll();
    }

    private CompletableFuture<JsonNode> receiveBatch(ArrayNode batch, MessageSink sink, RequestOrigin origin) {
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
        batch.forEach(element -> replies.add(receiveOne(element, sink, true, origin)));
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

    private CompletableFuture<ObjectNode> receiveOne(
            JsonNode message, MessageSink sink, boolean inBatch, RequestOrigin origin) {
        var incoming = IncomingMessage.classify(message);
        if (server.logPayloads()) {
            LOG.debug("received message: {}", message);
        }
        if (incoming instanceof Request request) {
            LOG.debug("request method={}", request.method());
            long started = System.nanoTime();
            var trace = RequestObserver.trace(request, origin);
            var reply = answerSafely(request, sink, inBatch, trace);
            var telemetry = server.telemetry();
            return reply.whenComplete((response, failure) ->
                    telemetry.record(RequestObserver.finished(request, origin, trace, response, started)));
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

    private CompletableFuture<ObjectNode> answerSafely(
            Request request, MessageSink sink, boolean inBatch, Optional<TraceContext> trace) {
        try {
            return answer(request, sink, inBatch, trace);
        } catch (JsonRpcError error) {
            return CompletableFuture.completedFuture(Messages.error(request.id(), error));
        } catch (RuntimeException unexpected) {
            LOG.error("internal error while handling {}", request.method(), unexpected);
            return CompletableFuture.completedFuture(
                    Messages.error(request.id(), JsonRpcError.INTERNAL_ERROR, "Internal error."));
        }
    }

    private CompletableFuture<ObjectNode> answer(
            Request request, MessageSink sink, boolean inBatch, Optional<TraceContext> trace) throws JsonRpcError {
        var method = request.method();
        if (ModernEra.isModern(method, request.params())) {
            if (inBatch) {
                throw JsonRpcError.invalidRequest("Invalid request: a request without a handshake is never batched.");
            }
            return modern.answer(request, sink, trace);
        }
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
            case "tools/list" ->
                done(
                        request,
                        ToolPage.of(
                                server.catalog().definitions(), server.toolsPageSize(), request.params(), negotiated));
            case "tools/call" -> calls.start(request, sink, negotiated, () -> Optional.of(clientLogLevel), trace);
            case "logging/setLevel" -> done(request, setLogLevel(request.params()));
            default -> done(request, server.context().answer(method, request.params(), negotiated, false));
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
        server.context().advertise(capabilities);
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

    private void accept(Notification notification) {
        switch (notification.method()) {
            // Before initialize there is no handshake to confirm: the notification is out of order and ignored.
            case "notifications/initialized" -> clientReady = initialized;
            case "notifications/cancelled" -> cancel(notification.params().get("requestId"));
            default -> LOG.debug("ignoring notification {}", Text.shorten(notification.method()));
        }
    }

    /**
     * Cancels the call with this request id, as a {@code notifications/cancelled} would: transports use
     * it when a request outlives its deadline or the server shuts down. Unknown ids are ignored.
     */
    public void cancel(JsonNode requestId) {
        calls.cancel(requestId);
    }
}
