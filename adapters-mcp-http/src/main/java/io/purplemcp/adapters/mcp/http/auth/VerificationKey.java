package io.purplemcp.adapters.mcp.http.auth;

import java.security.PublicKey;
import java.util.Objects;
import java.util.Optional;

/**
 * A public key from the authorization server's JWKS.
 *
 * @param kid the key id, empty when the JWK has none
 * @param algorithm the JWK's {@code alg} when it pins one; a token signed with another is refused
 */
record VerificationKey(Optional<String> kid, PublicKey key, Optional<JwsAlgorithm> algorithm) {

    VerificationKey {
        Objects.requireNonNull(kid, "kid");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(algorithm, "algorithm");
    }

    boolean accepts(JwsAlgorithm candidate) {
        return candidate.fits(key) && algorithm.map(candidate::equals).orElse(true);
    }
}
