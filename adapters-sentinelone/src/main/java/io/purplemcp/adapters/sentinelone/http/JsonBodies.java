package io.purplemcp.adapters.sentinelone.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.purplemcp.ports.out.upstream.UpstreamException;
import io.purplemcp.ports.out.upstream.UpstreamFailure;
import java.io.IOException;
import java.util.Locale;

/**
 * JSON into and out of the console's bodies, the same for every API: a request body that cannot be written is
 * a defect here; an answer that is not JSON, or not an object, is the console's malformed response.
 */
public final class JsonBodies {

    private JsonBodies() {}

    /** The body's bytes; {@code what} names the request in the defect's message. */
    public static byte[] write(ObjectMapper json, ObjectNode body, String what) {
        try {
            return json.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new IllegalStateException(what + " could not be written", e);
        }
    }

    /** The answer's body as a tree: missing when it is empty. */
    public static JsonNode read(ObjectMapper json, Response response) throws UpstreamException {
        try (var in = response.body().stream()) {
            return json.readTree(in);
        } catch (IOException e) {
            throw malformed("the answer is not JSON");
        }
    }

    /** The answer as an object, or a malformed response that names what came instead. */
    public static ObjectNode object(JsonNode answer) throws UpstreamException {
        if (answer == null || answer.isMissingNode()) {
            throw malformed("the answer is empty");
        }
        if (!answer.isObject()) {
            throw malformed("expected a JSON object, got " + typeName(answer));
        }
        return (ObjectNode) answer;
    }

    /** A node's JSON type as the failures name it: {@code array}, {@code string}, {@code null}, … */
    public static String typeName(JsonNode node) {
        return node.getNodeType() == JsonNodeType.POJO
                ? "a value"
                : node.getNodeType().name().toLowerCase(Locale.ROOT);
    }

    private static UpstreamException malformed(String detail) {
        return new UpstreamException(new UpstreamFailure.MalformedResponse(detail));
    }
}
