package io.purplemcp.adapters.mcp.protocol;

/** A request the protocol layer refuses; it becomes a JSON-RPC error response, never a crash. */
public final class JsonRpcError extends Exception {
    private static final long serialVersionUID = 1L;

    public static final int PARSE_ERROR = -32700;
    public static final int INVALID_REQUEST = -32600;
    public static final int METHOD_NOT_FOUND = -32601;
    public static final int INVALID_PARAMS = -32602;
    public static final int INTERNAL_ERROR = -32603;
    /** Implementation-defined range: the SDKs' code for transport-level refusals (bad headers, busy, ...). */
    public static final int TRANSPORT_ERROR = -32000;
    /** Implementation-defined range: the session named by the client does not exist (any more). */
    public static final int SESSION_NOT_FOUND = -32001;

    private final int code;

    public JsonRpcError(int code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    public int code() {
        return code;
    }

    static JsonRpcError invalidParams(String message) {
        return new JsonRpcError(INVALID_PARAMS, message);
    }

    static JsonRpcError invalidRequest(String message) {
        return new JsonRpcError(INVALID_REQUEST, message);
    }
}
