package io.purplemcp.adapters.sentinelone.graphql;

import java.util.Locale;

/**
 * Writes values into a GraphQL document safely: a string becomes a JSON string literal (quotes,
 * backslashes and control characters escaped, non-ASCII as {@code \\uXXXX}), so no configuration
 * value can change the document's structure.
 */
public final class GraphQlLiterals {

    private GraphQlLiterals() {}

    /** The literal for {@code value}; {@code null} is the literal {@code null}. */
    public static String string(String value) {
        if (value == null) {
            return "null";
        }
        var literal = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> literal.append("\\\"");
                case '\\' -> literal.append("\\\\");
                case '\n' -> literal.append("\\n");
                case '\r' -> literal.append("\\r");
                case '\t' -> literal.append("\\t");
                case '\b' -> literal.append("\\b");
                case '\f' -> literal.append("\\f");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        literal.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        literal.append(c);
                    }
                }
            }
        }
        return literal.append('"').toString();
    }
}
