package io.purplemcp.adapters.mcp.http;

import java.util.Locale;
import java.util.Optional;

/** A browser's {@code Origin}: scheme, host and port, nothing else (RFC 6454 serialisation). */
record WebOrigin(String scheme, HostAndPort authority) {

    static Optional<WebOrigin> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        var text = value.trim().toLowerCase(Locale.ROOT);
        if (text.endsWith("/")) {
            text = text.substring(0, text.length() - 1);
        }
        int separator = text.indexOf("://");
        if (separator < 0) {
            return Optional.empty(); // includes the opaque origin "null" of sandboxed pages and file: URLs
        }
        var scheme = text.substring(0, separator);
        var authority = text.substring(separator + 3);
        if (!(scheme.equals("http") || scheme.equals("https")) || authority.matches(".*[/?#@\\\\].*")) {
            return Optional.empty();
        }
        return HostAndPort.parse(authority).map(hostAndPort -> new WebOrigin(scheme, hostAndPort));
    }

    /** The form configured origins are compared in: a scheme's default port is implied, not written. */
    String canonical() {
        int port = authority.port();
        boolean defaultPort =
                port < 0 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
        return scheme + "://" + authority.host() + (defaultPort ? "" : ":" + port);
    }
}
