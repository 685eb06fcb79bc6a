package io.purplemcp.adapters.mcp.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.purplemcp.adapters.mcp.protocol.IncomingMessage;
import java.util.ArrayList;
import java.util.List;

/**
 * What a POSTed body owes its sender, judged before any session sees it: the HTTP status depends on
 * it (202 for notifications and responses, a reply for requests, 400 for anything else).
 */
enum JsonRpcShape {
    /** At least one request: a reply must follow, as JSON or as an event stream. */
    REQUESTS,
    /** Only notifications and client responses: accepted with 202 and no body. */
    NO_REQUESTS,
    /** Not a JSON-RPC 2.0 message (or batch of them). */
    INVALID;

    static JsonRpcShape of(JsonNode message) {
        if (!message.isArray()) {
            return ofOne(message);
        }
        if (message.isEmpty()) {
            return INVALID;
        }
        var shape = NO_REQUESTS;
        for (var element : message) {
            var one = ofOne(element);
            if (one == INVALID) {
                return INVALID;
            }
            if (one == REQUESTS) {
                shape = REQUESTS;
            }
        }
        return shape;
    }

    /** The ids of the requests in a message or batch, in order. */
    static List<JsonNode> requestIds(JsonNode message) {
        return messages(message).stream()
                .filter(one -> ofOne(one) == REQUESTS)
                .map(one -> one.get("id"))
                .toList();
    }

    /** The messages of a batch, or the message itself when it is not one. */
    static List<JsonNode> messages(JsonNode message) {
        if (!message.isArray()) {
            return List.of(message);
        }
        var elements = new ArrayList<JsonNode>(message.size());
        message.forEach(elements::add);
        return elements;
    }

    static boolean isInitialize(JsonNode message) {
        return ofOne(message) == REQUESTS
                && "initialize".equals(message.get("method").textValue());
    }

    /** The id to echo in an error about this message, when one can be read; otherwise null. */
    static JsonNode readableId(JsonNode message) {
        var id = message.isObject() ? message.get("id") : null;
        return id != null && (id.isTextual() || id.isIntegralNumber()) ? id : null;
    }

    private static JsonRpcShape ofOne(JsonNode message) {
        var incoming = IncomingMessage.classify(message);
        if (incoming instanceof IncomingMessage.Request) {
            return REQUESTS;
        }
        return incoming instanceof IncomingMessage.Invalid ? INVALID : NO_REQUESTS;
    }
}
