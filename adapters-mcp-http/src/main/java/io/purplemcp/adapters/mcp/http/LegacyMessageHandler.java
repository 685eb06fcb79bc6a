package io.purplemcp.adapters.mcp.http;

import com.sun.net.httpserver.HttpExchange;
import io.purplemcp.adapters.mcp.protocol.MessageSink;
import java.io.IOException;
import java.util.Locale;

/**
 * {@code POST /messages/?session_id=…} of the legacy HTTP+SSE transport: accepts one JSON-RPC
 * message for a session with 202; whatever it produces travels on that session's stream.
 */
final class LegacyMessageHandler extends SingleMethodHandler {

    LegacyMessageHandler(TransportContext context) {
        super(context, "POST");
    }

    @Override
    void serve(HttpExchange exchange) throws IOException {
        var id = sessionId(exchange.getRequestURI().getRawQuery());
        if (id == null || id.isEmpty()) {
            context.responses().transportError(exchange, 400, "Bad Request: session_id is required.");
            return;
        }
        if (!SessionIds.isWellFormed(id)) {
            context.responses().transportError(exchange, 400, "Bad Request: Invalid session ID.");
            return;
        }
        var found = context.sessions().begin(id.toLowerCase(Locale.ROOT));
        if (found.isEmpty()) {
            sessionGone(exchange);
            return;
        }
        var entry = found.get();
        boolean handedOver = false;
        try {
            handedOver = accept(exchange, entry);
        } finally {
            if (!handedOver) {
                context.sessions().finished(entry);
            }
        }
    }

    /** True when a call now owns the request's end (it calls {@code finished} when settled). */
    private boolean accept(HttpExchange exchange, SessionEntry entry) throws IOException {
        if (!MediaTypes.isJson(exchange.getRequestHeaders().getFirst("Content-Type"))) {
            context.responses().transportError(exchange, 400, "Bad Request: Invalid Content-Type header.");
            return false;
        }
        var message = JsonRpcPost.read(exchange, context);
        if (message.isEmpty()) {
            return false;
        }
        var stream = entry.stream();
        if (stream == null) {
            sessionGone(exchange);
            return false;
        }
        if (message.get().shape() != JsonRpcShape.NO_REQUESTS && StreamablePost.refusedAsBusy(exchange, context)) {
            return false;
        }
        var codec = context.codec();
        MessageSink toStream = notification -> stream.send("message", codec.writeString(notification));
        Responses.text(exchange, 202, "Accepted");
        var json = message.get().json();
        if (message.get().shape() == JsonRpcShape.NO_REQUESTS) {
            entry.session().receive(json, toStream).thenAccept(refusal -> {
                if (refusal != null) {
                    stream.send("message", codec.writeString(refusal));
                }
            });
            return false;
        }
        var call = PendingCall.start(
                entry.session(),
                false,
                json,
                toStream,
                ToolCallAudit.around(exchange, json, reply -> {
                    if (reply != null) {
                        stream.send("message", codec.writeString(reply));
                    }
                }),
                context.settings().requestTimeout(),
                context.timer(),
                RequestOrigins.of(exchange, entry.id()));
        context.inFlight().track(call);
        call.settled().whenComplete((done, failure) -> context.sessions().finished(entry));
        return true;
    }

    /** The session ended, or its stream closed: the client must open a new SSE stream. */
    private void sessionGone(HttpExchange exchange) throws IOException {
        context.responses()
                .error(exchange, 404, Responses.SESSION_NOT_FOUND, "Could not find session: open a new SSE stream.");
    }

    static String sessionId(String rawQuery) {
        if (rawQuery == null) {
            return null;
        }
        for (var parameter : rawQuery.split("&")) {
            if (parameter.startsWith("session_id=")) {
                return parameter.substring("session_id=".length());
            }
        }
        return null;
    }
}
