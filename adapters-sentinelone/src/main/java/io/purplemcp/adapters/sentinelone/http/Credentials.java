package io.purplemcp.adapters.sentinelone.http;

import io.purplemcp.ports.out.security.Redactor;
import java.util.Locale;
import java.util.Objects;

/**
 * The console token, normalised once: surrounding whitespace and any scheme it was configured with
 * ({@code Bearer x}, {@code ApiToken x}) are removed, so each upstream adds its own scheme exactly once.
 * {@link #toString()} never shows the token.
 */
public final class Credentials {

    private static final String[] SCHEMES = {"bearer", "apitoken"};

    private final String token;

    private Credentials(String token) {
        this.token = token;
    }

    public static Credentials of(String configured) {
        Objects.requireNonNull(configured, "configured");
        var token = configured.strip();
        var lower = token.toLowerCase(Locale.ROOT);
        for (var scheme : SCHEMES) {
            if (lower.equals(scheme)) {
                token = "";
                break;
            }
            if (lower.startsWith(scheme)
                    && lower.length() > scheme.length()
                    && Character.isWhitespace(lower.charAt(scheme.length()))) {
                token = token.substring(scheme.length()).strip();
                break;
            }
        }
        if (token.isEmpty()) {
            throw new IllegalArgumentException("the console token is empty");
        }
        return new Credentials(token);
    }

    /** {@code ApiToken <token>}: the console's GraphQL and REST APIs (Purple AI). */
    public String apiToken() {
        return "ApiToken " + token;
    }

    /** {@code Bearer <token>}: the data lake (SDL) API. */
    public String bearer() {
        return "Bearer " + token;
    }

    /** Removes the token from a text that came from upstream, in case the console echoed it. */
    String redact(String text) {
        // A token too short to be real would rewrite ordinary words; the configuration refuses those.
        return token.length() < Redactor.MIN_SECRET_LENGTH ? text : text.replace(token, Redactor.REPLACEMENT);
    }

    @Override
    public String toString() {
        return "Credentials[****]";
    }
}
