package io.purplemcp.adapters.mcp.http.auth;

import com.fasterxml.jackson.databind.JsonNode;
import io.purplemcp.adapters.mcp.protocol.JsonCodec;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Verifies JWT access tokens the way an OAuth 2.1 resource server must: an asymmetric signature by one
 * of the authorization server's keys, our issuer, our audience (RFC 8707: a token minted for another
 * resource is refused, which is also what rules out token passthrough), and the validity window with a
 * small allowance for clock skew.
 */
final class JwtVerifier implements TokenVerifier {

    static final Duration DEFAULT_CLOCK_SKEW = Duration.ofSeconds(60);

    private final String issuer;
    private final String audience;
    private final JwksCache keys;
    private final Clock clock;
    private final Duration skew;
    private final JsonCodec codec = new JsonCodec();

    JwtVerifier(String issuer, String audience, JwksCache keys, Clock clock, Duration skew) {
        this.issuer = Objects.requireNonNull(issuer, "issuer");
        this.audience = Objects.requireNonNull(audience, "audience");
        this.keys = Objects.requireNonNull(keys, "keys");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.skew = Objects.requireNonNull(skew, "skew");
    }

    @Override
    public Verification verify(String token) {
        var parsed = SignedJwt.parse(token, codec);
        if (parsed.isEmpty()) {
            return rejected("The access token is not a well-formed JWT.");
        }
        var jwt = parsed.get();
        var algorithm = jwt.headerText("alg").flatMap(JwsAlgorithm::fromWireName);
        if (algorithm.isEmpty()) {
            return rejected("The access token's signing algorithm is not accepted (RS256, ES256 or EdDSA).");
        }
        if (jwt.header().has("crit")) {
            return rejected("The access token has critical header parameters this server does not understand.");
        }
        if (!signatureValid(jwt, algorithm.get())) {
            return rejected("The access token's signature could not be verified.");
        }
        return claims(jwt.claims());
    }

    private boolean signatureValid(SignedJwt jwt, JwsAlgorithm algorithm) {
        int expectedLength = algorithm.signatureLength();
        if (expectedLength > 0 && jwt.signature().length != expectedLength) {
            return false;
        }
        for (var key : keys.keysFor(jwt.headerText("kid"))) {
            if (!key.accepts(algorithm)) {
                continue;
            }
            try {
                var verifier = Signature.getInstance(algorithm.jdkName());
                verifier.initVerify(key.key());
                verifier.update(jwt.signingInput());
                if (verifier.verify(jwt.signature())) {
                    return true;
                }
            } catch (GeneralSecurityException | RuntimeException e) {
                // A malformed signature for this key type is just not a valid one; try the next key.
            }
        }
        return false;
    }

    private Verification claims(JsonNode claims) {
        if (!issuer.equals(text(claims, "iss").orElse(null))) {
            return rejected("The access token was not issued by this server's authorization server.");
        }
        if (!audiences(claims).contains(audience)) {
            return rejected("The access token was not issued for this resource (audience).");
        }
        var now = clock.instant();
        var expires = seconds(claims, "exp");
        if (expires.isEmpty()) {
            return rejected("The access token has no expiry.");
        }
        if (!now.isBefore(expires.get().plus(skew))) {
            return rejected("The access token has expired.");
        }
        var notBefore = seconds(claims, "nbf");
        if (notBefore.isPresent() && now.isBefore(notBefore.get().minus(skew))) {
            return rejected("The access token is not valid yet.");
        }
        var identity = text(claims, "sub").or(() -> text(claims, "client_id")).filter(s -> !s.isBlank());
        if (identity.isEmpty()) {
            return rejected("The access token names no subject.");
        }
        return new Verification.Verified(new Principal(identity.get(), scopes(claims)), expires);
    }

    private static Set<String> audiences(JsonNode claims) {
        var aud = claims.get("aud");
        var values = new LinkedHashSet<String>();
        if (aud != null && aud.isTextual()) {
            values.add(aud.textValue());
        } else if (aud != null && aud.isArray()) {
            aud.forEach(element -> {
                if (element.isTextual()) {
                    values.add(element.textValue());
                }
            });
        }
        return values;
    }

    /** {@code scope} (RFC 9068, space separated) or, as some servers send it, {@code scp}. */
    private static Set<String> scopes(JsonNode claims) {
        var values = new LinkedHashSet<String>();
        for (var name : new String[] {"scope", "scp"}) {
            var claim = claims.get(name);
            if (claim != null && claim.isTextual()) {
                for (var scope : claim.textValue().split(" ")) {
                    if (!scope.isEmpty()) {
                        values.add(scope);
                    }
                }
            } else if (claim != null && claim.isArray()) {
                claim.forEach(element -> {
                    if (element.isTextual()) {
                        values.add(element.textValue());
                    }
                });
            }
        }
        return values;
    }

    private static Optional<String> text(JsonNode node, String name) {
        var value = node.get(name);
        return value != null && value.isTextual() ? Optional.of(value.textValue()) : Optional.empty();
    }

    private static Optional<Instant> seconds(JsonNode node, String name) {
        var value = node.get(name);
        if (value == null || !value.isNumber()) {
            return Optional.empty();
        }
        // Far-future or fractional values are clamped to whole seconds the JDK can represent.
        double seconds = value.asDouble();
        if (Double.isNaN(seconds) || seconds > Instant.MAX.getEpochSecond() || seconds < 0) {
            return Optional.empty();
        }
        return Optional.of(Instant.ofEpochSecond((long) seconds));
    }

    private static Verification rejected(String description) {
        return new Verification.Rejected(description);
    }
}
