package io.purplemcp.adapters.mcp.http.auth;

import java.util.List;
import java.util.regex.Pattern;

/** The bearer token of an {@code Authorization} header (RFC 6750 section 2.1), and nothing else. */
public final class AuthorizationHeader {

    // b64token: ALPHA DIGIT - . _ ~ + / then optional trailing =; the scheme is case-insensitive.
    private static final Pattern BEARER = Pattern.compile("(?i:bearer) +([A-Za-z0-9\\-._~+/]+=*)");
    // Generous for a JWT with many claims, small enough that nobody makes us parse megabytes.
    static final int MAX_TOKEN_CHARS = 16 * 1024;

    /** What the request's {@code Authorization} headers amount to. */
    public sealed interface Presented {
        record Missing() implements Presented {}

        /** Present but not a single well-formed bearer token (another scheme, several headers, junk). */
        record Malformed() implements Presented {}

        record Token(String value) implements Presented {
            @Override
            public String toString() {
                return "Token[<not shown>]"; // a token must never reach a log through a record's toString
            }
        }
    }

    private AuthorizationHeader() {}

    /** @param values every {@code Authorization} header of the request (null when there is none) */
    public static Presented parse(List<String> values) {
        if (values == null || values.isEmpty()) {
            return new Presented.Missing();
        }
        if (values.size() > 1) {
            return new Presented.Malformed();
        }
        var value = values.get(0);
        if (value == null || value.length() > MAX_TOKEN_CHARS + 16) {
            return new Presented.Malformed();
        }
        var matcher = BEARER.matcher(value.strip());
        return matcher.matches() ? new Presented.Token(matcher.group(1)) : new Presented.Malformed();
    }
}
