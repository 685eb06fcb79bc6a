package io.purplemcp.testsupport.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Tool arguments written the short way tests want them: alternating names and values. */
public final class ToolArgs {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ToolArgs() {}

    /** Values may be String, Integer, Long, Double, Boolean, BigInteger, null or any JsonNode. */
    public static ObjectNode of(Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values come in pairs");
        }
        var arguments = JsonNodeFactory.instance.objectNode();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            arguments.set((String) namesAndValues[i], node(namesAndValues[i + 1]));
        }
        return arguments;
    }

    private static JsonNode node(Object value) {
        return value == null ? JsonNodeFactory.instance.nullNode() : JSON.valueToTree(value);
    }
}
