package io.purplemcp.adapters.mcp.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import io.purplemcp.adapters.mcp.protocol.JsonCodec;
import io.purplemcp.adapters.mcp.protocol.JsonRpcError;
import io.purplemcp.adapters.mcp.protocol.Messages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Writes whole responses. Transport errors carry a JSON-RPC error object, never a stack trace or an
 * HTML page, so that MCP clients can show the message and tell our 404 from a proxy's.
 */
final class Responses {

    static final int TRANSPORT_ERROR = JsonRpcError.TRANSPORT_ERROR;
    static final int SESSION_NOT_FOUND = JsonRpcError.SESSION_NOT_FOUND;

    private final JsonCodec codec;

    Responses(JsonCodec codec) {
        this.codec = codec;
    }

    void json(HttpExchange exchange, int status, JsonNode body) throws IOException {
        bytes(exchange, status, MediaTypes.JSON, codec.write(body));
    }

    /** A refusal: {@code status} with a JSON-RPC error that has no id (none could be trusted yet). */
    void error(HttpExchange exchange, int status, int code, String message) throws IOException {
        json(exchange, status, Messages.error(null, code, message));
    }

    void transportError(HttpExchange exchange, int status, String message) throws IOException {
        error(exchange, status, TRANSPORT_ERROR, message);
    }

    /** 503 with the delay after which a retry is likely to be served. */
    void busy(HttpExchange exchange, int callLimit) throws IOException {
        exchange.getResponseHeaders().set("Retry-After", "1");
        transportError(
                exchange,
                503,
                "Service Unavailable: " + callLimit + " requests are already being answered; retry after 1 second.");
    }

    /** 404 for a Streamable HTTP session id we do not know (or that belongs to someone else). */
    void unknownSession(HttpExchange exchange) throws IOException {
        error(exchange, 404, SESSION_NOT_FOUND, "Session not found: it expired or was ended; send initialize again.");
    }

    /** 404 for a legacy SSE session id we do not know (or that belongs to someone else). */
    void unknownLegacySession(HttpExchange exchange) throws IOException {
        error(exchange, 404, SESSION_NOT_FOUND, "Could not find session: open a new SSE stream.");
    }

    void methodNotAllowed(HttpExchange exchange, String allowed) throws IOException {
        exchange.getResponseHeaders().set("Allow", allowed);
        transportError(exchange, 405, "Method Not Allowed: use " + allowed + ".");
    }

    /** Answers 405 unless the request only reads (GET or HEAD); true when it was refused. */
    boolean refusedUnlessRead(HttpExchange exchange) throws IOException {
        var method = exchange.getRequestMethod();
        if (method.equals("GET") || method.equals("HEAD")) {
            return false;
        }
        methodNotAllowed(exchange, "GET, HEAD");
        return true;
    }

    /** Refuses a request whose body we will not read; the connection cannot be reused after it. */
    void payloadTooLarge(HttpExchange exchange, int maxBytes) throws IOException {
        exchange.getResponseHeaders().set("Connection", "close");
        transportError(exchange, 413, "Payload Too Large: the body exceeds " + maxBytes + " bytes.");
    }

    static void text(HttpExchange exchange, int status, String text) throws IOException {
        bytes(exchange, status, "text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8));
    }

    static void empty(HttpExchange exchange, int status) throws IOException {
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    static void bytes(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        if (exchange.getRequestMethod().equals("HEAD") || body.length == 0) {
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
            return;
        }
        exchange.sendResponseHeaders(status, body.length);
        // Closing the body flushes the response before the JDK drains any unread request bytes.
        try (var out = exchange.getResponseBody()) {
            out.write(body);
        }
        exchange.close();
    }

    /** Sends the headers of an event stream and pushes them out, so the client sees the stream open. */
    static void startEventStream(HttpExchange exchange) throws IOException {
        var headers = exchange.getResponseHeaders();
        headers.set("Content-Type", MediaTypes.EVENT_STREAM);
        // nginx and similar proxies would otherwise hold events back until a buffer fills.
        headers.set("X-Accel-Buffering", "no");
        exchange.sendResponseHeaders(200, 0);
        exchange.getResponseBody().flush();
    }

    static void writeFrame(HttpExchange exchange, byte[] frame) throws IOException {
        var out = exchange.getResponseBody();
        out.write(frame);
        out.flush();
    }
}
