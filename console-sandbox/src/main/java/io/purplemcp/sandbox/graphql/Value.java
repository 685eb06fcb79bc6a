package io.purplemcp.sandbox.graphql;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A GraphQL input value as written in a document. */
public sealed interface Value
        permits Value.StringValue,
                Value.IntValue,
                Value.FloatValue,
                Value.BooleanValue,
                Value.NullValue,
                Value.EnumValue,
                Value.ListValue,
                Value.ObjectValue,
                Value.Variable {

    /** {@code "text"} or a block string. */
    record StringValue(String value) implements Value {}

    /** {@code 42}. */
    record IntValue(BigInteger value) implements Value {}

    /** {@code 4.2e1}. */
    record FloatValue(BigDecimal value) implements Value {}

    /** {@code true} / {@code false}. */
    record BooleanValue(boolean value) implements Value {}

    /** {@code null}. */
    record NullValue() implements Value {}

    /** A bare name such as {@code NATURAL_LANGUAGE}. */
    record EnumValue(String name) implements Value {}

    /** {@code [a, b]}. */
    record ListValue(List<Value> values) implements Value {
        public ListValue {
            values = List.copyOf(values);
        }
    }

    /** {@code {key: value}}; keys keep their order. */
    record ObjectValue(Map<String, Value> fields) implements Value {
        public ObjectValue {
            fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        }
    }

    /** {@code $name}. */
    record Variable(String name) implements Value {}

    /** A short description of the value's kind, for validation messages. */
    default String kind() {
        return kindOf(this);
    }

    private static String kindOf(Value value) {
        if (value instanceof IntValue) {
            return "an integer";
        }
        if (value instanceof FloatValue) {
            return "a float";
        }
        if (value instanceof BooleanValue) {
            return "a boolean";
        }
        if (value instanceof NullValue) {
            return "null";
        }
        if (value instanceof EnumValue enumValue) {
            return "the enum value " + enumValue.name();
        }
        if (value instanceof ListValue) {
            return "a list";
        }
        if (value instanceof ObjectValue) {
            return "an object";
        }
        if (value instanceof Variable variable) {
            return "the variable $" + variable.name();
        }
        return "a string";
    }
}
