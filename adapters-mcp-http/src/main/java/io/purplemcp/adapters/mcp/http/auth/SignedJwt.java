package io.purplemcp.adapters.mcp.http.auth;

import com.fasterxml.jackson.databind.JsonNode;
import io.purplemcp.adapters.mcp.protocol.JsonCodec;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A compact JWS split into its parts, nothing verified yet.
 *
 * @param signingInput the ASCII bytes the signature covers: {@code header.payload} as received
 */
record SignedJwt(JsonNode header, JsonNode claims, byte[] signingInput, byte[] signature) {

    /** Empty when the text is not three base64url parts of which the first two are JSON objects. */
    static Optional<SignedJwt> parse(String compact, JsonCodec codec) {
        if (compact.length() > AuthorizationHeader.MAX_TOKEN_CHARS) {
            return Optional.empty();
        }
        int first = compact.indexOf('.');
        int second = first < 0 ? -1 : compact.indexOf('.', first + 1);
        if (first < 0 || second < 0 || compact.indexOf('.', second + 1) >= 0) {
            return Optional.empty();
        }
        try {
            var header = codec.parse(Base64Url.decode(compact.substring(0, first)));
            var claims = codec.parse(Base64Url.decode(compact.substring(first + 1, second)));
            var signature = Base64Url.decode(compact.substring(second + 1));
            if (!header.isObject() || !claims.isObject()) {
                return Optional.empty();
            }
            var input = compact.substring(0, second).getBytes(StandardCharsets.US_ASCII);
            return Optional.of(new SignedJwt(header, claims, input, signature));
        } catch (JsonCodec.MalformedJson | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    Optional<String> headerText(String name) {
        var value = header.get(name);
        return value != null && value.isTextual() ? Optional.of(value.textValue()) : Optional.empty();
    }
}
