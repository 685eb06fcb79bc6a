package io.purplemcp.adapters.mcp.http;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A {@code Host} header value (or an allow-list entry) reduced to what the rebinding check compares:
 * the lower-cased name and the port, {@code -1} when none was given.
 */
record HostAndPort(String host, int port) {

    private static final Pattern NAME = Pattern.compile("[a-z0-9_-]+(\\.[a-z0-9_-]+)*");
    private static final Pattern IPV6_LITERAL = Pattern.compile("\\[[0-9a-f:.]+]");
    private static final Pattern PORT = Pattern.compile(":[0-9]{1,5}");
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
            if (!IPV6_LITERAL.matcher(host).matches()) {
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
            if (!NAME.matcher(host).matches()) {
                return Optional.empty();
            }
        }
        if (rest.isEmpty()) {
            return Optional.of(new HostAndPort(host, -1));
        }
        if (!PORT.matcher(rest).matches()) {
            return Optional.empty();
        }
        int port = Integer.parseInt(rest.substring(1));
        return port > 65_535 ? Optional.empty() : Optional.of(new HostAndPort(host, port));
    }

    String text() {
        return port < 0 ? host : host + ":" + port;
    }
}
