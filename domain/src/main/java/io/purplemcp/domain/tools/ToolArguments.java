package io.purplemcp.domain.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.purplemcp.ports.in.tools.ParameterSpec;
import io.purplemcp.ports.in.tools.ParameterType;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The arguments of one call, checked against the tool's parameters and with defaults filled in.
 *
 * <p>Coercion is as lenient as the reference server's, so clients that worked there work here: an
 * integer may arrive as {@code 5}, {@code 5.0}, {@code "5"}, {@code " -5.0 "} or a boolean. Anything that would lose
 * information ({@code 5.5}, {@code null} for a non-nullable parameter) is refused with a message
 * naming the parameter. Unknown argument names are refused too: a misspelt {@code hour} must not
 * silently turn into the default.
 */
public final class ToolArguments {

    private static final Pattern INTEGER_TEXT = Pattern.compile("([+-]?[0-9]+)(?:\\.0*)?");
    /** Longer integers are refused before any arithmetic: no limit of ours is anywhere near. */
    private static final int MAX_DIGITS = 100;

    private static final int MAX_ECHO = 40;

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

    private static BigInteger integer(ParameterSpec parameter, JsonNode value) {
        if (value.isBoolean()) {
            return value.booleanValue() ? BigInteger.ONE : BigInteger.ZERO;
        }
        if (value.isTextual()) {
            // As the reference: ASCII digits with an optional sign and an all-zero fraction, blanks around.
            // Exponents ("1e1") and other scripts' digits ("３") are refused.
            var text = value.textValue().strip();
            var match = INTEGER_TEXT.matcher(text);
            if (text.length() > MAX_DIGITS || !match.matches()) {
                throw wrongType(parameter, value);
            }
            return new BigInteger(match.group(1));
        }
        if (!value.isNumber()) {
            throw wrongType(parameter, value);
        }
        if (value.isIntegralNumber()) {
            return value.bigIntegerValue();
        }
        if (!Double.isFinite(value.doubleValue()) && !value.isBigDecimal()) {
            throw outOfRange(parameter, value.asText());
        }
        var number = value.decimalValue().stripTrailingZeros();
        if (number.scale() > 0) {
            throw wrongType(parameter, value);
        }
        if (number.precision() - number.scale() > MAX_DIGITS) {
            throw outOfRange(parameter, number.toString());
        }
        return number.toBigIntegerExact();
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

    private static InvalidArgument outOfRange(ParameterSpec parameter, String value) {
        return outOfRange(parameter.name(), value);
    }

    private static InvalidArgument outOfRange(String name, String value) {
        var shown = value.length() > MAX_ECHO ? value.substring(0, MAX_ECHO) + "…" : value;
        return new InvalidArgument("Invalid value for '" + name + "': " + shown + " is out of range; expected an"
                + " integer from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE + ".");
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

    /** The integer value; one beyond 64 bits is refused with a message that says so. */
    public long integer(String name) {
        var value = exactInteger(name);
        if (value.bitLength() >= Long.SIZE) {
            throw outOfRange(name, value.toString());
        }
        return value.longValueExact();
    }

    /**
     * The integer value as sent, however large, for parameters whose own checks name their range or that
     * have no upper bound.
     */
    public BigInteger exactInteger(String name) {
        return optionalExactInteger(name)
                .orElseThrow(() ->
                        new IllegalStateException("parameter " + name + " is nullable; use optionalExactInteger"));
    }

    /** As {@link #exactInteger}, empty when the parameter is nullable and was omitted or null. */
    public Optional<BigInteger> optionalExactInteger(String name) {
        var value = lookup(name);
        return value == Nothing.INSTANCE ? Optional.empty() : Optional.of((BigInteger) value);
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
