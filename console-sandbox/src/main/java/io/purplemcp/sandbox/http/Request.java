package io.purplemcp.sandbox.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One request as a route handler sees it: the body is already read, header names are
 * case-insensitive, and the path groups of the route's pattern are percent-decoded.
 *
 * @param method the HTTP method, upper case
 * @param path the raw (still percent-encoded) request path
 * @param query the raw query string, empty when there is none
 * @param headers the request headers; the map's keys compare case-insensitively
 * @param body the request body, possibly empty
 * @param pathGroups the decoded capturing groups of the route pattern that matched
 */
public record Request(
        String method,
        String path,
        String query,
        Map<String, List<String>> headers,
        byte[] body,
        List<String> pathGroups) {

    /** The first value of a header, if the request carried it. */
    public Optional<String> header(String name) {
        var values = headers.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** The first value of a query parameter, percent-decoded. */
    public Optional<String> queryParameter(String name) {
        for (var pair : query.split("&", -1)) {
            var equals = pair.indexOf('=');
            var key = equals < 0 ? pair : pair.substring(0, equals);
            if (decode(key).equals(name)) {
                return Optional.of(equals < 0 ? "" : decode(pair.substring(equals + 1)));
            }
        }
        return Optional.empty();
    }

    /** The body as UTF-8 text. */
    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** Whether the request declared a JSON body ({@code Content-Type: application/json}, parameters allowed). */
    public boolean hasJsonContentType() {
        return header("Content-Type")
                .map(value -> value.split(";", 2)[0].trim().equalsIgnoreCase("application/json"))
                .orElse(false);
    }

    /**
     * The body of a request that must declare and carry a JSON object.
     *
     * @throws NotAJsonObject with the status to answer: 415 without a JSON content type, else 400
     */
    public ObjectNode jsonObject(ObjectMapper json) throws NotAJsonObject {
        if (!hasJsonContentType()) {
            throw new NotAJsonObject(415, "Content-Type must be application/json");
        }
        JsonNode parsed;
        try {
            parsed = json.readTree(body);
        } catch (IOException e) {
            throw new NotAJsonObject(400, "the request body is not valid JSON");
        }
        if (parsed instanceof ObjectNode object) {
            return object;
        }
        throw new NotAJsonObject(400, "the request body must be a JSON object");
    }

    /** Why a body is not the JSON object a route wants, and the status that says so. */
    public static final class NotAJsonObject extends Exception {

        private static final long serialVersionUID = 1L;

        private final int status;

        NotAJsonObject(int status, String message) {
            super(message);
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    static String decode(String raw) {
        // URLDecoder turns '+' into a space (form encoding); in a URI path or query a '+' is itself.
        return URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
