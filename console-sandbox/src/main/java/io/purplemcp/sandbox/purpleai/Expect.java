package io.purplemcp.sandbox.purpleai;

import io.purplemcp.sandbox.graphql.Value;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** An expectation on a GraphQL input value; problems are collected with the value's path. */
@FunctionalInterface
interface Expect {

    void check(String path, Value value, List<String> problems);

    static Expect string() {
        return (path, value, problems) -> {
            if (!(value instanceof Value.StringValue)) {
                problems.add(path + " must be a string literal, found " + value.kind());
            }
        };
    }

    static Expect stringOrNull() {
        return (path, value, problems) -> {
            if (!(value instanceof Value.StringValue) && !(value instanceof Value.NullValue)) {
                problems.add(path + " must be a string literal or null, found " + value.kind());
            }
        };
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
        return (path, value, problems) -> {
            if (!(value instanceof Value.EnumValue enumValue)
                    || !enumValue.name().equals(name)) {
                problems.add(path + " must be the enum value " + name + ", found " + value.kind());
            }
        };
    }

    static Expect bool(boolean expected) {
        return (path, value, problems) -> {
            if (!(value instanceof Value.BooleanValue bool) || bool.value() != expected) {
                problems.add(path + " must be " + expected + ", found " + value.kind());
            }
        };
    }

    static Expect epochMillis() {
        return (path, value, problems) -> {
            if (!(value instanceof Value.IntValue number)
                    || number.value().signum() < 0
                    || number.value().bitLength() > 62
                    || number.value().longValue() < 100_000_000_000L) {
                problems.add(path + " must be epoch milliseconds as an integer literal, found " + value.kind());
            }
        };
    }

    static Expect nullValue() {
        return (path, value, problems) -> {
            if (!(value instanceof Value.NullValue)) {
                problems.add(path + " must be null, found " + value.kind());
            }
        };
    }

    static Expect emptyList() {
        return (path, value, problems) -> {
            if (!(value instanceof Value.ListValue list) || !list.values().isEmpty()) {
                problems.add(path + " must be an empty list, found " + value.kind());
            }
        };
    }

    static Expect variable(String name) {
        return (path, value, problems) -> {
            if (!(value instanceof Value.Variable variable) || !variable.name().equals(name)) {
                problems.add(path + " must be the variable $" + name + ", found " + value.kind());
            }
        };
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
