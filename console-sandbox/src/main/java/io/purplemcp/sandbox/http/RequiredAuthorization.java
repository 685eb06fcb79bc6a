package io.purplemcp.sandbox.http;

import java.util.Optional;

/**
 * What a route requires in {@code Authorization}: exactly {@code <scheme> <token>}, as the real console
 * expects it from purple-mcp. Anything else is answered 401 in the route's error style.
 *
 * @param scheme {@code ApiToken} or {@code Bearer}
 * @param token the only token accepted
 * @param style how the 401 body looks
 */
public record RequiredAuthorization(String scheme, String token, ErrorStyle style) {

    /** Whether an {@code Authorization} header value is accepted. */
    public boolean accepts(Optional<String> authorization) {
        return authorization.map(value -> value.equals(scheme + " " + token)).orElse(false);
    }

    /** The reply to a request that is not accepted. */
    public Reply rejection(Optional<String> authorization) {
        var message = authorization.isEmpty()
                ? "Authorization header is missing"
                : authorization.get().startsWith(scheme + " ")
                        ? "Invalid or expired token"
                        : "Authorization must use the " + scheme + " scheme";
        return style.reply(401, message);
    }
}
