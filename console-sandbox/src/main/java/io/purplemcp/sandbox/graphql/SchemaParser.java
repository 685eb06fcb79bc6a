package io.purplemcp.sandbox.graphql;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads the schema definition language the sandbox's schemas are written in. */
final class SchemaParser {

    private final String text;
    private int position;

    SchemaParser(String text) {
        this.text = text;
    }

    Map<String, TypeDef> definitions() {
        var types = new LinkedHashMap<String, TypeDef>();
        skipIgnored();
        while (position < text.length()) {
            var keyword = name();
            var type = switch (keyword) {
                case "scalar" -> scalar();
                case "enum" -> enumType();
                case "type" -> objectType();
                case "input" -> inputType();
                case "union" -> unionType();
                default -> throw error("expected a type definition, found \"" + keyword + "\"");
            };
            if (types.put(type.name(), type) != null) {
                throw error("type " + type.name() + " is defined twice");
            }
            skipIgnored();
        }
        return types;
    }

    private TypeDef scalar() {
        var name = name();
        directives();
        return new TypeDef.ScalarType(name);
    }

    private TypeDef enumType() {
        var name = nameUpTo('{');
        var values = new ArrayList<String>();
        while (!consume('}')) {
            values.add(name());
            directives();
        }
        return new TypeDef.EnumType(name, values);
    }

    private TypeDef objectType() {
        var name = nameUpTo('{');
        var fields = new LinkedHashMap<String, TypeDef.FieldDef>();
        while (!consume('}')) {
            var field = name();
            var arguments = consume('(') ? inputValues(')') : new LinkedHashMap<String, TypeRef>();
            expect(':');
            fields.put(field, new TypeDef.FieldDef(field, arguments, type()));
            directives();
        }
        return new TypeDef.ObjectType(name, fields);
    }

    private TypeDef inputType() {
        var name = nameUpTo('{');
        return new TypeDef.InputType(name, inputValues('}'));
    }

    /** A field's arguments or an input type's fields, up to {@code close}: one grammar in GraphQL. */
    private LinkedHashMap<String, TypeRef> inputValues(char close) {
        var values = new LinkedHashMap<String, TypeRef>();
        while (!consume(close)) {
            var name = name();
            expect(':');
            values.put(name, type());
            defaultValue();
            directives();
        }
        return values;
    }

    private TypeDef unionType() {
        var name = nameUpTo('=');
        consume('|');
        var members = new ArrayList<String>();
        members.add(name());
        while (consume('|')) {
            members.add(name());
        }
        return new TypeDef.UnionType(name, members);
    }

    /** A type's name and directives, up to what opens its definition: '{', or '=' for a union. */
    private String nameUpTo(char opening) {
        var name = name();
        directives();
        expect(opening);
        return name;
    }

    private TypeRef type() {
        TypeRef type;
        if (consume('[')) {
            type = new TypeRef.ListOf(type());
            expect(']');
        } else {
            type = new TypeRef.Named(name());
        }
        return consume('!') ? new TypeRef.NonNull(type) : type;
    }

    /** Skips {@code = value}: the sandbox's resolvers apply their own defaults. */
    private void defaultValue() {
        if (!consume('=')) {
            return;
        }
        while (position < text.length() && (Character.isWhitespace(peek()) || peek() == ',')) {
            position++;
        }
        if (peek() == '"') {
            string();
        } else if (consume('[')) {
            while (!consume(']')) {
                position++;
            }
        } else {
            var start = position;
            while (position < text.length() && (Character.isLetterOrDigit(peek()) || "_-+.".indexOf(peek()) >= 0)) {
                position++;
            }
            if (start == position) {
                throw error("expected a default value");
            }
        }
    }

    private void directives() {
        while (consume('@')) {
            name();
            if (consume('(')) {
                while (!consume(')')) {
                    skipIgnored();
                    if (peek() == '"') {
                        string();
                    } else {
                        position++;
                    }
                }
            }
        }
    }

    private String name() {
        skipIgnored();
        var start = position;
        while (position < text.length()
                && (Character.isLetterOrDigit(text.charAt(position)) || text.charAt(position) == '_')) {
            position++;
        }
        if (start == position || Character.isDigit(text.charAt(start))) {
            throw error("expected a name");
        }
        return text.substring(start, position);
    }

    private void string() {
        if (text.startsWith("\"\"\"", position)) {
            var end = text.indexOf("\"\"\"", position + 3);
            if (end < 0) {
                throw error("unterminated block string");
            }
            position = end + 3;
            return;
        }
        position++;
        while (position < text.length() && text.charAt(position) != '"') {
            position += text.charAt(position) == '\\' ? 2 : 1;
        }
        if (position >= text.length()) {
            throw error("unterminated string");
        }
        position++;
    }

    private void expect(char c) {
        if (!consume(c)) {
            throw error("expected '" + c + "'");
        }
    }

    private boolean consume(char c) {
        skipIgnored();
        if (peek() == c) {
            position++;
            return true;
        }
        return false;
    }

    private char peek() {
        return position < text.length() ? text.charAt(position) : 0;
    }

    /** Skips white space, commas, comments and descriptions (strings before a definition). */
    private void skipIgnored() {
        while (position < text.length()) {
            var c = text.charAt(position);
            if (c == '#') {
                while (position < text.length() && text.charAt(position) != '\n') {
                    position++;
                }
            } else if (Character.isWhitespace(c) || c == ',') {
                position++;
            } else if (c == '"') {
                string();
            } else {
                return;
            }
        }
    }

    private IllegalArgumentException error(String message) {
        var line = 1
                + (int) text.substring(0, Math.min(position, text.length()))
                        .chars()
                        .filter(c -> c == '\n')
                        .count();
        return new IllegalArgumentException("schema: " + message + " (line " + line + ")");
    }
}
