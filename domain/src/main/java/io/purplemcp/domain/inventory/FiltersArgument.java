package io.purplemcp.domain.inventory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.purplemcp.domain.tools.InvalidArgument;
import io.purplemcp.ports.inventory.AssetFilter;
import java.math.BigInteger;
import java.util.Optional;

/**
 * Reads the {@code filters} argument of {@code search_inventory_items}: a JSON object written as a
 * string. The reader is strict JSON (RFC 8259) with limits, so nothing the model sends can make the
 * core work hard or reach the console in a shape it would choke on:
 *
 * <ul>
 *   <li>at most {@value #MAX_LENGTH} characters in all, containers nested at most {@value #MAX_DEPTH} deep;
 *   <li>every string (names and values) at most {@value #MAX_STRING} characters, no unpaired surrogates;
 *   <li>every array and object at most {@value #MAX_ENTRIES} entries (values per filter);
 *   <li>no name twice in one object (the console would see only one of them);
 *   <li>no {@code limit} or {@code skip} member: the page comes from the tool's own parameters.
 * </ul>
 *
 * Every problem is an {@link InvalidArgument} naming where it is; nothing else escapes.
 */
final class FiltersArgument {

    static final int MAX_LENGTH = 65_536;
    static final int MAX_STRING = 1_024;
    static final int MAX_ENTRIES = 100;
    static final int MAX_DEPTH = 16;

    static final String INVALID_JSON = "Invalid JSON in filters parameter: ";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private static final BigInteger INT_MIN = BigInteger.valueOf(Integer.MIN_VALUE);
    private static final BigInteger INT_MAX = BigInteger.valueOf(Integer.MAX_VALUE);
    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private final String text;
    private int at;

    private FiltersArgument(String text) {
        this.text = text;
    }

    /** No filters, an empty or blank string, or a JSON object within the limits. */
    static AssetFilter parse(Optional<String> raw) {
        if (raw.isEmpty() || raw.get().isBlank()) {
            return AssetFilter.none();
        }
        var text = raw.get();
        if (text.length() > MAX_LENGTH) {
            throw new InvalidArgument("filters is too long: at most " + MAX_LENGTH + " characters, got " + text.length()
                    + ". Use fewer or shorter criteria.");
        }
        var value = new FiltersArgument(text).document();
        if (!value.isObject()) {
            throw new InvalidArgument(
                    "filters must be a JSON object such as {\"assetStatus\": [\"Active\"]}, got " + kind(value) + ".");
        }
        var criteria = (ObjectNode) value;
        if (criteria.has("limit") || criteria.has("skip")) {
            throw new InvalidArgument("filters cannot contain 'limit' or 'skip': pass them as the limit and skip"
                    + " parameters of search_inventory_items.");
        }
        for (var names = criteria.fieldNames(); names.hasNext(); ) {
            if (names.next().isBlank()) {
                throw new InvalidArgument(
                        "filters has an empty field name; name a camelCase asset field such as" + " \"resourceType\".");
            }
        }
        return new AssetFilter(criteria);
    }

    private JsonNode document() {
        skipWhitespace();
        var value = value("filters", 1);
        skipWhitespace();
        if (at < text.length()) {
            throw syntax("unexpected " + describe(text.charAt(at)) + " after the end of the JSON value");
        }
        return value;
    }

    private JsonNode value(String path, int depth) {
        if (at >= text.length()) {
            throw syntax("the text ends where a value was expected");
        }
        char c = text.charAt(at);
        return switch (c) {
            case '{' -> object(path, depth);
            case '[' -> array(path, depth);
            case '"' -> NODES.textNode(string(path));
            case 't' -> literal("true", NODES.booleanNode(true));
            case 'f' -> literal("false", NODES.booleanNode(false));
            case 'n' -> literal("null", NODES.nullNode());
            default -> {
                if (c == '-' || (c >= '0' && c <= '9')) {
                    yield number(path);
                }
                throw syntax("unexpected " + describe(c) + " where a value was expected");
            }
        };
    }

    private ObjectNode object(String path, int depth) {
        nest(path, depth);
        at++;
        var object = NODES.objectNode();
        skipWhitespace();
        if (peek('}')) {
            at++;
            return object;
        }
        while (true) {
            skipWhitespace();
            if (!peek('"')) {
                throw syntax("expected a member name in double quotes");
            }
            var name = string(path + " (a member name)");
            skipWhitespace();
            expect(':', "expected ':' after a member name");
            skipWhitespace();
            var member = path + "." + InventoryRequests.oneLine(name);
            if (object.has(name)) {
                throw new InvalidArgument(member + " is given twice; put all its values into one list.");
            }
            if (object.size() == MAX_ENTRIES) {
                throw new InvalidArgument(path + " has more than " + MAX_ENTRIES + " members.");
            }
            object.set(name, value(member, depth + 1));
            skipWhitespace();
            if (peek(',')) {
                at++;
                continue;
            }
            expect('}', "expected ',' or '}' after a member");
            return object;
        }
    }

    private ArrayNode array(String path, int depth) {
        nest(path, depth);
        at++;
        var array = NODES.arrayNode();
        skipWhitespace();
        if (peek(']')) {
            at++;
            return array;
        }
        while (true) {
            skipWhitespace();
            if (array.size() == MAX_ENTRIES) {
                throw new InvalidArgument(
                        path + " holds more than " + MAX_ENTRIES + " values; split the search into several calls.");
            }
            array.add(value(path + "[" + array.size() + "]", depth + 1));
            skipWhitespace();
            if (peek(',')) {
                at++;
                continue;
            }
            expect(']', "expected ',' or ']' after a value");
            return array;
        }
    }

