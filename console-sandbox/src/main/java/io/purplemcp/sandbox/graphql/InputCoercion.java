package io.purplemcp.sandbox.graphql;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.util.List;

/**
 * Coerces input values (variables as JSON, arguments as literals) to their schema types, with the
 * messages of the reference implementation. The {@code JSON} scalar takes any value; {@code Long}
 * takes 64-bit integers.
 */
final class InputCoercion {

    /** A value that does not fit its type; {@code path} locates it inside a variable, empty at the top. */
    static final class Mismatch extends Exception {
        private static final long serialVersionUID = 1L;
        private final String path;

        Mismatch(String path, String reason) {
            super(reason);
            this.path = path;
        }

        String path() {
            return path;
        }
    }

    /** A variable used by a literal argument, with the type expected where it is used. */
    record VariableUse(String name, TypeRef expected) {}

    private static final BigInteger INT_MIN = BigInteger.valueOf(Integer.MIN_VALUE);
    private static final BigInteger INT_MAX = BigInteger.valueOf(Integer.MAX_VALUE);
    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private final Schema schema;
    private final JsonNodeFactory nodes = JsonNodeFactory.instance;

    InputCoercion(Schema schema) {
        this.schema = schema;
    }

    /** A variable's JSON value for its declared type. */
    JsonNode json(JsonNode value, TypeRef type, String path) throws Mismatch {
        if (type instanceof TypeRef.NonNull nonNull) {
            if (value == null || value.isNull()) {
                throw new Mismatch(path, "Expected non-nullable type \"" + type + "\" not to be null.");
            }
            return json(value, nonNull.of(), path);
        }
        if (value == null || value.isNull()) {
            return nodes.nullNode();
        }
        if (type instanceof TypeRef.ListOf list) {
            var array = nodes.arrayNode();
            if (value.isArray()) {
                for (var i = 0; i < value.size(); i++) {
                    array.add(json(value.get(i), list.of(), path + "[" + i + "]"));
                }
            } else {
                array.add(json(value, list.of(), path));
            }
            return array;
        }
        var named = schema.type(type.namedType()).orElseThrow();
        if (named instanceof TypeDef.InputType input) {
            if (!value.isObject()) {
                throw new Mismatch(path, "Expected type \"" + input.name() + "\" to be an object.");
            }
            var object = nodes.objectNode();
            var names = value.fieldNames();
            while (names.hasNext()) {
                var name = names.next();
                if (!input.fields().containsKey(name)) {
                    throw new Mismatch(path, "Field \"" + name + "\" is not defined by type \"" + input.name() + "\".");
                }
            }
            for (var field : input.fields().entrySet()) {
                var given = value.get(field.getKey());
                if (given == null) {
                    if (field.getValue().isNonNull()) {
                        throw new Mismatch(
                                path,
                                "Field \"" + field.getKey() + "\" of required type \"" + field.getValue()
                                        + "\" was not provided.");
                    }
                    continue;
                }
                object.set(field.getKey(), json(given, field.getValue(), path + "." + field.getKey()));
            }
            return object;
        }
        return leaf(named, value, path);
    }

    /**
     * An argument's literal for its type. Variables are looked up in {@code variables}; with
     * {@code variables == null} (validation) they are only collected into {@code uses}.
     *
     * @return the value, or {@code null} when it is a variable that was not given (or during validation)
     */
    JsonNode literal(Value value, TypeRef type, ObjectNode variables, List<VariableUse> uses, String path)
            throws Mismatch {
        if (value instanceof Value.Variable variable) {
            uses.add(new VariableUse(variable.name(), type));
            return variables == null ? null : variables.get(variable.name());
        }
        if (type instanceof TypeRef.NonNull nonNull) {
            if (value instanceof Value.NullValue) {
                throw new Mismatch(path, "Expected value of type \"" + type + "\", found null.");
            }
            return literal(value, nonNull.of(), variables, uses, path);
        }
        if (value instanceof Value.NullValue) {
            return nodes.nullNode();
        }
        if (type instanceof TypeRef.ListOf list) {
            var array = nodes.arrayNode();
            if (value instanceof Value.ListValue values) {
                for (var i = 0; i < values.values().size(); i++) {
                    var element = literal(values.values().get(i), list.of(), variables, uses, path + "[" + i + "]");
                    array.add(element == null ? nodes.nullNode() : element);
                }
            } else {
                var element = literal(value, list.of(), variables, uses, path);
                array.add(element == null ? nodes.nullNode() : element);
            }
            return array;
        }
        var named = schema.type(type.namedType()).orElseThrow();
        if (named instanceof TypeDef.InputType input) {
            if (!(value instanceof Value.ObjectValue object)) {
                throw new Mismatch(
                        path, "Expected value of type \"" + input.name() + "\", found " + value.kind() + ".");
            }
            for (var name : object.fields().keySet()) {
                if (!input.fields().containsKey(name)) {
                    throw new Mismatch(path, "Field \"" + name + "\" is not defined by type \"" + input.name() + "\".");
                }
            }
            var result = nodes.objectNode();
            for (var field : input.fields().entrySet()) {
                var given = object.fields().get(field.getKey());
                if (given == null) {
                    if (field.getValue().isNonNull()) {
                        throw new Mismatch(
                                path,
                                "Field \"" + input.name() + "." + field.getKey() + "\" of required type \""
                                        + field.getValue() + "\" was not provided.");
                    }
                    continue;
                }
                var coerced = literal(given, field.getValue(), variables, uses, path + "." + field.getKey());
                if (coerced != null) {
                    result.set(field.getKey(), coerced);
                }
            }
            return result;
        }
        if (named instanceof TypeDef.EnumType enumType) {
            if (!(value instanceof Value.EnumValue enumValue)) {
                throw new Mismatch(
                        path, "Enum \"" + enumType.name() + "\" cannot represent non-enum value: " + json(value) + ".");
            }
            if (!enumType.values().contains(enumValue.name())) {
                throw new Mismatch(
                        path, "Value \"" + enumValue.name() + "\" does not exist in \"" + enumType.name() + "\" enum.");
            }
            return nodes.textNode(enumValue.name());
        }
        if (value instanceof Value.EnumValue enumValue && !named.name().equals("JSON")) {
            throw new Mismatch(path, named.name() + " cannot represent the enum value " + enumValue.name());
        }
        return leaf(named, json(value), path);
    }

