package io.purplemcp.adapters.mcp.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Builds the JSON-RPC envelopes the server sends. */
public final class Messages {

    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Messages() {}

    public static ObjectNode result(JsonNode id, ObjectNode result) {
        var response = envelope();
        response.set("id", id);
        response.set("result", result);
        return response;
    }

    /**
     * An error response. Without a readable request id the id is {@code null}, the form JSON-RPC 2.0
     * prescribes and the official SDKs send.
     */
    public static ObjectNode error(JsonNode id, int code, String message) {
        var response = envelope();
        response.set("id", id == null ? NODES.nullNode() : id);
        response.putObject("error").put("code", code).put("message", message);
        return response;
    }

    public static ObjectNode error(JsonNode id, JsonRpcError error) {
        var response = error(id, error.code(), error.getMessage());
        error.data().ifPresent(data -> ((ObjectNode) response.get("error")).set("data", data));
        return response;
    }

    public static ObjectNode parseError() {
        return error(null, JsonRpcError.PARSE_ERROR, "Parse error: the message is not valid JSON.");
    }

    public static ObjectNode notification(String method, ObjectNode params) {
        var notification = envelope();
        notification.put("method", method);
        notification.set("params", params);
        return notification;
    }

    private static ObjectNode envelope() {
        return NODES.objectNode().put("jsonrpc", "2.0");
    }
}
