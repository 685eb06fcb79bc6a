package io.purplemcp.adapters.mcp.http.auth;

import java.security.PublicKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.EdECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Arrays;
import java.util.Optional;

/**
 * The JWS algorithms accepted for access tokens: asymmetric only. {@code none} and the HMAC family are
 * absent on purpose: with them anyone who knows the public key (or nothing at all) could mint tokens.
 */
enum JwsAlgorithm {
    RS256("RS256", "SHA256withRSA", "RSA"),
    // JWS carries ECDSA signatures as raw R||S (RFC 7518 section 3.4); the P1363 variant takes exactly that.
    ES256("ES256", "SHA256withECDSAinP1363Format", "EC"),
    EDDSA("EdDSA", "Ed25519", "OKP");

    private final String wireName;
    private final String jdkName;
    private final String keyType;

    JwsAlgorithm(String wireName, String jdkName, String keyType) {
        this.wireName = wireName;
        this.jdkName = jdkName;
        this.keyType = keyType;
    }

    static Optional<JwsAlgorithm> fromWireName(String name) {
        return Arrays.stream(values()).filter(a -> a.wireName.equals(name)).findFirst();
    }

    String wireName() {
        return wireName;
    }

    String jdkName() {
        return jdkName;
    }

    /** The JWK {@code kty} this algorithm's keys have. */
    String keyType() {
        return keyType;
    }

    boolean fits(PublicKey key) {
        return switch (this) {
            case RS256 -> key instanceof RSAPublicKey;
            case ES256 -> key instanceof ECPublicKey;
            case EDDSA -> key instanceof EdECPublicKey;
        };
    }

    /** The exact signature length, or -1 when it depends on the key (RSA). */
    int signatureLength() {
        return switch (this) {
            case RS256 -> -1;
            case ES256 -> 64;
            case EDDSA -> 64;
        };
    }
}