    private JsonNode leaf(TypeDef type, JsonNode value, String path) throws Mismatch {
        if (type instanceof TypeDef.EnumType enumType) {
            if (!value.isTextual()) {
                throw new Mismatch(
                        path, "Enum \"" + enumType.name() + "\" cannot represent non-string value: " + value + ".");
            }
            if (!enumType.values().contains(value.textValue())) {
                throw new Mismatch(path, "Value " + value + " does not exist in \"" + enumType.name() + "\" enum.");
            }
            return value;
        }
        return switch (type.name()) {
            case "String" -> {
                if (!value.isTextual()) {
                    throw new Mismatch(path, "String cannot represent a non string value: " + value);
                }
                yield value;
            }
            case "ID" -> {
                if (value.isTextual()) {
                    yield value;
                }
                if (value.isIntegralNumber()) {
                    yield nodes.textNode(value.bigIntegerValue().toString());
                }
                throw new Mismatch(path, "ID cannot represent value: " + value);
            }
            case "Boolean" -> {
                if (!value.isBoolean()) {
                    throw new Mismatch(path, "Boolean cannot represent a non boolean value: " + value);
                }
                yield value;
            }
            case "Int" ->
                nodes.numberNode(integer(value, INT_MIN, INT_MAX, "Int", "non 32-bit signed integer", path)
                        .intValue());
            case "Long" ->
                nodes.numberNode(integer(value, LONG_MIN, LONG_MAX, "Long", "non 64-bit signed integer", path)
                        .longValue());
            case "Float" -> {
                if (!value.isNumber()) {
                    throw new Mismatch(path, "Float cannot represent non numeric value: " + value);
                }
                yield nodes.numberNode(value.doubleValue());
            }
            default -> value; // JSON and other custom scalars take any value
        };
    }

    private static BigInteger integer(
            JsonNode value, BigInteger min, BigInteger max, String type, String rangeText, String path)
            throws Mismatch {
        BigInteger integer = null;
        if (value.isIntegralNumber()) {
            integer = value.bigIntegerValue();
        } else if (value.isNumber()) {
            var decimal = value.decimalValue();
            if (decimal.signum() == 0 || decimal.stripTrailingZeros().scale() <= 0) {
                integer = decimal.toBigInteger();
            }
        }
        if (integer == null) {
            throw new Mismatch(path, type + " cannot represent non-integer value: " + value);
        }
        if (integer.compareTo(min) < 0 || integer.compareTo(max) > 0) {
            throw new Mismatch(path, type + " cannot represent " + rangeText + " value: " + value);
        }
        return integer;
    }

    private JsonNode json(Value value) {
        if (value instanceof Value.StringValue string) {
            return nodes.textNode(string.value());
        }
        if (value instanceof Value.IntValue integer) {
            return nodes.numberNode(integer.value());
        }
        if (value instanceof Value.FloatValue decimal) {
            return nodes.numberNode(decimal.value());
        }
        if (value instanceof Value.BooleanValue bool) {
            return nodes.booleanNode(bool.value());
        }
        if (value instanceof Value.EnumValue enumValue) {
            return nodes.textNode(enumValue.name());
        }
        if (value instanceof Value.ListValue list) {
            var array = nodes.arrayNode();
            list.values().forEach(element -> array.add(json(element)));
            return array;
        }
        if (value instanceof Value.ObjectValue object) {
            var result = nodes.objectNode();
            object.fields().forEach((name, field) -> result.set(name, json(field)));
            return result;
        }
        return nodes.nullNode();
    }
}
