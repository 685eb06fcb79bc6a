package io.purplemcp.sandbox.graphql;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the subset of GraphQL that API clients send: one operation (query, mutation or
 * subscription, named or anonymous, or a bare selection set) with variable definitions, arguments
 * of every literal kind, aliases, inline fragments ({@code ... on Type { … }}) and directives (read and
 * ignored). Named fragments are refused with a clear message. Commas are insignificant and {@code #} starts a comment, as in the specification.
 */
public final class GraphQlParser {

    private final String text;
    private int position;

    private GraphQlParser(String text) {
        this.text = text;
    }

    /**
     * Parses a document holding exactly one operation.
     *
     * @throws GraphQlSyntaxException when the document is not valid (subset) GraphQL
     */
    public static Operation parse(String document) {
        var parser = new GraphQlParser(document);
        var operation = parser.operation();
        parser.skipIgnored();
        if (parser.position < document.length()) {
            throw parser.error(
                    parser.peekIs("fragment")
                            ? "fragments are not supported by the sandbox"
                            : "the sandbox accepts one operation per document");
        }
        return operation;
    }

    private Operation operation() {
        skipIgnored();
        if (peek() == '{') {
            return new Operation("query", "", Map.of(), selectionSet());
        }
        var type = name();
        if (!List.of("query", "mutation", "subscription").contains(type)) {
            throw error(
                    type.equals("fragment")
                            ? "fragments are not supported by the sandbox"
                            : "expected an operation (query, mutation, subscription), found \"" + type + "\"");
        }
        skipIgnored();
        var name = isNameStart(peek()) ? name() : "";
        var variables = new LinkedHashMap<String, String>();
        skipIgnored();
        if (peek() == '(') {
            position++;
            skipIgnored();
            while (peek() != ')') {
                expect('$');
                var variable = name();
                skipIgnored();
                expect(':');
                var variableType = type();
                skipIgnored();
                if (peek() == '=') {
                    position++;
                    value(true);
                }
                directives();
                if (variables.put(variable, variableType) != null) {
                    throw error("variable $" + variable + " is declared twice");
                }
                skipIgnored();
            }
            position++;
        }
        directives();
        skipIgnored();
        return new Operation(type, name, variables, selectionSet());
    }

    private String type() {
        skipIgnored();
        String type;
        if (peek() == '[') {
            position++;
            type = "[" + type() + "]";
            skipIgnored();
            expect(']');
        } else {
            type = name();
        }
        skipIgnored();
        if (peek() == '!') {
            position++;
            type += "!";
        }
        return type;
    }

    private List<Field> selectionSet() {
        skipIgnored();
        expect('{');
        var fields = new ArrayList<Field>();
        skipIgnored();
        while (peek() != '}') {
            fields.add(text.startsWith("...", position) ? inlineFragment() : field());
            skipIgnored();
        }
        position++;
        if (fields.isEmpty()) {
            throw error("a selection set must select at least one field");
        }
        return fields;
    }

    private Field inlineFragment() {
        position += 3;
        skipIgnored();
        var typeCondition = "";
        if (peekIs("on") && !isNameStart(at(position + 2)) && !Character.isDigit(at(position + 2))) {
            position += 2;
            typeCondition = name();
        } else if (isNameStart(peek())) {
            throw error("fragments are not supported by the sandbox (only inline fragments are)");
        }
        directives();
        skipIgnored();
        return Field.inlineFragment(typeCondition, selectionSet());
    }

    private Field field() {
        var first = name();
        skipIgnored();
        var alias = "";
        var name = first;
        if (peek() == ':') {
            position++;
            skipIgnored();
            alias = first;
            name = name();
            skipIgnored();
        }
        Map<String, Value> arguments = Map.of();
        if (peek() == '(') {
            position++;
            arguments = namedValues(')', false, "argument");
        }
        directives();
        skipIgnored();
        var selections = peek() == '{' ? selectionSet() : List.<Field>of();
        return new Field(alias, name, arguments, selections);
    }

    private void directives() {
        skipIgnored();
        while (peek() == '@') {
            position++;
            name();
            skipIgnored();
            if (peek() == '(') {
                position++;
                skipIgnored();
                while (peek() != ')') {
                    name();
                    skipIgnored();
                    expect(':');
                    value(false);
                    skipIgnored();
                }
                position++;
            }
            skipIgnored();
        }
    }

    private Value value(boolean constant) {
        skipIgnored();
        var c = peek();
        if (c == '$') {
            if (constant) {
                throw error("a variable cannot appear in a default value");
            }
            position++;
            return new Value.Variable(name());
        }
        if (c == '"') {
            return new Value.StringValue(text.startsWith("\"\"\"", position) ? blockString() : string());
        }
        if (c == '-' || Character.isDigit(c)) {
            return number();
        }
        if (c == '[') {
            position++;
            var values = new ArrayList<Value>();
            skipIgnored();
            while (peek() != ']') {
                values.add(value(constant));
                skipIgnored();
            }
            position++;
            return new Value.ListValue(values);
        }
        if (c == '{') {
            position++;
            return new Value.ObjectValue(namedValues('}', constant, "input field"));
        }
        if (isNameStart(c)) {
            var name = name();
            return switch (name) {
                case "true" -> new Value.BooleanValue(true);
                case "false" -> new Value.BooleanValue(false);
                case "null" -> new Value.NullValue();
                default -> new Value.EnumValue(name);
            };
        }
        throw error(c == 0 ? "unexpected end of document" : "unexpected character '" + c + "'");
    }

    /** {@code name: value} pairs up to {@code close} (the opening character is read), each name at most once. */
    private Map<String, Value> namedValues(char close, boolean constant, String what) {
        var values = new LinkedHashMap<String, Value>();
        skipIgnored();
        while (peek() != close) {
            var name = name();
            skipIgnored();
            expect(':');
            if (values.put(name, value(constant)) != null) {
                throw error(what + " " + name + " is given twice");
            }
            skipIgnored();
        }
        position++;
        return values;
    }

    private Value number() {
        var start = position;
        if (peek() == '-') {
            position++;
        }
        digits();
        var isFloat = false;
        if (peek() == '.') {
            isFloat = true;
            position++;
            digits();
        }
        if (peek() == 'e' || peek() == 'E') {
            isFloat = true;
            position++;
            if (peek() == '+' || peek() == '-') {
                position++;
            }
            digits();
        }
        if (isNameStart(peek())) {
            throw error("invalid number");
        }
        var literal = text.substring(start, position);
        return isFloat ? new Value.FloatValue(new BigDecimal(literal)) : new Value.IntValue(new BigInteger(literal));
    }

    private void digits() {
        if (!Character.isDigit(peek())) {
            throw error("invalid number");
        }
        while (Character.isDigit(peek())) {
            position++;
        }
    }

    private String string() {
        position++;
        var value = new StringBuilder();
        while (true) {
            if (position >= text.length()) {
                throw error("unterminated string");
            }
            var c = text.charAt(position++);
            if (c == '"') {
                return value.toString();
            }
            if (c == '\n' || c == '\r') {
                throw error("unterminated string");
            }
            if (c != '\\') {
                value.append(c);
                continue;
            }
            if (position >= text.length()) {
                throw error("unterminated string");
            }
            var escaped = text.charAt(position++);
            switch (escaped) {
                case '"', '\\', '/' -> value.append(escaped);
                case 'b' -> value.append('\b');
                case 'f' -> value.append('\f');
                case 'n' -> value.append('\n');
                case 'r' -> value.append('\r');
                case 't' -> value.append('\t');
                case 'u' -> {
                    if (position + 4 > text.length()) {
                        throw error("invalid unicode escape");
                    }
                    try {
                        value.append((char) Integer.parseInt(text.substring(position, position + 4), 16));
                    } catch (NumberFormatException e) {
                        throw error("invalid unicode escape");
                    }
                    position += 4;
                }
                default -> throw error("invalid escape \\" + escaped);
            }
        }
    }

    private String blockString() {
        position += 3;
        var end = text.indexOf("\"\"\"", position);
        while (end > 0 && text.charAt(end - 1) == '\\') {
            end = text.indexOf("\"\"\"", end + 1);
        }
        if (end < 0) {
            throw error("unterminated block string");
        }
        var raw = text.substring(position, end).replace("\\\"\"\"", "\"\"\"");
        position = end + 3;
        return raw.strip();
    }

    private String name() {
        skipIgnored();
        if (!isNameStart(peek())) {
            var c = peek();
            throw error(c == 0 ? "unexpected end of document" : "expected a name, found '" + c + "'");
        }
        var start = position;
        while (isNameStart(peek()) || Character.isDigit(peek())) {
            position++;
        }
        return text.substring(start, position);
    }

    private void expect(char c) {
        skipIgnored();
        if (peek() != c) {
            var found = peek();
            throw error("expected '" + c + "', found " + (found == 0 ? "end of document" : "'" + found + "'"));
        }
        position++;
    }

    private boolean peekIs(String word) {
        return text.startsWith(word, position);
    }

    private char peek() {
        return at(position);
    }

    private char at(int index) {
        return index < text.length() ? text.charAt(index) : 0;
    }

    private void skipIgnored() {
        while (position < text.length()) {
            var c = text.charAt(position);
            if (c == '#') {
                while (position < text.length() && text.charAt(position) != '\n') {
                    position++;
                }
            } else if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == ',' || c == '\uFEFF') {
                position++;
            } else {
                return;
            }
        }
    }

    private static boolean isNameStart(char c) {
        return c == '_' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }

    private GraphQlSyntaxException error(String message) {
        var line = 1;
        var column = 1;
        for (var i = 0; i < Math.min(position, text.length()); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new GraphQlSyntaxException(message, line, column);
    }
}
