package io.purplemcp.domain.tools;

import com.fasterxml.jackson.databind.JsonNode;
import io.purplemcp.domain.json.JsonText;

/** An argument that carries JSON written as a string, as fields and filters do. */
public final class JsonArgument {

    private JsonArgument() {}

    /**
     * {@code text}, the value of {@code name}, parsed.
     *
     * @param shorter the advice after a text longer than {@code maxLength}
     * @param send the advice after a text that is not JSON
     * @throws InvalidArgument saying what to change
     */
    public static JsonNode parse(String name, String text, int maxLength, String shorter, String send) {
        if (text.length() > maxLength) {
            throw new InvalidArgument(
                    name + " is too large: " + text.length() + " characters, at most " + maxLength + ". " + shorter);
        }
        try {
            return JsonText.parse(text, name, JsonText.MAX_DEPTH);
        } catch (JsonText.Malformed e) {
            throw new InvalidArgument("Invalid JSON in " + name + ": " + e.getMessage() + ". " + send);
        }
    }
}
