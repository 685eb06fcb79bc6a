package io.purplemcp.domain.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.util.OptionalInt;

/**
 * The core's one reader of JSON written inside a string argument (RFC 8259, strict: no comments,
 * trailing commas, single quotes or raw control characters in strings). Numbers read as Jackson and
 * the reference read them: integers as the smallest integral node that holds them, anything with a
 * fraction or exponent as a double. Two things JSON allows are refused because a console would
 * silently get something else than the model meant: a name given twice in one object (only one value
 * would survive) and a string holding half of a surrogate pair (no UTF-8 can carry it).
 *
 * <p>Nesting is limited by the caller, so that no text can exhaust the stack; callers also cap the
 * text's length. Every problem names where it is: a character position for syntax, a path such as
 * {@code filters.a[2]} for structure.
 */
public final class JsonText {

    /** Deep enough for any argument a tool takes, far from what the stack allows. */
    public static final int MAX_DEPTH = 64;

    private static final int ECHO_LENGTH = 64;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final BigInteger INT_MIN = BigInteger.valueOf(Integer.MIN_VALUE);
    private static final BigInteger INT_MAX = BigInteger.valueOf(Integer.MAX_VALUE);
    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private final String text;
    private final int maxDepth;
    private int at;

    private JsonText(String text, int maxDepth) {
        this.text = text;
        this.maxDepth = maxDepth;
    }

    /** {@link #parse(String, String, int)} for a value named {@code value}, nested at most {@link #MAX_DEPTH}. */
    public static JsonNode parse(String text) throws Malformed {
        return parse(text, "value", MAX_DEPTH);
    }

    /**
     * The value {@code text} holds, surrounded by optional whitespace.
     *
     * @param root how messages name the whole value, e.g. the argument's name
     * @param maxDepth how many arrays and objects may enclose each other
     * @throws Malformed when it is not exactly one JSON value within the rules above
     */
    public static JsonNode parse(String text, String root, int maxDepth) throws Malformed {
        var reader = new JsonText(text, maxDepth);
        reader.skipWhitespace();
        var value = reader.value(root, 1);
        reader.skipWhitespace();
        if (reader.at < text.length()) {
            throw reader.syntax("unexpected " + describe(text.charAt(reader.at)) + " after the end of the JSON value");
        }
        return value;
    }

    private JsonNode value(String path, int depth) throws Malformed {
        if (at >= text.length()) {
            throw syntax("the text ends where a value was expected");
        }
        char c = text.charAt(at);
        return switch (c) {
            case '{' -> object(path, depth);
            case '[' -> array(path, depth);
            case '"' -> NODES.textNode(string());
            case 't' -> literal("true", NODES.booleanNode(true));
            case 'f' -> literal("false", NODES.booleanNode(false));
            case 'n' -> literal("null", NODES.nullNode());
            default -> {
                if (c == '-' || isDigit(c)) {
                    yield number();
                }
                throw syntax("unexpected " + describe(c) + " where a value was expected");
            }
        };
    }

    private ObjectNode object(String path, int depth) throws Malformed {
        var object = NODES.objectNode();
        elements(path, depth, '}', "member", () -> {
            if (!peek('"')) {
                throw syntax("expected a member name in double quotes");
            }
            var name = string();
            skipWhitespace();
            expect(':', "expected ':' after a member name");
            skipWhitespace();
            var member = path + "." + oneLine(name);
            if (object.has(name)) {
                throw new Malformed(member + " is given twice", OptionalInt.empty());
            }
            object.set(name, value(member, depth + 1));
        });
        return object;
    }

    private ArrayNode array(String path, int depth) throws Malformed {
        var array = NODES.arrayNode();
        elements(path, depth, ']', "value", () -> array.add(value(path + "[" + array.size() + "]", depth + 1)));
        return array;
    }

    private interface Element {
        void read() throws Malformed;
    }

    /** Reads the comma-separated elements after an opening bracket, up to and including {@code close}. */
    private void elements(String path, int depth, char close, String kind, Element element) throws Malformed {
        nest(path, depth);
        at++;
        skipWhitespace();
        if (consume(close)) {
            return;
        }
        do {
            skipWhitespace();
            element.read();
            skipWhitespace();
        } while (consume(','));
        expect(close, "expected ',' or '" + close + "' after a " + kind);
    }

