package io.purplemcp.adapters.mcp.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import io.purplemcp.adapters.mcp.protocol.IncomingMessage;
import io.purplemcp.adapters.mcp.protocol.JsonCodec;
import io.purplemcp.adapters.mcp.protocol.JsonRpcError;
import io.purplemcp.adapters.mcp.protocol.Messages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The body checks every JSON-RPC POST passes before a session sees it: size, JSON, JSON-RPC. */
final class JsonRpcPost {

    private static final Logger LOG = LoggerFactory.getLogger(JsonRpcPost.class);

    /** A parsed body and what it owes its sender. */
    record Message(JsonNode json, JsonRpcShape shape) {}

    private JsonRpcPost() {}

    /** The message, or empty after the refusal (413 or 400) has been sent. */
    static Optional<Message> read(HttpExchange exchange, TransportContext context) throws IOException {
        int maxBytes = context.settings().maxBodyBytes();
        var body = RequestBody.read(exchange, maxBytes);
        if (body.isEmpty()) {
            context.responses().payloadTooLarge(exchange, maxBytes);
            return Optional.empty();
        }
        if (context.logPayloads()) {
            // Tool arguments may carry customer data; only the operator's explicit unsafe switch shows them.
            LOG.debug("request body: {}", new String(body.get(), StandardCharsets.UTF_8));
        }
        JsonNode json;
        try {
            json = context.codec().parse(body.get());
        } catch (JsonCodec.MalformedJson malformed) {
            context.responses().json(exchange, 400, Messages.parseError());
            return Optional.empty();
        }
        var shape = JsonRpcShape.of(json);
        if (shape == JsonRpcShape.INVALID) {
            // A single message gets the session's own answer (e.g. -32602 for params that are no object), so
            // every transport says the same; a batch with a bad element is refused whole.
            var refusal = !json.isArray() && IncomingMessage.classify(json) instanceof IncomingMessage.Invalid invalid
                    ? Messages.error(invalid.id(), invalid.error())
                    : Messages.error(
                            JsonRpcShape.readableId(json),
                            JsonRpcError.INVALID_REQUEST,
                            "Invalid request: the body is not a JSON-RPC 2.0 message.");
            context.responses().json(exchange, 400, refusal);
            return Optional.empty();
        }
        return Optional.of(new Message(json, shape));
    }
}
