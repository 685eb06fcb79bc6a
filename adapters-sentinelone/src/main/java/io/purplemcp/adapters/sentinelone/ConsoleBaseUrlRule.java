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
        if (!hasValidHost(url)) {
            return Optional.of("Console base URL must have a valid hostname");
        }
        return Optional.empty();
    }

    /**
     * A server-based authority as {@link URI} reads it: a non-empty host (a bracketed IPv6 literal included) and
     * a decimal port, if any. java.net.http is later handed the same URI and needs exactly that.
     */
    private static boolean hasValidHost(String url) {
        try {
            return new URI(url).getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
