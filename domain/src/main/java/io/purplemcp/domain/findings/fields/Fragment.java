package io.purplemcp.domain.findings.fields;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The syntax of one requested field: a name, or a name with nested fields in braces,
 * {@code asset { id cloudInfo { region } }}. Names are GraphQL names; nothing else is accepted, and no
 * text may follow the closing brace.
 */
record Fragment(String name, List<Fragment> fields) {

    static final int MAX_DEPTH = 8;

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern TOKEN = Pattern.compile("[{}]|[^\\s{}]+");

    Fragment {
        fields = List.copyOf(fields);
    }

    /** Why a text is not a fragment; the message is a sentence fragment such as "a '}' is missing". */
    static final class Invalid extends Exception {
        private static final long serialVersionUID = 1L;

        Invalid(String message) {
            super(message);
        }
    }

    /** Parses a text holding at least one brace. */
    static Fragment parse(String text) throws Invalid {
        var tokens = new ArrayList<String>();
        var matcher = TOKEN.matcher(text);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        var parser = new Parser(tokens);
        var fragment = parser.field(0);
        if (parser.next < tokens.size()) {
            throw new Invalid("text follows the closing brace ('" + tokens.get(parser.next) + "')");
        }
        return fragment;
    }

    private static final class Parser {
        private final List<String> tokens;
        private int next;

        Parser(List<String> tokens) {
            this.tokens = tokens;
        }

        Fragment field(int depth) throws Invalid {
            var name = take();
            if (!NAME.matcher(name).matches()) {
                throw new Invalid("'" + name + "' is not a field name");
            }
            if (!"{".equals(peek())) {
                return new Fragment(name, List.of());
            }
            if (depth + 1 > MAX_DEPTH) {
                throw new Invalid("it nests deeper than the maximum allowed depth of " + MAX_DEPTH);
            }
            next++;
            var fields = new ArrayList<Fragment>();
            while (peek() != null && !"}".equals(peek())) {
                fields.add(field(depth + 1));
            }
            if (take() == null) {
                throw new Invalid("a '}' is missing");
            }
            if (fields.isEmpty()) {
                throw new Invalid("'" + name + " { }' selects nothing");
            }
            return new Fragment(name, fields);
        }

        private String peek() {
            return next < tokens.size() ? tokens.get(next) : null;
        }

        private String take() {
            var token = peek();
            next++;
            return token;
        }
    }
}
