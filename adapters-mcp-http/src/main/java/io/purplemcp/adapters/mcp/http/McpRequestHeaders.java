package io.purplemcp.adapters.mcp.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.Headers;
import io.purplemcp.adapters.mcp.protocol.JsonRpcError;
import io.purplemcp.adapters.mcp.protocol.ModernEra;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

/**
 * The 2026-07-28 request headers that mirror the body ({@code MCP-Protocol-Version}, {@code Mcp-Method},
 * {@code Mcp-Name}). Proxies route on them without parsing JSON, so a request whose headers say one
 * thing and whose body another is refused: otherwise what was routed and what runs could differ.
 */
final class McpRequestHeaders {

    static final String METHOD_HEADER = "Mcp-Method";
    static final String NAME_HEADER = "Mcp-Name";

    // Which body member Mcp-Name mirrors, per method; other methods carry no Mcp-Name.
    private static final Map<String, String> NAME_SOURCES =
            Map.of("tools/call", "name", "prompts/get", "name", "resources/read", "uri");
    private static final String BASE64_PREFIX = "=?base64?";
    private static final String BASE64_SUFFIX = "?=";

    private McpRequestHeaders() {}

    /** A -32020 error naming the first header that is missing or disagrees with {@code request}, if any. */
    static Optional<JsonRpcError> check(Headers headers, JsonNode request) {
        var method = request.path("method").asText();
        var params = request.path("params");
        var problem = mismatch(
                        headers,
                        StreamablePost.PROTOCOL_VERSION_HEADER,
                        ModernEra.requestedVersion(request).orElse(""))
                .or(() -> mismatch(headers, METHOD_HEADER, method))
                .or(() -> Optional.ofNullable(NAME_SOURCES.get(method))
                        .flatMap(member -> mismatch(
                                headers, NAME_HEADER, params.path(member).asText())));
        return problem.map(why -> new JsonRpcError(JsonRpcError.HEADER_MISMATCH, "Header mismatch: " + why));
    }

    private static Optional<String> mismatch(Headers headers, String name, String bodyValue) {
        var values = headers.get(name);
        if (values == null || values.isEmpty()) {
            return Optional.of("the " + name + " header is required and must repeat the body's value.");
        }
        if (values.size() > 1) {
            return Optional.of("the " + name + " header must appear once.");
        }
        var decoded = decode(values.get(0).trim());
        if (decoded.isEmpty()) {
            return Optional.of("the " + name + " header is not valid base64 between =?base64? and ?=.");
        }
        if (!decoded.get().equals(bodyValue)) {
            return Optional.of("the " + name + " header differs from the body.");
        }
        return Optional.empty();
    }

    /** Values that are not plain visible ASCII travel base64-encoded between fixed markers. */
    static Optional<String> decode(String value) {
        if (!value.startsWith(BASE64_PREFIX)
                || !value.endsWith(BASE64_SUFFIX)
                || value.length() < BASE64_PREFIX.length() + BASE64_SUFFIX.length()) {
            return Optional.of(value);
        }
        var encoded = value.substring(BASE64_PREFIX.length(), value.length() - BASE64_SUFFIX.length());
        try {
            return Optional.of(new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }
}
