package io.purplemcp.adapters.mcp.http.auth;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Arrays;
import java.util.Base64;

/**
 * Keys and tokens for tests, minted independently of the code under test: ES256 signatures are made in
 * the JDK's DER form and converted to JOSE's R||S here, by hand.
 */
public final class TestKeys {

    public static final ObjectMapper JSON = new ObjectMapper();

    public enum Kind {
        RSA,
        EC,
        ED25519
    }

    public final Kind kind;
    public final String kid;
    public final KeyPair pair;

    private TestKeys(Kind kind, String kid, KeyPair pair) {
        this.kind = kind;
        this.kid = kid;
        this.pair = pair;
    }

    public static TestKeys generate(Kind kind, String kid) {
        try {
            KeyPairGenerator generator;
            switch (kind) {
                case RSA -> {
                    generator = KeyPairGenerator.getInstance("RSA");
                    generator.initialize(2048);
                }
                case EC -> {
                    generator = KeyPairGenerator.getInstance("EC");
                    generator.initialize(new ECGenParameterSpec("secp256r1"));
                }
                default -> generator = KeyPairGenerator.getInstance("Ed25519");
            }
            return new TestKeys(kind, kid, generator.generateKeyPair());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public String alg() {
        return switch (kind) {
            case RSA -> "RS256";
            case EC -> "ES256";
            case ED25519 -> "EdDSA";
        };
    }

    /** The public JWK. */
    public ObjectNode jwk() {
        var jwk = JsonNodeFactory.instance.objectNode();
        jwk.put("kid", kid);
        jwk.put("use", "sig");
        switch (kind) {
            case RSA -> {
                var key = (RSAPublicKey) pair.getPublic();
                jwk.put("kty", "RSA");
                jwk.put("n", b64(unsigned(key.getModulus())));
                jwk.put("e", b64(unsigned(key.getPublicExponent())));
            }
            case EC -> {
                var key = (ECPublicKey) pair.getPublic();
                jwk.put("kty", "EC");
                jwk.put("crv", "P-256");
                jwk.put("x", b64(fixed(key.getW().getAffineX(), 32)));
                jwk.put("y", b64(fixed(key.getW().getAffineY(), 32)));
            }
            case ED25519 -> {
                var encoded = pair.getPublic().getEncoded(); // SPKI: 12-byte header, then the 32 key bytes
                jwk.put("kty", "OKP");
                jwk.put("crv", "Ed25519");
                jwk.put("x", b64(Arrays.copyOfRange(encoded, encoded.length - 32, encoded.length)));
            }
        }
        return jwk;
    }

    public static ObjectNode jwks(TestKeys... keys) {
        var set = JsonNodeFactory.instance.objectNode();
        ArrayNode array = set.putArray("keys");
        for (var key : keys) {
            array.add(key.jwk());
        }
        return set;
    }

    /** A header with this key's alg and kid. */
    public ObjectNode header() {
        var header = JsonNodeFactory.instance.objectNode();
        header.put("alg", alg());
        header.put("typ", "at+jwt");
        header.put("kid", kid);
        return header;
    }

    public String sign(ObjectNode claims) {
        return sign(header(), claims);
    }

    public String sign(ObjectNode header, ObjectNode claims) {
        try {
            var input = b64(JSON.writeValueAsBytes(header)) + "." + b64(JSON.writeValueAsBytes(claims));
            byte[] signature;
            switch (kind) {
                case RSA -> signature = signWith("SHA256withRSA", input);
                case EC -> signature = derToJose(signWith("SHA256withECDSA", input));
                default -> signature = signWith("Ed25519", input);
            }
            return input + "." + b64(signature);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] signWith(String algorithm, String input) throws GeneralSecurityException {
        var signer = Signature.getInstance(algorithm);
        signer.initSign(pair.getPrivate());
        signer.update(input.getBytes(StandardCharsets.US_ASCII));
        return signer.sign();
    }

    /** DER SEQUENCE { INTEGER r, INTEGER s } to the 64-byte R||S of RFC 7518 section 3.4. */
    static byte[] derToJose(byte[] der) {
        int offset = 2;
        if ((der[1] & 0xff) == 0x81) {
            offset = 3;
        }
        int rLength = der[offset + 1];
        var r = new BigInteger(1, Arrays.copyOfRange(der, offset + 2, offset + 2 + rLength));
        int sOffset = offset + 2 + rLength;
        int sLength = der[sOffset + 1];
        var s = new BigInteger(1, Arrays.copyOfRange(der, sOffset + 2, sOffset + 2 + sLength));
        var out = new byte[64];
        System.arraycopy(fixed(r, 32), 0, out, 0, 32);
        System.arraycopy(fixed(s, 32), 0, out, 32, 32);
        return out;
    }

    public static String b64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String b64(String text) {
        return b64(text.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] unsigned(BigInteger value) {
        var bytes = value.toByteArray();
        return bytes[0] == 0 && bytes.length > 1 ? Arrays.copyOfRange(bytes, 1, bytes.length) : bytes;
    }

    private static byte[] fixed(BigInteger value, int length) {
        var bytes = unsigned(value);
        var out = new byte[length];
        System.arraycopy(bytes, 0, out, length - bytes.length, bytes.length);
        return out;
    }
}
