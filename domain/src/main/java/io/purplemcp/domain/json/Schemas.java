package io.purplemcp.domain.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Small JSON Schema fragments for output schemas. They say types and required keys only: every
 * tools/list carries them into the model's context, so descriptions stay in the tool description.
 */
public final class Schemas {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Schemas() {}

    public static ObjectNode type(String name) {
        return NODES.objectNode().put("type", name);
    }

    /** Any JSON value: for what the console may send in a shape of its own. */
    public static ObjectNode any() {
        return NODES.objectNode();
    }

    public static ObjectNode array(ObjectNode items) {
        var schema = type("array");
        schema.set("items", items);
        return schema;
    }

    /** {@code anyOf [schema, null]}: the spelling the input schemas use too, which every client reads. */
    public static ObjectNode orNull(ObjectNode schema) {
        var nullable = NODES.objectNode();
        nullable.putArray("anyOf").add(schema).add(type("null"));
        return nullable;
    }

    /** An object; start with {@link ObjectSchema#required} and {@link ObjectSchema#optional}. */
    public static ObjectSchema object() {
        return new ObjectSchema(type("object"));
    }

    /** An object schema under construction; {@link #build()} hands out a copy. */
    public record ObjectSchema(ObjectNode schema) {

        public ObjectSchema required(String key, ObjectNode property) {
            optional(key, property);
            var required = schema.get("required");
            (required == null ? schema.putArray("required") : (ArrayNode) required).add(key);
            return this;
        }

        public ObjectSchema optional(String key, ObjectNode property) {
            var properties = schema.get("properties");
            (properties == null ? schema.putObject("properties") : (ObjectNode) properties).set(key, property);
            return this;
        }

        public ObjectNode build() {
            return schema.deepCopy();
        }
    }
}
