package io.purplemcp.domain.inventory;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * Writes a JSON tree the way the reference server prints inventory answers: two-space indentation,
 * {@code "key": value}, every member and element on its own line, {@code []} and {@code {}} for empty
 * containers, non-ASCII text as is, no trailing newline. Jackson's own pretty printer differs in each
 * of these details ({@code " : "}, {@code [ ]}), and the core may not use its generators anyway.
 */
final class PrettyJson {

    private static final String INDENT = "  ";
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private PrettyJson() {}

    static String write(JsonNode node) {
        var out = new StringBuilder();
        value(node, 0, out);
        return out.toString();
    }

    private static void value(JsonNode node, int depth, StringBuilder out) {
        if (node.isObject()) {
            object(node.properties(), depth, out);
        } else if (node.isArray()) {
            array(node.elements(), node.isEmpty(), depth, out);
        } else if (node.isNumber()) {
            number(node, out);
        } else if (node.isBoolean()) {
            out.append(node.booleanValue());
        } else if (node.isNull()) {
            out.append("null");
        } else {
            // Text; and binary, POJO or missing nodes, which never come from parsed JSON, as their text.
            string(node.asText(), out);
        }
    }

    private static void object(Set<Map.Entry<String, JsonNode>> entries, int depth, StringBuilder out) {
        if (entries.isEmpty()) {
            out.append("{}");
            return;
        }
        out.append('{');
        boolean first = true;
        for (var entry : entries) {
            out.append(first ? "\n" : ",\n");
            first = false;
            indent(depth + 1, out);
            string(entry.getKey(), out);
            out.append(": ");
            value(entry.getValue(), depth + 1, out);
        }
        out.append('\n');
        indent(depth, out);
        out.append('}');
    }

    private static void array(Iterator<JsonNode> elements, boolean empty, int depth, StringBuilder out) {
        if (empty) {
            out.append("[]");
            return;
        }
        out.append('[');
        boolean first = true;
        while (elements.hasNext()) {
            out.append(first ? "\n" : ",\n");
            first = false;
            indent(depth + 1, out);
            value(elements.next(), depth + 1, out);
        }
        out.append('\n');
        indent(depth, out);
        out.append(']');
    }

    private static void number(JsonNode node, StringBuilder out) {
        if (node.isFloatingPointNumber() && !node.isBigDecimal() && !Double.isFinite(node.doubleValue())) {
            // JSON has no infinities; say what the console sent rather than write invalid JSON.
            string(node.asText(), out);
            return;
        }
        out.append(node.asText());
    }

    private static void indent(int depth, StringBuilder out) {
        out.append(INDENT.repeat(depth));
    }

    private static void string(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || unpairedSurrogate(text, i)) {
                        unicodeEscape(c, out);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private static boolean unpairedSurrogate(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
        }
        return Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)));
    }

    private static void unicodeEscape(char c, StringBuilder out) {
        out.append("\\u")
                .append(HEX[(c >> 12) & 0xf])
                .append(HEX[(c >> 8) & 0xf])
                .append(HEX[(c >> 4) & 0xf])
                .append(HEX[c & 0xf]);
    }
}
