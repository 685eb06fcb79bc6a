package io.purplemcp.adapters.sentinelone;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/**
 * The console base URL checks (docs/decisions/0003-configuration-validation-and-errors.md), in order; the first
 * failing check decides the message. One rule for both callers: bootstrap reports the message as a configuration
 * error, {@link ConsoleSettings} refuses the value with it. Messages never echo the value: a mistyped variable could
 * hold a token, and user-info would carry a password.
 */
public final class ConsoleBaseUrlRule {

    private static final String SCHEME = "https://";

    private ConsoleBaseUrlRule() {}

    public static Optional<String> firstViolation(String url) {
        if (!url.startsWith(SCHEME)) {
            return Optional.of("Console base URL must use HTTPS (it must start with https://)");
        }
        if (url.endsWith("/")) {
            return Optional.of("Console base URL must not have a trailing slash");
        }
        if (url.endsWith("#")) {
            return Optional.of("Console base URL must not have a trailing hash");
        }
        String authority = url.substring(SCHEME.length());
        if (authority.contains("/")) {
            return Optional.of("Console base URL must not contain a path (use the console origin only,"
                    + " e.g. remove /sdl or /web/api/...)");
        }
        if (authority.contains("?")) {
            return Optional.of("Console base URL must not contain query parameters");
        }
        if (authority.contains("#")) {
            return Optional.of("Console base URL must not contain a fragment");
        }
        if (authority.contains(";")) {
            return Optional.of("Console base URL must not contain path parameters");
        }
        // H6: credentials in the URL would be printed by the configuration log events.
        if (authority.contains("@")) {
            return Optional.of("Console base URL must not contain user information (user:password@)");
        }
        if (!hasValidHost(url, authority)) {
            return Optional.of("Console base URL must have a valid hostname");
        }
        return Optional.empty();
    }

    private static boolean hasValidHost(String url, String authority) {
        String host;
        String port;
        if (authority.startsWith("[")) {
            int close = authority.indexOf(']');
            if (close < 0) {
                return false;
            }
            host = authority.substring(1, close);
            String rest = authority.substring(close + 1);
            if (!rest.isEmpty() && !rest.startsWith(":")) {
                return false;
            }
            port = rest.isEmpty() ? "" : rest.substring(1);
        } else {
            int colon = authority.indexOf(':');
            host = colon < 0 ? authority : authority.substring(0, colon);
            port = colon < 0 ? "" : authority.substring(colon + 1);
        }
        if (host.isEmpty() || !port.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        // The URL is later handed to java.net.http, which needs a syntactically valid URI.
        try {
            return new URI(url).getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
