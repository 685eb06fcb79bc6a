package io.purplemcp.adapters.mcp.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** One JSON-RPC message from the client, sorted by what the server owes it. */
public sealed interface IncomingMessage {

    /** Needs exactly one response with the same id. */
    record Request(JsonNode id, String method, ObjectNode params) implements IncomingMessage {}

    /** Never answered, not even with an error. */
    record Notification(String method, ObjectNode params) implements IncomingMessage {}

    /** The client answering a request of ours; a tools-only server sends none, so it is dropped. */
    record ClientResponse() implements IncomingMessage {}

    /** Not a JSON-RPC message; answered with an error carrying the id when one could be read. */
    record Invalid(JsonNode id, JsonRpcError error) implements IncomingMessage {}

    public static IncomingMessage classify(JsonNode message) {
        if (!message.isObject()) {
            return invalid(null, "a JSON-RPC message is a JSON object");
        }
        var id = message.get("id");
        var validId = id != null && (id.isTextual() || id.isIntegralNumber()) ? id : null;
        if (!"2.0".equals(textOrNull(message.get("jsonrpc")))) {
            return invalid(validId, "\"jsonrpc\" must be \"2.0\"");
        }
        var method = message.get("method");
        if (method == null) {
            return message.has("result") || message.has("error")
                    ? new ClientResponse()
                    : invalid(validId, "a request needs a \"method\"");
        }
        if (!method.isTextual()) {
            return invalid(validId, "\"method\" must be a string");
        }
        var params = message.get("params");
        if (params != null && !params.isNull() && !params.isObject()) {
            return new Invalid(validId, JsonRpcError.invalidParams("\"params\" must be an object"));
        }
        var paramsObject = params instanceof ObjectNode object ? object : Messages.NODES.objectNode();
        if (id == null) {
            return new Notification(method.textValue(), paramsObject);
        }
        if (validId == null) {
            return invalid(null, "\"id\" must be a string or an integer");
        }
        return new Request(validId, method.textValue(), paramsObject);
    }

    private static Invalid invalid(JsonNode id, String why) {
        return new Invalid(id, JsonRpcError.invalidRequest("Invalid request: " + why + "."));
    }

    private static String textOrNull(JsonNode node) {
        return node != null && node.isTextual() ? node.textValue() : null;
    }
}
