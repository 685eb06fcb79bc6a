package io.purplemcp.adapters.mcp.http.auth;

import java.util.Objects;
import java.util.Set;

/**
 * An authenticated caller.
 *
 * @param identity the bearer token's configured name, or the JWT's {@code sub} (else {@code client_id})
 * @param scopes what the access token grants; empty for static bearer tokens
 */
public record Principal(String identity, Set<String> scopes) {

    public Principal {
        Objects.requireNonNull(identity, "identity");
        if (identity.isBlank()) {
            throw new IllegalArgumentException("an identity is never blank");
        }
        scopes = Set.copyOf(scopes);
    }
}
