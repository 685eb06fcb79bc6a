package io.purplemcp.adapters.mcp.http.auth;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a JSON Web Key Set (RFC 7517) into JDK public keys. Keys this server cannot or must not use
 * (symmetric, encryption-only, unknown curves, short RSA moduli) are skipped rather than failing the
 * set: one odd key must not lock out tokens signed with the others.
 */
final class JwkSet {

    private static final int MIN_RSA_BITS = 2048;
    // The DER header of an Ed25519 SubjectPublicKeyInfo (RFC 8410); the 32 key bytes follow it.
    private static final byte[] ED25519_SPKI_PREFIX = {
        0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00
    };

    private JwkSet() {}

    static List<VerificationKey> parse(JsonNode set) {
        var keys = new ArrayList<VerificationKey>();
        var array = set == null ? null : set.get("keys");
        if (array == null || !array.isArray()) {
            throw new IllegalArgumentException("not a JWK set: no \"keys\" array");
        }
        for (var jwk : array) {
            key(jwk).ifPresent(keys::add);
        }
        return List.copyOf(keys);
    }

    static Optional<VerificationKey> key(JsonNode jwk) {
        if (!jwk.isObject()) {
            return Optional.empty();
        }
        var use = text(jwk, "use");
        if (use.isPresent() && !use.get().equals("sig")) {
            return Optional.empty();
        }
        Optional<JwsAlgorithm> algorithm = Optional.empty();
        var alg = text(jwk, "alg");
        if (alg.isPresent()) {
            algorithm = JwsAlgorithm.fromWireName(alg.get());
            if (algorithm.isEmpty()) {
                return Optional.empty(); // pinned to an algorithm we refuse (HS256, none, ...)
            }
        }
        try {
            var publicKey = publicKey(jwk);
            if (publicKey.isEmpty()) {
                return Optional.empty();
            }
            var key = new VerificationKey(text(jwk, "kid"), publicKey.get(), algorithm);
            if (algorithm.isPresent() && !algorithm.get().fits(publicKey.get())) {
                return Optional.empty();
            }
            return Optional.of(key);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<PublicKey> publicKey(JsonNode jwk) throws GeneralSecurityException {
        var kty = text(jwk, "kty").orElse("");
        switch (kty) {
            case "RSA" -> {
                var n = unsigned(jwk, "n");
                var e = unsigned(jwk, "e");
                var key = (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(n, e));
                return key.getModulus().bitLength() < MIN_RSA_BITS ? Optional.empty() : Optional.of(key);
            }
            case "EC" -> {
                if (!text(jwk, "crv").orElse("").equals("P-256")) {
                    return Optional.empty();
                }
                var parameters = AlgorithmParameters.getInstance("EC");
                parameters.init(new ECGenParameterSpec("secp256r1"));
                var spec = parameters.getParameterSpec(ECParameterSpec.class);
                var point = new ECPoint(unsigned(jwk, "x"), unsigned(jwk, "y"));
                // KeyFactory checks that the point lies on the curve, which defeats invalid-curve keys.
                return Optional.of(KeyFactory.getInstance("EC").generatePublic(new ECPublicKeySpec(point, spec)));
            }
            case "OKP" -> {
                if (!text(jwk, "crv").orElse("").equals("Ed25519")) {
                    return Optional.empty();
                }
                var x = bytes(jwk, "x");
                if (x.length != 32) {
                    return Optional.empty();
                }
                var encoded = new byte[ED25519_SPKI_PREFIX.length + 32];
                System.arraycopy(ED25519_SPKI_PREFIX, 0, encoded, 0, ED25519_SPKI_PREFIX.length);
                System.arraycopy(x, 0, encoded, ED25519_SPKI_PREFIX.length, 32);
                return Optional.of(KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(encoded)));
            }
            default -> {
                return Optional.empty();
            }
        }
    }

    private static BigInteger unsigned(JsonNode jwk, String member) {
        return new BigInteger(1, bytes(jwk, member));
    }

    private static byte[] bytes(JsonNode jwk, String member) {
        return Base64Url.decode(text(jwk, member).orElseThrow(() -> new IllegalArgumentException("no " + member)));
    }

    private static Optional<String> text(JsonNode node, String member) {
        var value = node.get(member);
        return value != null && value.isTextual() ? Optional.of(value.textValue()) : Optional.empty();
    }
}
