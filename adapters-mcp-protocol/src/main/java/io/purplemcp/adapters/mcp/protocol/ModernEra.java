package io.purplemcp.adapters.mcp.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.purplemcp.ports.in.tools.LogLevel;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

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
    private static final Set<String> METHODS = Set.of(
            DISCOVER,
            "tools/list",
            "tools/call",
            ContextMethods.RESOURCES_LIST,
            ContextMethods.RESOURCES_READ,
            ContextMethods.TEMPLATES_LIST,
            ContextMethods.PROMPTS_LIST,
            ContextMethods.PROMPTS_GET);

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
     * differently from an in-band error (HTTP maps these to 400 and 404). {@code transportCheck} runs
     * once the request's {@code _meta} is known to be complete and before its revision is judged:
     * headers that disagree with the body are a mismatch whatever revision the body names.
     * Notifications pass.
     */
    public static Optional<JsonRpcError> preflight(
            JsonNode message, Function<JsonNode, Optional<JsonRpcError>> transportCheck) {
        var incoming = IncomingMessage.classify(message);
        if (!(incoming instanceof IncomingMessage.Request request)) {
            return Optional.empty();
        }
        try {
            requireMetaKeys(request.params());
            var refused = transportCheck.apply(message);
            if (refused.isPresent()) {
                return refused;
            }
            envelope(request.params());
            requireMethod(request.method());
            return Optional.empty();
        } catch (JsonRpcError error) {
            return Optional.of(error);
        }
    }

    /** The revision a request names in its {@code _meta}, if it names one as a string. */
    public static Optional<String> requestedVersion(JsonNode message) {
        var version = message.path("params").path("_meta").path(PROTOCOL_VERSION_KEY);
        return version.isTextual() ? Optional.of(version.textValue()) : Optional.empty();
    }

    static Envelope envelope(ObjectNode params) throws JsonRpcError {
        requireMetaKeys(params);
        var meta = params.get("_meta");
        var version = meta.get(PROTOCOL_VERSION_KEY).textValue();
        if (!SUPPORTED.contains(version)) {
            var data = Messages.NODES.objectNode();
            SUPPORTED.forEach(data.putArray("supported")::add);
            data.put("requested", version);
            throw new JsonRpcError(
                    JsonRpcError.UNSUPPORTED_PROTOCOL_VERSION,
                    "Unsupported protocol version: this server serves " + String.join(", ", SUPPORTED)
                            + " without a handshake, and " + ProtocolVersion.values()[0].wireName() + " to "
                            + ProtocolVersion.LATEST.wireName() + " after initialize.",
                    data);
        }
        var level = meta.get(LOG_LEVEL_KEY);
        var logLevel = level == null ? Optional.<LogLevel>empty() : LogLevel.fromWireName(level.textValue());
        return new Envelope(version, (ObjectNode) meta.get(CLIENT_CAPABILITIES_KEY), logLevel);
    }

    /** The required keys are there with the right types, and a log level, if named, is a level. */
    private static void requireMetaKeys(ObjectNode params) throws JsonRpcError {
        var meta = params.path("_meta");
        if (!meta.path(PROTOCOL_VERSION_KEY).isTextual()) {
            throw missing(PROTOCOL_VERSION_KEY + "\" (a string)");
        }
        if (!meta.path(CLIENT_CAPABILITIES_KEY).isObject()) {
            throw missing(CLIENT_CAPABILITIES_KEY + "\" (an object)");
        }
        var level = meta.get(LOG_LEVEL_KEY);
        if (level != null
                && (!level.isTextual()
                        || LogLevel.fromWireName(level.textValue()).isEmpty())) {
            throw JsonRpcError.invalidParams("Invalid params: \"_meta." + LOG_LEVEL_KEY
                    + "\" must be one of debug, info, notice, warning, error, critical, alert, emergency.");
        }
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
