package io.purplemcp.ports.in.tools;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a successful call returns, so structured clients can be told in advance.
 *
 * <p>A tool whose answer is a JSON document declares that document's JSON Schema (an output schema)
 * and answers with {@link ToolResult.Structured}; a tool whose answer is prose declares none and
 * answers with {@link ToolResult.Text}. The root of a schema is always {@code "type": "object"}: MCP
 * 2025-06-18 and 2025-11-25 allow nothing else, and one schema serves every revision
 * (docs/decisions/0018-structured-output.md).
 */
public record ResultShape(Optional<ObjectNode> outputSchema) {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    public ResultShape {
        outputSchema = Objects.requireNonNull(outputSchema, "outputSchema").map(ObjectNode::deepCopy);
        outputSchema.ifPresent(schema -> {
            if (!"object".equals(schema.path("type").asText())) {
                throw new IllegalArgumentException("an output schema describes an object: " + schema);
            }
        });
    }

    @Override
    public Optional<ObjectNode> outputSchema() {
        return outputSchema.map(ObjectNode::deepCopy);
    }

    /** Whether clients are told the answer's schema; without copying it, as every structured answer asks. */
    public boolean declaresSchema() {
        return outputSchema.isPresent();
    }

    /**
     * Whether a tool of this shape may end with {@code result}: a failure always, a document only with
     * an output schema, prose only without one, since a client holds a successful answer to the schema.
     */
    public boolean admits(ToolResult result) {
        if (result instanceof ToolResult.Structured) {
            return outputSchema.isPresent();
        }
        return result instanceof ToolResult.Failure || outputSchema.isEmpty();
    }

    /** Prose for the model: no output schema, no structured content. */
    public static ResultShape text() {
        return new ResultShape(Optional.empty());
    }

    /** A JSON object described by {@code schema}. */
    public static ResultShape document(ObjectNode schema) {
        return new ResultShape(Optional.of(schema));
    }

    /** An object whose listed keys all hold strings, all of them always present. */
    public static ResultShape objectOfStrings(List<String> properties) {
        if (properties.isEmpty()) {
            throw new IllegalArgumentException("a result shape names at least one property");
        }
        var schema = NODES.objectNode().put("type", "object");
        var described = schema.putObject("properties");
        var required = schema.putArray("required");
        for (var name : properties) {
            described.putObject(name).put("type", "string");
            required.add(name);
        }
        return document(schema);
    }
}
