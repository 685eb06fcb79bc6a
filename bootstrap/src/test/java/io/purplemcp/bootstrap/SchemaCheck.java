package io.purplemcp.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A JSON Schema validator for the keywords our output schemas use: {@code type}, {@code properties},
 * {@code required}, {@code items}, {@code anyOf}, {@code enum}, {@code additionalProperties}. Any other
 * keyword is reported as an error, so a schema cannot outgrow what this checks without a failing test.
 */
final class SchemaCheck {

    private static final Set<String> KEYWORDS =
            Set.of("type", "properties", "required", "items", "anyOf", "enum", "additionalProperties");

    private SchemaCheck() {}

    /** Every way {@code value} breaks {@code schema}; empty when it conforms. */
    static List<String> errors(JsonNode schema, JsonNode value) {
        var errors = new ArrayList<String>();
        check(schema, value, "$", errors);
        return errors;
    }

    private static void check(JsonNode schema, JsonNode value, String path, List<String> errors) {
        if (!schema.isObject()) {
            errors.add(path + ": the schema is not an object");
            return;
        }
        schema.fieldNames().forEachRemaining(keyword -> {
            if (!KEYWORDS.contains(keyword)) {
                errors.add(path + ": unsupported keyword " + keyword);
            }
        });
        var type = schema.get("type");
        if (type != null && !hasType(type, value)) {
            errors.add(path + ": " + kind(value) + " is not " + type);
        }
        var choices = schema.get("enum");
        if (choices != null && !contains(choices, value)) {
            errors.add(path + ": " + value + " is not one of " + choices);
        }
        var anyOf = schema.get("anyOf");
        if (anyOf != null) {
            boolean matched = false;
            for (var option : anyOf) {
                matched |= errors(option, value).isEmpty();
            }
            if (!matched) {
                errors.add(path + ": matches none of " + anyOf);
            }
        }
        if (value.isObject()) {
            object(schema, value, path, errors);
        }
        var items = schema.get("items");
        if (items != null && value.isArray()) {
            for (int i = 0; i < value.size(); i++) {
                check(items, value.get(i), path + "[" + i + "]", errors);
            }
        }
    }

    private static void object(JsonNode schema, JsonNode value, String path, List<String> errors) {
        var properties = schema.path("properties");
        for (var required : schema.path("required")) {
            if (!value.has(required.asText())) {
                errors.add(path + ": lacks required " + required.asText());
            }
        }
        var additional = schema.get("additionalProperties");
        value.properties().forEach(entry -> {
            var property = properties.get(entry.getKey());
            var at = path + "." + entry.getKey();
            if (property != null) {
                check(property, entry.getValue(), at, errors);
            } else if (additional != null && additional.isBoolean() && !additional.booleanValue()) {
                errors.add(at + ": not allowed");
            } else if (additional != null && additional.isObject()) {
                check(additional, entry.getValue(), at, errors);
            }
        });
    }

    private static boolean hasType(JsonNode type, JsonNode value) {
        if (type.isArray()) {
            for (var one : type) {
                if (hasType(one, value)) {
                    return true;
                }
            }
            return false;
        }
        return switch (type.asText()) {
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "string" -> value.isTextual();
            case "boolean" -> value.isBoolean();
            case "null" -> value.isNull();
            case "number" -> value.isNumber();
            // JSON Schema counts 1.0 as an integer: the value, not its spelling, decides.
            case "integer" ->
                value.isIntegralNumber()
                        || (value.isNumber()
                                && value.decimalValue().stripTrailingZeros().scale() <= 0);
            default -> false;
        };
    }

    private static boolean contains(JsonNode choices, JsonNode value) {
        for (var choice : choices) {
            if (choice.equals(value)) {
                return true;
            }
        }
        return false;
    }

    private static String kind(JsonNode value) {
        return value.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }
}
