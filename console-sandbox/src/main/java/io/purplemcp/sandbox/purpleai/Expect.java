package io.purplemcp.sandbox.purpleai;

import io.purplemcp.sandbox.graphql.Value;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** An expectation on a GraphQL input value; problems are collected with the value's path. */
@FunctionalInterface
interface Expect {

    void check(String path, Value value, List<String> problems);

    /** A value that {@code holds}; the problem otherwise reads "<path> must be <what>, found <its kind>". */
    private static Expect that(Predicate<Value> holds, String what) {
        return (path, value, problems) -> {
            if (!holds.test(value)) {
                problems.add(path + " must be " + what + ", found " + value.kind());
            }
        };
    }

    static Expect string() {
        return that(value -> value instanceof Value.StringValue, "a string literal");
    }

    static Expect stringOrNull() {
        return that(
                value -> value instanceof Value.StringValue || value instanceof Value.NullValue,
                "a string literal or null");
    }

    static Expect stringMatching(Pattern pattern, String description) {
        return (path, value, problems) -> {
            if (!(value instanceof Value.StringValue string)
                    || !pattern.matcher(string.value()).matches()) {
                problems.add(path + " must be " + description + ", found "
                        + (value instanceof Value.StringValue string ? "\"" + string.value() + "\"" : value.kind()));
            }
        };
    }

    static Expect enumValue(String name) {
        return that(
                value -> value instanceof Value.EnumValue enumValue
                        && enumValue.name().equals(name),
                "the enum value " + name);
    }

    static Expect bool(boolean expected) {
        return that(
                value -> value instanceof Value.BooleanValue bool && bool.value() == expected,
                String.valueOf(expected));
    }

    static Expect epochMillis() {
        return that(
                value -> value instanceof Value.IntValue number
                        && number.value().signum() >= 0
                        && number.value().bitLength() <= 62
                        && number.value().longValue() >= 100_000_000_000L,
                "epoch milliseconds as an integer literal");
    }

    static Expect nullValue() {
        return that(value -> value instanceof Value.NullValue, "null");
    }

    static Expect emptyList() {
        return that(
                value -> value instanceof Value.ListValue list && list.values().isEmpty(), "an empty list");
    }

    static Expect variable(String name) {
        return that(
                value -> value instanceof Value.Variable variable
                        && variable.name().equals(name),
                "the variable $" + name);
    }

    /** An input object with exactly these fields. */
    static Expect object(Object... namesAndExpectations) {
        var fields = new LinkedHashMap<String, Expect>();
        for (var i = 0; i < namesAndExpectations.length; i += 2) {
            fields.put((String) namesAndExpectations[i], (Expect) namesAndExpectations[i + 1]);
        }
        return object(fields);
    }

    private static Expect object(Map<String, Expect> fields) {
        return (path, value, problems) -> {
            if (!(value instanceof Value.ObjectValue object)) {
                problems.add(path + " must be an input object, found " + value.kind());
                return;
            }
            fields.forEach((name, expectation) -> {
                var field = object.fields().get(name);
                if (field == null) {
                    problems.add(path + "." + name + " is missing");
                } else {
                    expectation.check(path + "." + name, field, problems);
                }
            });
            object.fields().keySet().stream()
                    .filter(name -> !fields.containsKey(name))
                    .forEach(name -> problems.add(
                            path + "." + name + " is not a field of the request (docs/decisions/0015-purple-ai.md)"));
        };
    }
}
