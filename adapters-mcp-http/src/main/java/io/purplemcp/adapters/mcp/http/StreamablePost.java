package io.purplemcp.adapters.mcp.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import io.purplemcp.adapters.mcp.protocol.McpSession;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

/** What stateful and stateless Streamable HTTP share for a POST: its preconditions and how it is answered. */
final class StreamablePost {

    static final String SESSION_HEADER = "Mcp-Session-Id";
    static final String PROTOCOL_VERSION_HEADER = "MCP-Protocol-Version";

    private StreamablePost() {}

    /** Checks Accept (406), Content-Type (415) and the body (413, 400); empty after a refusal was sent. */
    static Optional<JsonRpcPost.Message> read(HttpExchange exchange, TransportContext context) throws IOException {
        var headers = exchange.getRequestHeaders();
        var accept = headers.get("Accept");
        if (!MediaTypes.accepts(accept, MediaTypes.JSON) || !MediaTypes.accepts(accept, MediaTypes.EVENT_STREAM)) {
            context.responses()
                    .transportError(
                            exchange,
                            406,
                            "Not Acceptable: the client must accept both application/json and text/event-stream.");
            return Optional.empty();
        }
        if (!MediaTypes.isJson(headers.getFirst("Content-Type"))) {
            context.responses()
                    .transportError(exchange, 415, "Unsupported Media Type: Content-Type must be application/json.");
            return Optional.empty();
        }
        return JsonRpcPost.read(exchange, context);
    }

    /**
     * {@link #read}, then answers a message that asks for the 2026-07-28 rules by {@link ModernPost}, without a
     * session (a session id sent along is ignored, as the revision asks); empty once the POST was answered.
     */
    static Optional<JsonRpcPost.Message> readPre2026(HttpExchange exchange, TransportContext context)
            throws IOException {
        var message = read(exchange, context);
        if (message.isPresent() && ModernPost.applies(exchange, message.get())) {
            ModernPost.answer(exchange, context, message.get());
            return Optional.empty();
        }
        return message;
    }

    /** Answers 503 when too many calls already wait for their answers; true if it did. */
    static boolean refusedAsBusy(HttpExchange exchange, TransportContext context) throws IOException {
        if (!context.inFlight().atCallLimit()) {
            return false;
        }
        context.responses().busy(exchange, context.settings().maxCallsInFlight());
        return true;
    }

    /**
     * Hands a message with requests to {@code session} and answers the POST as JSON or as an event
     * stream; {@code whenClosed} runs once the response is over, written or not. A reply still pending
     * after {@code keepAlive} becomes a stream, with a keep-alive that often.
     */
    static void answer(
            HttpExchange exchange,
            TransportContext context,
            McpSession session,
            boolean ownsSession,
            JsonNode message,
            Runnable whenClosed,
            Duration keepAlive) {
        var settings = context.settings();
        var outbox = context.outbox(exchange);
        var reply = new PostReply(outbox, context.codec(), context.timer(), keepAlive);
        var deliver = ToolCallAudit.around(exchange, message, reply::finish);
        // A stateful handler has named the session in the response headers by now.
        var sessionId = exchange.getResponseHeaders().getFirst(SESSION_HEADER);
        var call = PendingCall.start(
                session,
                ownsSession,
                message,
                reply,
                deliver,
                settings.requestTimeout(),
                context.timer(),
                RequestOrigins.of(exchange, sessionId));
        context.inFlight().track(call);
        outbox.closed().whenComplete((delivered, failure) -> {
            if (!Boolean.TRUE.equals(delivered)) {
                call.abandon();
            }
            whenClosed.run();
        });
    }
}
