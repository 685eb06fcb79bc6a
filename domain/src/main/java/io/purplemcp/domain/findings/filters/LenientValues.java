package io.purplemcp.domain.findings.filters;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads filter values as leniently as the reference did, so clients written for it keep working: a
 * boolean may be {@code "yes"} or {@code 1}, an integer {@code "7"} or {@code 5.0}. Anything that would
 * lose information is refused with a reason written for the model.
 */
final class LenientValues {

    /** Above this, an epoch timestamp has more than 13 digits: microseconds or nanoseconds, not milliseconds. */
    static final long MAX_MILLIS = 9_999_999_999_999L;
    /** Below this (March 1973), an epoch timestamp is almost certainly in seconds. */
    static final long MIN_MILLIS = 100_000_000_000L;

    private static final Pattern INTEGER_TEXT = Pattern.compile("\\s*[+-]?[0-9]+(_[0-9]+)*\\s*");
    private static final Set<String> TRUE_WORDS = Set.of("true", "1", "yes", "on", "t", "y");
    private static final Set<String> FALSE_WORDS = Set.of("false", "0", "no", "off", "f", "n");
    private static final int MAX_DIGITS = 19;

    private LenientValues() {}

    /** A value that cannot be read as the type asked for; the message is a sentence for the model. */
    static final class Rejected extends Exception {
        private static final long serialVersionUID = 1L;

        Rejected(String message) {
            super(message);
        }
    }

    /** A boolean; empty for JSON null where {@code nullable}. */
    static Optional<Boolean> bool(String what, JsonNode value, boolean nullable) throws Rejected {
        if (value.isNull() && nullable) {
            return Optional.empty();
        }
        if (value.isBoolean()) {
            return Optional.of(value.booleanValue());
        }
        if (value.isIntegralNumber() && value.canConvertToInt() && (value.intValue() == 0 || value.intValue() == 1)) {
            return Optional.of(value.intValue() == 1);
        }
        if (value.isTextual()) {
            var word = value.textValue().strip().toLowerCase(Locale.ROOT);
            if (TRUE_WORDS.contains(word)) {
                return Optional.of(true);
            }
            if (FALSE_WORDS.contains(word)) {
                return Optional.of(false);
            }
        }
        throw new Rejected(what + " must be a boolean (true or false), got " + value + ".");
    }

    /** An integer between {@code min} and {@code max}: integral numbers, numeric text, or a boolean (1/0). */
    static long integer(String what, JsonNode value, long min, long max) throws Rejected {
        BigInteger number;
        if (value.isBoolean()) {
            number = value.booleanValue() ? BigInteger.ONE : BigInteger.ZERO;
        } else if (value.isNumber()) {
            number = exactInteger(value.decimalValue())
                    .orElseThrow(() -> new Rejected(what + " must be a whole number, got " + value + "."));
        } else {
            number = integerText(value)
                    .orElseThrow(() -> new Rejected(what + " must be an integer, got " + value + "."));
        }
        if (number.compareTo(BigInteger.valueOf(min)) < 0 || number.compareTo(BigInteger.valueOf(max)) > 0) {
            throw new Rejected(what + " must be between " + min + " and " + max + ", got " + value + "."
                    + (max == Integer.MAX_VALUE ? " Use the long_ filter types for larger numbers." : ""));
        }
        return number.longValueExact();
    }

    /**
     * Epoch milliseconds: an integer, numeric text, or a number (its fraction dropped). Booleans are refused,
     * and so are values that look like seconds (below 10^11) or like micro- or nanoseconds (over 13 digits).
     */
    static long millis(String what, JsonNode value) throws Rejected {
        Optional<BigInteger> number = Optional.empty();
        if (value.isNumber()) {
            number = truncated(value.decimalValue());
        } else if (value.isTextual()) {
            number = integerText(value);
        }
        var millis = number.orElseThrow(() -> new Rejected(what + " must be an integer (milliseconds since"
                + " 1970-01-01T00:00:00Z), got " + value + ". Convert ISO datetimes with the iso_to_unix_timestamp"
                + " tool."));
        if (millis.abs().compareTo(BigInteger.valueOf(MAX_MILLIS)) > 0) {
            throw new Rejected(what + " = " + millis + " has more than 13 digits: it looks like microseconds or"
                    + " nanoseconds. Use milliseconds; the iso_to_unix_timestamp tool gives them.");
        }
        long result = millis.longValueExact();
        if (result <= 0) {
            throw new Rejected(what + " = " + result + " is not a timestamp after 1970: use a positive number of"
                    + " milliseconds, e.g. from the iso_to_unix_timestamp tool.");
        }
        if (result < MIN_MILLIS) {
            throw new Rejected(what + " = " + result + " looks like seconds, not milliseconds: multiply it by 1000,"
                    + " or use the iso_to_unix_timestamp tool.");
        }
        return result;
    }

    private static Optional<BigInteger> integerText(JsonNode value) {
        if (!value.isTextual() || value.textValue().length() > 2 * MAX_DIGITS + 8) {
            return Optional.empty();
        }
        var text = value.textValue();
        if (!INTEGER_TEXT.matcher(text).matches()) {
            return Optional.empty();
        }
        return Optional.of(new BigInteger(text.strip().replace("_", "")));
    }

    private static Optional<BigInteger> exactInteger(BigDecimal number) {
        var stripped = number.stripTrailingZeros();
        if (stripped.scale() > 0) {
            return Optional.empty();
        }
        if (stripped.precision() - stripped.scale() > MAX_DIGITS + 1) {
            return Optional.of(outOfRange(number));
        }
        return Optional.of(stripped.toBigIntegerExact());
    }

    private static Optional<BigInteger> truncated(BigDecimal number) {
        int digits = number.precision() - number.scale();
        if (digits <= 0) {
            return Optional.of(BigInteger.ZERO);
        }
        return Optional.of(digits > MAX_DIGITS + 1 ? outOfRange(number) : number.toBigInteger());
    }

    /** A stand-in beyond every limit, for numbers too large to convert cheaply. */
    private static BigInteger outOfRange(BigDecimal number) {
        var huge = BigInteger.TEN.pow(MAX_DIGITS + 1);
        return number.signum() < 0 ? huge.negate() : huge;
    }
}
