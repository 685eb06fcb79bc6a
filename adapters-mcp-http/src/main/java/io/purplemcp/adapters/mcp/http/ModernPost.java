package io.purplemcp.adapters.mcp.http;

import com.sun.net.httpserver.HttpExchange;
import io.purplemcp.adapters.mcp.protocol.JsonRpcError;
import io.purplemcp.adapters.mcp.protocol.Messages;
import io.purplemcp.adapters.mcp.protocol.ModernEra;
import java.io.IOException;
import java.time.Duration;

/**
 * A 2026-07-28 POST, in either HTTP mode: it carries everything needed to serve it, so it gets a
 * session of its own for its lifetime and never a session id. Closing its response stream cancels
 * it, as the revision says. Refusals the revision gives an HTTP status are answered before any
 * method runs.
 */
final class ModernPost {

    /**
     * A client cancels by closing the stream, and a closed connection only shows when a write to it
     * fails: a slow reply gets a keep-alive this often, so an abandoned PowerQuery stops within seconds.
     */
    private static final Duration DISCONNECT_PROBE = Duration.ofSeconds(1);

    private ModernPost() {}

    /** Whether this body (or, for a body without the revision's keys, its header) asks for the 2026 rules. */
    static boolean applies(HttpExchange exchange, JsonRpcPost.Message message) {
        return !message.json().isArray()
                && (ModernEra.isModern(message.json())
                        || ModernEra.isModernVersion(
                                exchange.getRequestHeaders().getFirst(StreamablePost.PROTOCOL_VERSION_HEADER)));
    }

    static void answer(HttpExchange exchange, TransportContext context, JsonRpcPost.Message message)
            throws IOException {
        var json = message.json();
        if (message.shape() == JsonRpcShape.NO_REQUESTS) {
            // Cancellation is the client closing the response stream; nothing else arrives as a notification.
            Responses.empty(exchange, 202);
            return;
        }
        var refused =
                ModernEra.preflight(json, request -> McpRequestHeaders.check(exchange.getRequestHeaders(), request));
        if (refused.isPresent()) {
            var error = refused.get();
            int status = error.code() == JsonRpcError.METHOD_NOT_FOUND ? 404 : 400;
            context.responses().json(exchange, status, Messages.error(JsonRpcShape.readableId(json), error));
            return;
        }
        if (StreamablePost.refusedAsBusy(exchange, context)) {
            return;
        }
        var keepAlive = context.settings().keepAliveInterval();
        StreamablePost.answer(
                exchange,
                context,
                context.server().newSession(),
                true,
                json,
                () -> {},
                keepAlive.compareTo(DISCONNECT_PROBE) < 0 ? keepAlive : DISCONNECT_PROBE);
    }
}
