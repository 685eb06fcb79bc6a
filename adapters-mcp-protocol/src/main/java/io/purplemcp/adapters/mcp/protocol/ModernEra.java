package io.purplemcp.adapters.mcp.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.purplemcp.ports.tools.LogLevel;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The 2026-07-28 revision's stateless requests: how one is recognised and what it must carry. Every
 * such request names its revision and the client's capabilities in {@code params._meta}, so no
 * handshake and no earlier request of the same client is ever needed to serve it.
 */
public final class ModernEra {

    public static final String REVISION = "2026-07-28";
    /** The revisions served without a handshake; the handshake revisions are {@link ProtocolVersion}. */
    public static final List<String> SUPPORTED = List.of(REVISION);

    static final String PROTOCOL_VERSION_KEY = "io.modelcontextprotocol/protocolVersion";
    static final String CLIENT_CAPABILITIES_KEY = "io.modelcontextprotocol/clientCapabilities";
    static final String LOG_LEVEL_KEY = "io.modelcontextprotocol/logLevel";
    static final String SERVER_INFO_KEY = "io.modelcontextprotocol/serverInfo";
    static final String DISCOVER = "server/discover";
    // initialize, ping, logging/setLevel and the rest are gone from this revision: unknown, as any other.
    private static final Set<String> METHODS = Set.of(DISCOVER, "tools/list", "tools/call");

    /** What a modern request says about itself. */
    record Envelope(String version, ObjectNode clientCapabilities, Optional<LogLevel> logLevel) {}

    private ModernEra() {}

    public static boolean isModernVersion(String version) {
        return version != null && SUPPORTED.contains(version.trim());
    }

    /**
     * Whether this message asks to be served statelessly: it carries one of the revision's required
     * {@code _meta} keys, or calls the one method only this revision has. Anything else belongs to the
     * handshake era, so a 2025 client never meets the rules below.
     */
    public static boolean isModern(JsonNode message) {
        return message.isObject()
                && message.path("method").isTextual()
                && isModern(message.get("method").textValue(), message.path("params"));
    }

    static boolean isModern(String method, JsonNode params) {
        var meta = params.path("_meta");
        return DISCOVER.equals(method) || meta.has(PROTOCOL_VERSION_KEY) || meta.has(CLIENT_CAPABILITIES_KEY);
    }

    /**
     * The checks a modern request passes before any method runs, for transports that answer a refusal
     * differently from an in-band error (HTTP maps these to 400 and 404). Notifications pass.
     */
    public static Optional<JsonRpcError> preflight(JsonNode message) {
        var incoming = IncomingMessage.classify(message);
        if (!(incoming instanceof IncomingMessage.Request request)) {
            return Optional.empty();
        }
        try {
            envelope(request.params());
            requireMethod(request.method());
            return Optional.empty();
        } catch (JsonRpcError refused) {
            return Optional.of(refused);
        }
    }

    static Envelope envelope(ObjectNode params) throws JsonRpcError {
        var meta = params.path("_meta");
        var version = meta.get(PROTOCOL_VERSION_KEY);
        if (version == null || !version.isTextual()) {
            throw missing(PROTOCOL_VERSION_KEY + "\" (a string)");
        }
        if (!SUPPORTED.contains(version.textValue())) {
            var data = Messages.NODES.objectNode();
            SUPPORTED.forEach(data.putArray("supported")::add);
            data.put("requested", version.textValue());
            throw new JsonRpcError(
                    JsonRpcError.UNSUPPORTED_PROTOCOL_VERSION,
                    "Unsupported protocol version: this server serves " + String.join(", ", SUPPORTED)
                            + " without a handshake, and 2024-11-05 to 2025-11-25 after initialize.",
                    data);
        }
        var capabilities = meta.get(CLIENT_CAPABILITIES_KEY);
        if (!(capabilities instanceof ObjectNode capabilitiesObject)) {
            throw missing(CLIENT_CAPABILITIES_KEY + "\" (an object)");
        }
        var level = meta.get(LOG_LEVEL_KEY);
        Optional<LogLevel> logLevel = Optional.empty();
        if (level != null) {
            logLevel =
                    Optional.of(level).filter(JsonNode::isTextual).flatMap(l -> LogLevel.fromWireName(l.textValue()));
            if (logLevel.isEmpty()) {
                throw JsonRpcError.invalidParams("Invalid params: \"_meta." + LOG_LEVEL_KEY
                        + "\" must be one of debug, info, notice, warning, error, critical, alert, emergency.");
            }
        }
        return new Envelope(version.textValue(), capabilitiesObject, logLevel);
    }

    static void requireMethod(String method) throws JsonRpcError {
        if (!METHODS.contains(method)) {
            throw new JsonRpcError(JsonRpcError.METHOD_NOT_FOUND, "Method not found: " + Text.shorten(method) + ".");
        }
    }

    private static JsonRpcError missing(String what) {
        return JsonRpcError.invalidParams("Invalid params: a request without a handshake must carry \"_meta." + what
                + "; send initialize first to use the handshake instead.");
    }
}