    private void nest(String path, int depth) throws Malformed {
        if (depth > maxDepth) {
            throw new Malformed(path + " is nested more than " + maxDepth + " levels deep", OptionalInt.empty());
        }
    }

    private String string() throws Malformed {
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
        }
        var result = value.toString();
        if (!wellFormed(result)) {
            throw syntax("a string holds an unpaired surrogate (half of a \\uD800-\\uDFFF pair)");
        }
        return result;
    }

    private char escape() throws Malformed {
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
            case 'u' -> unicode(start);
            default -> {
                at = start;
                throw syntax("invalid escape \\" + (Character.isISOControl(c) ? "" : String.valueOf(c)));
            }
        };
    }

    private char unicode(int escapeStart) throws Malformed {
        if (at + 4 > text.length()) {
            at = escapeStart;
            throw syntax("\\u needs four hexadecimal digits");
        }
        int code = 0;
        for (int i = 0; i < 4; i++) {
            int digit = Character.digit(text.charAt(at + i), 16);
            if (digit < 0) {
                at = escapeStart;
                throw syntax("\\u needs four hexadecimal digits");
            }
            code = code * 16 + digit;
        }
        at += 4;
        return (char) code;
    }

    private JsonNode number() throws Malformed {
        int start = at;
        consume('-');
        if (!consume('0') && !digits()) {
            throw syntax("a number needs digits");
        }
        boolean integral = true;
        if (consume('.')) {
            integral = false;
            if (!digits()) {
                throw syntax("a number needs digits after the decimal point");
            }
        }
        if (consume('e') || consume('E')) {
            integral = false;
            if (!consume('+')) {
                consume('-');
            }
            if (!digits()) {
                throw syntax("a number needs digits in its exponent");
            }
        }
        var literal = text.substring(start, at);
        if (integral) {
            return integer(new BigInteger(literal));
        }
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
        while (at < text.length() && isDigit(text.charAt(at))) {
            at++;
        }
        return at > start;
    }

    private JsonNode literal(String word, JsonNode value) throws Malformed {
        if (!text.startsWith(word, at)) {
            throw syntax("unexpected " + describe(text.charAt(at)) + " where a value was expected");
        }
        at += word.length();
        return value;
    }

    private void expect(char c, String problem) throws Malformed {
        if (!consume(c)) {
            throw syntax(at < text.length() ? problem + ", found " + describe(text.charAt(at)) : problem);
        }
    }

    private boolean consume(char expected) {
        if (peek(expected)) {
            at++;
            return true;
        }
        return false;
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

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private Malformed syntax(String problem) {
        return new Malformed(problem, OptionalInt.of(at + 1));
    }

    private static String describe(char c) {
        if (c < 0x21 || c > 0x7e) {
            return String.format("character U+%04X", (int) c);
        }
        return "'" + c + "'";
    }

    /**
     * Text the model sent, fit for a message that goes back into its context: control characters as
     * spaces, cut at {@value #ECHO_LENGTH} characters with an ellipsis.
     */
    public static String oneLine(String value) {
        var line = new StringBuilder();
        value.codePoints()
                .limit(ECHO_LENGTH + 1L)
                .forEach(c -> line.appendCodePoint(Character.isISOControl(c) ? ' ' : c));
        var text = line.toString();
        if (text.codePointCount(0, text.length()) > ECHO_LENGTH) {
            return text.substring(0, text.offsetByCodePoints(0, ECHO_LENGTH)) + "…";
        }
        return text;
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

    /**
     * The text is not one JSON value within the rules. The message says what, and where: "(at character
     * N)", counted from 1, for a syntax error; a path for a structural one.
     */
    public static final class Malformed extends Exception {
        private static final long serialVersionUID = 1L;

        private final String problem;
        private final transient OptionalInt position;

        Malformed(String problem, OptionalInt position) {
            super(position.isPresent() ? problem + " (at character " + position.getAsInt() + ")" : problem);
            this.problem = problem;
            this.position = position;
        }

        /** What is wrong, without the position. */
        public String problem() {
            return problem;
        }

        /** The character (from 1) where a syntax error was found; empty for a structural problem. */
        public OptionalInt position() {
            return position;
        }

        public boolean isSyntax() {
            return position.isPresent();
        }
    }
}
