package io.purplemcp.adapters.mcp.protocol;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

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
    /** 2026-07-28: an HTTP header is missing, malformed or disagrees with the body. */
    public static final int HEADER_MISMATCH = -32020;
    /** 2026-07-28: the request names a protocol revision this server does not serve statelessly. */
    public static final int UNSUPPORTED_PROTOCOL_VERSION = -32022;

    private final int code;
    // Errors are never serialized; the field only travels from where a request is refused to its reply.
    private final transient ObjectNode data;

    public JsonRpcError(int code, String message) {
        this(code, message, null);
    }

    public JsonRpcError(int code, String message, ObjectNode data) {
        super(message, null, false, false);
        this.code = code;
        this.data = data;
    }

    public int code() {
        return code;
    }

    /** The error's machine-readable details, when the spec defines some for its code. */
    public Optional<ObjectNode> data() {
        return Optional.ofNullable(data);
    }

    static JsonRpcError invalidParams(String message) {
        return new JsonRpcError(INVALID_PARAMS, message);
    }

    static JsonRpcError invalidRequest(String message) {
        return new JsonRpcError(INVALID_REQUEST, message);
    }
}