    private void nest(String path, int depth) {
        if (depth > MAX_DEPTH) {
            throw new InvalidArgument(path + " is nested more than " + MAX_DEPTH + " levels deep.");
        }
    }

    private String string(String path) {
        at++;
        var value = new StringBuilder();
        while (true) {
            if (at >= text.length()) {
                throw syntax("a string is not closed");
            }
            char c = text.charAt(at);
            if (c == '"') {
                at++;
                break;
            }
            if (c < 0x20) {
                throw syntax("a control character in a string must be escaped");
            }
            if (c == '\\') {
                value.append(escape());
            } else {
                value.append(c);
                at++;
            }
            if (value.length() > MAX_STRING) {
                throw new InvalidArgument(path + " is longer than " + MAX_STRING + " characters.");
            }
        }
        var result = value.toString();
        if (!wellFormed(result)) {
            throw syntax("a string holds an unpaired surrogate (half of a \\uD800-\\uDFFF pair)");
        }
        return result;
    }

    private char escape() {
        int start = at;
        at++;
        if (at >= text.length()) {
            throw syntax("a string is not closed");
        }
        char c = text.charAt(at++);
        return switch (c) {
            case '"' -> '"';
            case '\\' -> '\\';
            case '/' -> '/';
            case 'b' -> '\b';
            case 'f' -> '\f';
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 't' -> '\t';
            case 'u' -> {
                if (at + 4 > text.length()) {
                    at = start;
                    throw syntax("\\u needs four hexadecimal digits");
                }
                int code = 0;
                for (int i = 0; i < 4; i++) {
                    int digit = Character.digit(text.charAt(at + i), 16);
                    if (digit < 0) {
                        at = start;
                        throw syntax("\\u needs four hexadecimal digits");
                    }
                    code = code * 16 + digit;
                }
                at += 4;
                yield (char) code;
            }
            default -> {
                at = start;
                throw syntax("invalid escape \\" + (Character.isISOControl(c) ? "" : String.valueOf(c)));
            }
        };
    }

    private JsonNode number(String path) {
        int start = at;
        if (peek('-')) {
            at++;
        }
        if (peek('0')) {
            at++;
        } else if (!digits()) {
            throw syntax("a number needs digits");
        }
        boolean integral = true;
        if (peek('.')) {
            integral = false;
            at++;
            if (!digits()) {
                throw syntax("a number needs digits after the decimal point");
            }
        }
        if (peek('e') || peek('E')) {
            integral = false;
            at++;
            if (peek('+') || peek('-')) {
                at++;
            }
            if (!digits()) {
                throw syntax("a number needs digits in its exponent");
            }
        }
        if (at - start > MAX_STRING) {
            throw new InvalidArgument(path + " is a number longer than " + MAX_STRING + " characters.");
        }
        var literal = text.substring(start, at);
        if (integral) {
            return integer(new BigInteger(literal));
        }
        // A double, as JSON readers (the reference's and Jackson's) read a number with a fraction or exponent.
        double value = Double.parseDouble(literal);
        if (Double.isInfinite(value)) {
            at = start;
            throw syntax("a number is too large");
        }
        return NODES.numberNode(value);
    }

    private static JsonNode integer(BigInteger value) {
        if (value.compareTo(INT_MIN) >= 0 && value.compareTo(INT_MAX) <= 0) {
            return NODES.numberNode(value.intValue());
        }
        if (value.compareTo(LONG_MIN) >= 0 && value.compareTo(LONG_MAX) <= 0) {
            return NODES.numberNode(value.longValue());
        }
        return NODES.numberNode(value);
    }

    private boolean digits() {
        int start = at;
        while (at < text.length() && text.charAt(at) >= '0' && text.charAt(at) <= '9') {
            at++;
        }
        return at > start;
    }

    private JsonNode literal(String word, JsonNode value) {
        if (!text.startsWith(word, at)) {
            throw syntax("unexpected " + describe(text.charAt(at)) + " where a value was expected");
        }
        at += word.length();
        return value;
    }

    private void expect(char c, String problem) {
        if (!peek(c)) {
            throw syntax(at < text.length() ? problem + ", found " + describe(text.charAt(at)) : problem);
        }
        at++;
    }

    private boolean peek(char c) {
        return at < text.length() && text.charAt(at) == c;
    }

    private void skipWhitespace() {
        while (at < text.length()) {
            char c = text.charAt(at);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            at++;
        }
    }

    private InvalidArgument syntax(String problem) {
        return new InvalidArgument(INVALID_JSON + problem + " (at character " + (at + 1) + ")."
                + " Write filters as a JSON object in a string, e.g. {\"resourceType\": [\"Windows Server\"]}.");
    }

    private static String describe(char c) {
        if (c < 0x21 || c > 0x7e) {
            return String.format("character U+%04X", (int) c);
        }
        return "'" + c + "'";
    }

    private static String kind(JsonNode value) {
        if (value.isArray()) {
            return "an array";
        }
        if (value.isTextual()) {
            return "a string";
        }
        if (value.isNumber()) {
            return "a number";
        }
        return value.isBoolean() ? "a boolean" : "null";
    }

    private static boolean wellFormed(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= value.length() || !Character.isLowSurrogate(value.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
