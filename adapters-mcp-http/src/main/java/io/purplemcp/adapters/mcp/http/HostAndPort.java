package io.purplemcp.adapters.mcp.http;

import java.util.Locale;
import java.util.Optional;

/**
 * A {@code Host} header value (or an allow-list entry) reduced to what the rebinding check compares:
 * the lower-cased name and the port, {@code -1} when none was given.
 *
 * <p>Every request is checked, so the grammar is matched by hand rather than with regular expressions
 * (they showed in profiles); {@code HostAndPortTest} holds the expressions as the specification.
 */
record HostAndPort(String host, int port) {

    private static final int MAX_LENGTH = 300;

    static Optional<HostAndPort> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        var text = value.trim().toLowerCase(Locale.ROOT);
        if (text.isEmpty() || text.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        String host;
        String rest;
        if (text.startsWith("[")) {
            int close = text.indexOf(']');
            if (close < 0) {
                return Optional.empty();
            }
            host = text.substring(0, close + 1);
            rest = text.substring(close + 1);
            if (!isIpv6Literal(host)) {
                return Optional.empty();
            }
        } else {
            int colon = text.indexOf(':');
            host = colon < 0 ? text : text.substring(0, colon);
            rest = colon < 0 ? "" : text.substring(colon);
            // "localhost." is the same name as "localhost" to a resolver, so it must compare equal.
            if (host.endsWith(".")) {
                host = host.substring(0, host.length() - 1);
            }
            if (!isName(host)) {
                return Optional.empty();
            }
        }
        if (rest.isEmpty()) {
            return Optional.of(new HostAndPort(host, -1));
        }
        if (!isPort(rest)) {
            return Optional.empty();
        }
        int port = Integer.parseInt(rest.substring(1));
        return port > 65_535 ? Optional.empty() : Optional.of(new HostAndPort(host, port));
    }

    /** {@code [a-z0-9_-]+(\\.[a-z0-9_-]+)*} */
    private static boolean isName(String text) {
        boolean labelStarted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '.') {
                if (!labelStarted) {
                    return false;
                }
                labelStarted = false;
            } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-') {
                labelStarted = true;
            } else {
                return false;
            }
        }
        return labelStarted;
    }

    /** {@code \\[[0-9a-f:.]+]} */
    private static boolean isIpv6Literal(String text) {
        int last = text.length() - 1;
        if (last < 2 || text.charAt(0) != '[' || text.charAt(last) != ']') {
            return false;
        }
        for (int i = 1; i < last; i++) {
            char c = text.charAt(i);
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || c == ':' || c == '.')) {
                return false;
            }
        }
        return true;
    }

    /** {@code :[0-9]{1,5}} */
    private static boolean isPort(String text) {
        if (text.length() < 2 || text.length() > 6 || text.charAt(0) != ':') {
            return false;
        }
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    String text() {
        return port < 0 ? host : host + ":" + port;
    }
}
