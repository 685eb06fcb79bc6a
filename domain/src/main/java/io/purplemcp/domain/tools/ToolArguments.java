package io.purplemcp.domain.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.purplemcp.ports.tools.ParameterSpec;
import io.purplemcp.ports.tools.ParameterType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The arguments of one call, checked against the tool's parameters and with defaults filled in.
 *
 * <p>Coercion is as lenient as the reference server's, so clients that worked there work here: an
 * integer may arrive as {@code 5}, {@code 5.0}, {@code "5"} or a boolean. Anything that would lose
 * information ({@code 5.5}, {@code null} for a non-nullable parameter) is refused with a message
 * naming the parameter. Unknown argument names are refused too: a misspelt {@code hour} must not
 * silently turn into the default.
 */
public final class ToolArguments {

    private final Map<String, Object> values;

    private ToolArguments(Map<String, Object> values) {
        this.values = values;
    }

    public static ToolArguments check(List<ParameterSpec> parameters, ObjectNode arguments) {
        rejectUnknownNames(parameters, arguments);
        var values = new LinkedHashMap<String, Object>();
        for (var parameter : parameters) {
            var sent = arguments.get(parameter.name());
            JsonNode effective = sent != null ? sent : parameter.defaultValue();
            if (effective == null) {
                throw new InvalidArgument("Missing required argument '" + parameter.name() + "'.");
            }
            values.put(parameter.name(), convert(parameter, effective));
        }
        return new ToolArguments(values);
    }

    private static void rejectUnknownNames(List<ParameterSpec> parameters, ObjectNode arguments) {
        var known = parameters.stream().map(ParameterSpec::name).collect(Collectors.toSet());
        var unknown = new ArrayList<String>();
        for (Iterator<String> names = arguments.fieldNames(); names.hasNext(); ) {
            var name = names.next();
            if (!known.contains(name)) {
                unknown.add("'" + name + "'");
            }
        }
        if (!unknown.isEmpty()) {
            var expected = parameters.isEmpty()
                    ? "This tool takes no arguments."
                    : "Expected only: "
                            + parameters.stream().map(ParameterSpec::name).collect(Collectors.joining(", "))
                            + ".";
            throw new InvalidArgument("Unknown argument " + String.join(", ", unknown) + ". " + expected);
        }
    }

    private static Object convert(ParameterSpec parameter, JsonNode value) {
        if (value.isNull()) {
            if (parameter.nullable()) {
                return Nothing.INSTANCE;
            }
            throw wrongType(parameter, value);
        }
        return switch (parameter.type()) {
            case STRING -> string(parameter, value);
            case INTEGER -> integer(parameter, value);
            case NUMBER -> number(parameter, value);
            case BOOLEAN -> bool(parameter, value);
        };
    }

    private static String string(ParameterSpec parameter, JsonNode value) {
        if (!value.isTextual()) {
            throw wrongType(parameter, value);
        }
        var text = value.textValue();
        if (!parameter.allowedValues().isEmpty() && !parameter.allowedValues().contains(text)) {
            throw new InvalidArgument("Invalid value for '" + parameter.name() + "': must be one of "
                    + parameter.allowedValues().stream().map(v -> "'" + v + "'").collect(Collectors.joining(", "))
                    + ".");
        }
        return text;
    }

    private static long integer(ParameterSpec parameter, JsonNode value) {
        if (value.isBoolean()) {
            return value.booleanValue() ? 1 : 0;
        }
        BigDecimal number;
        if (value.isNumber()) {
            number = value.decimalValue();
        } else if (value.isTextual()) {
            try {
                number = new BigDecimal(value.textValue().strip());
            } catch (NumberFormatException e) {
                throw wrongType(parameter, value);
            }
        } else {
            throw wrongType(parameter, value);
        }
        try {
            return number.stripTrailingZeros().longValueExact();
        } catch (ArithmeticException e) {
            throw wrongType(parameter, value);
        }
    }

    private static double number(ParameterSpec parameter, JsonNode value) {
        if (!value.isNumber()) {
            throw wrongType(parameter, value);
        }
        return value.doubleValue();
    }

    private static boolean bool(ParameterSpec parameter, JsonNode value) {
        if (!value.isBoolean()) {
            throw wrongType(parameter, value);
        }
        return value.booleanValue();
    }

    private static InvalidArgument wrongType(ParameterSpec parameter, JsonNode value) {
        var expected = parameter.type() == ParameterType.INTEGER
                ? "an integer"
                : "a " + parameter.type().jsonSchemaName();
        var nullable = parameter.nullable() ? " or null" : "";
        return new InvalidArgument("Invalid value for '" + parameter.name() + "': expected " + expected + nullable
                + ", got " + describe(value) + ".");
    }

    private static String describe(JsonNode value) {
        if (value.isNull()) {
            return "null";
        }
        if (value.isTextual()) {
            return "a string";
        }
        if (value.isNumber()) {
            return value.isIntegralNumber() ? "an integer" : "a number with a fraction";
        }
        return value.isBoolean() ? "a boolean" : value.isArray() ? "an array" : "an object";
    }

    /** The string value, empty when the parameter is nullable and was omitted or null. */
    public Optional<String> optionalString(String name) {
        var value = lookup(name);
        return value == Nothing.INSTANCE ? Optional.empty() : Optional.of((String) value);
    }

    public String string(String name) {
        return optionalString(name)
                .orElseThrow(() -> new IllegalStateException("parameter " + name + " is nullable; use optionalString"));
    }

    public long integer(String name) {
        return (Long) lookup(name);
    }

    public double number(String name) {
        return (Double) lookup(name);
    }

    public boolean bool(String name) {
        return (Boolean) lookup(name);
    }

    private Object lookup(String name) {
        var value = values.get(name);
        if (value == null) {
            throw new IllegalArgumentException("the tool declares no parameter " + name);
        }
        return value;
    }

    private enum Nothing {
        INSTANCE
    }
}
