package io.purplemcp.ports.in.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.List;
import java.util.Objects;

/**
 * One parameter of a tool: what the model may send and what it gets when it sends nothing.
 *
 * <p>A parameter is either required (no default) or optional with a default; an optional nullable
 * parameter defaults to {@code null}. {@code allowedValues}, when not empty, restricts a string to
 * an enumeration.
 */
public record ParameterSpec(
        String name,
        ParameterType type,
        boolean required,
        boolean nullable,
        JsonNode defaultValue,
        List<String> allowedValues,
        String description) {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    public ParameterSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(description, "description");
        allowedValues = List.copyOf(allowedValues);
        if (name.isBlank()) {
            throw new IllegalArgumentException("a parameter needs a name");
        }
        if (required == (defaultValue != null)) {
            throw new IllegalArgumentException(
                    "parameter " + name + ": a required parameter has no default, an optional one has one");
        }
        if (defaultValue != null && defaultValue.isNull() && !nullable) {
            throw new IllegalArgumentException("parameter " + name + ": only a nullable parameter defaults to null");
        }
        if (!defaultValue(defaultValue).isValueNode()) {
            throw new IllegalArgumentException("parameter " + name + ": defaults are scalar values");
        }
        if (!allowedValues.isEmpty() && type != ParameterType.STRING) {
            throw new IllegalArgumentException("parameter " + name + ": only strings can be enumerations");
        }
    }

    private static JsonNode defaultValue(JsonNode value) {
        return value == null ? NODES.nullNode() : value;
    }

    public static ParameterSpec requiredString(String name, String description) {
        return new ParameterSpec(name, ParameterType.STRING, true, false, null, List.of(), description);
    }

    /** An optional string the model may omit or send as {@code null}. */
    public static ParameterSpec nullableString(String name, String description) {
        return new ParameterSpec(name, ParameterType.STRING, false, true, NODES.nullNode(), List.of(), description);
    }

    public static ParameterSpec integer(String name, long defaultValue, String description) {
        return new ParameterSpec(
                name, ParameterType.INTEGER, false, false, NODES.numberNode(defaultValue), List.of(), description);
    }

    public static ParameterSpec choice(String name, String defaultValue, List<String> allowed, String description) {
        if (!allowed.contains(defaultValue)) {
            throw new IllegalArgumentException("parameter " + name + ": the default must be one of the choices");
        }
        return new ParameterSpec(
                name, ParameterType.STRING, false, false, NODES.textNode(defaultValue), allowed, description);
    }
}
