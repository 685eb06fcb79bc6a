package io.purplemcp.domain.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Reads one JSON value (RFC 8259, strict: no comments, trailing commas, single quotes or raw control
 * characters in strings) into a tree. Integers become integral nodes, numbers with a fraction or
 * exponent exact decimals; a repeated object key keeps its last value. Nesting is limited to
 * {@value #MAX_DEPTH} levels so that no text can exhaust the stack; callers cap the text's length.
 */
public final class JsonText {

    public static final int MAX_DEPTH = 64;

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final String text;
    private int position;

    private JsonText(String text) {
        this.text = text;
    }

    /**
     * The value {@code text} holds, surrounded by optional whitespace.
     *
     * @throws Malformed when it is not exactly one JSON value; the message says what and where
     */
    public static JsonNode parse(String text) throws Malformed {
        var reader = new JsonText(text);
        reader.skipWhitespace();
        var value = reader.value(1);
        reader.skipWhitespace();
        if (reader.position < text.length()) {
            throw reader.malformed("unexpected text after the JSON value");
        }
        return value;
    }

    private JsonNode value(int depth) throws Malformed {
        if (depth > MAX_DEPTH) {
            throw malformed("nested deeper than " + MAX_DEPTH + " levels");
        }
        if (position >= text.length()) {
            throw malformed("the text ends where a value was expected");
        }
        char c = text.charAt(position);
        return switch (c) {
            case '{' -> object(depth);
            case '[' -> array(depth);
            case '"' -> NODES.textNode(string());
            case 't' -> literal("true", NODES.booleanNode(true));
            case 'f' -> literal("false", NODES.booleanNode(false));
            case 'n' -> literal("null", NODES.nullNode());
            default -> {
                if (c == '-' || isDigit(c)) {
                    yield number();
                }
                throw malformed("expected a value");
            }
        };
    }

    private ObjectNode object(int depth) throws Malformed {
        var object = NODES.objectNode();
        position++;
        skipWhitespace();
        if (consume('}')) {
            return object;
        }
        while (true) {
            skipWhitespace();
            if (position >= text.length() || text.charAt(position) != '"') {
                throw malformed("expected a property name in double quotes");
            }
            var name = string();
            skipWhitespace();
            if (!consume(':')) {
                throw malformed("expected ':' after a property name");
            }
            skipWhitespace();
            object.set(name, value(depth + 1));
            skipWhitespace();
            if (consume('}')) {
                return object;
            }
            if (!consume(',')) {
                throw malformed("expected ',' or '}' in an object");
            }
        }
    }

    private ArrayNode array(int depth) throws Malformed {
        var array = NODES.arrayNode();
        position++;
        skipWhitespace();
        if (consume(']')) {
            return array;
        }
        while (true) {
            skipWhitespace();
            array.add(value(depth + 1));
            skipWhitespace();
            if (consume(']')) {
                return array;
            }
            if (!consume(',')) {
                throw malformed("expected ',' or ']' in an array");
            }
        }
    }

    private String string() throws Malformed {
        position++;
        var value = new StringBuilder();
        while (true) {
            if (position >= text.length()) {
                throw malformed("a string is not closed");
            }
            char c = text.charAt(position);
            if (c == '"') {
                position++;
                return value.toString();
            }
            if (c < 0x20) {
                throw malformed("a control character must be escaped inside a string");
            }
            if (c == '\\') {
                value.append(escape());
            } else {
                value.append(c);
                position++;
            }
        }
    }

    private char escape() throws Malformed {
        if (position + 1 >= text.length()) {
            throw malformed("a string is not closed");
        }
        char kind = text.charAt(position + 1);
        position += 2;
        return switch (kind) {
            case '"' -> '"';
            case '\\' -> '\\';
            case '/' -> '/';
            case 'b' -> '\b';
            case 'f' -> '\f';
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 't' -> '\t';
            case 'u' -> unicode();
            default -> {
                position -= 2;
                throw malformed("invalid escape sequence");
            }
        };
    }

    private char unicode() throws Malformed {
        if (position + 4 > text.length()) {
            throw malformed("\\u needs four hexadecimal digits");
        }
        int code = 0;
        for (int i = 0; i < 4; i++) {
            int digit = Character.digit(text.charAt(position + i), 16);
            if (digit < 0) {
                throw malformed("\\u needs four hexadecimal digits");
            }
            code = code * 16 + digit;
        }
        position += 4;
        return (char) code;
    }

    private JsonNode number() throws Malformed {
        int start = position;
        consume('-');
        if (consume('0')) {
            if (position < text.length() && isDigit(text.charAt(position))) {
                throw malformed("a number cannot start with 0");
            }
        } else if (!digits()) {
            throw malformed("expected digits");
        }
        boolean integral = true;
        if (consume('.')) {
            integral = false;
            if (!digits()) {
                throw malformed("expected digits after the decimal point");
            }
        }
        if (consume('e') || consume('E')) {
            integral = false;
            if (!consume('+')) {
                consume('-');
            }
            if (!digits()) {
                throw malformed("expected digits in the exponent");
            }
        }
        var literal = text.substring(start, position);
        if (!integral) {
            try {
                return DecimalNode.valueOf(new BigDecimal(literal));
            } catch (NumberFormatException e) {
                throw malformed("the number's exponent is out of range");
            }
        }
        var value = new BigInteger(literal);
        if (value.bitLength() < Integer.SIZE) {
            return NODES.numberNode(value.intValue());
        }
        return value.bitLength() < Long.SIZE ? NODES.numberNode(value.longValue()) : NODES.numberNode(value);
    }

    private boolean digits() {
        int start = position;
        while (position < text.length() && isDigit(text.charAt(position))) {
            position++;
        }
        return position > start;
    }

    private JsonNode literal(String word, JsonNode value) throws Malformed {
        if (!text.startsWith(word, position)) {
            throw malformed("expected a value");
        }
        position += word.length();
        return value;
    }

    private boolean consume(char expected) {
        if (position < text.length() && text.charAt(position) == expected) {
            position++;
            return true;
        }
        return false;
    }

    private void skipWhitespace() {
        while (position < text.length()) {
            char c = text.charAt(position);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            position++;
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private Malformed malformed(String reason) {
        return new Malformed(reason + " at character " + (position + 1));
    }

    /** The text is not one JSON value; the message says why and at which character (counted from 1). */
    public static final class Malformed extends Exception {
        private static final long serialVersionUID = 1L;

        Malformed(String message) {
            super(message);
        }
    }
}
