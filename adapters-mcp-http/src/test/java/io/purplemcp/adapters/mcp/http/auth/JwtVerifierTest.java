package io.purplemcp.adapters.mcp.http.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class JwtVerifierTest {

    private static final String ISSUER = "https://as.example.com";
    private static final String AUDIENCE = "https://mcp.example.com/mcp";
    private static final Instant NOW = Instant.parse("2026-12-04T09:00:00Z");
    private static final TestKeys RSA = TestKeys.generate(TestKeys.Kind.RSA, "rsa-1");
    private static final TestKeys EC = TestKeys.generate(TestKeys.Kind.EC, "ec-1");
    private static final TestKeys ED = TestKeys.generate(TestKeys.Kind.ED25519, "ed-1");

    private final AtomicReference<JsonNode> published = new AtomicReference<>(TestKeys.jwks(RSA, EC, ED));
    private final AtomicInteger fetches = new AtomicInteger();
    private final AtomicLong nanos = new AtomicLong();
    private volatile boolean jwksDown;

    private final JwksCache cache = new JwksCache(
            () -> {
                fetches.incrementAndGet();
                if (jwksDown) {
                    throw new IOException("connection refused");
                }
                return published.get();
            },
            Duration.ofSeconds(30),
            Duration.ofHours(1),
            nanos::get);
    private final JwtVerifier verifier =
            new JwtVerifier(ISSUER, AUDIENCE, cache, Clock.fixed(NOW, ZoneOffset.UTC), JwtVerifier.DEFAULT_CLOCK_SKEW);

    static ObjectNode claims() {
        var claims = JsonNodeFactory.instance.objectNode();
        claims.put("iss", ISSUER);
        claims.put("aud", AUDIENCE);
        claims.put("sub", "analyst-7");
        claims.put("exp", NOW.plusSeconds(300).getEpochSecond());
        claims.put("nbf", NOW.minusSeconds(10).getEpochSecond());
        claims.put("iat", NOW.minusSeconds(10).getEpochSecond());
        claims.put("scope", "mcp:read mcp:tools");
        return claims;
    }

    @ParameterizedTest
    @EnumSource(TestKeys.Kind.class)
    void acceptsEachAlgorithm(TestKeys.Kind kind) {
        var key = kind == TestKeys.Kind.RSA ? RSA : kind == TestKeys.Kind.EC ? EC : ED;
        var verdict = verifier.verify(key.sign(claims()));
        assertThat(verdict).isInstanceOf(Verification.Verified.class);
        var principal = ((Verification.Verified) verdict).principal();
        assertThat(principal.identity()).isEqualTo("analyst-7");
        assertThat(principal.scopes()).containsExactlyInAnyOrder("mcp:read", "mcp:tools");
        assertThat(((Verification.Verified) verdict).expiresAt()).contains(NOW.plusSeconds(300));
    }

    @Test
    void refusesAlgNone() {
        var header = JsonNodeFactory.instance.objectNode().put("alg", "none").put("kid", "rsa-1");
        var token = TestKeys.b64(header.toString()) + "." + TestKeys.b64(claims().toString()) + ".";
        assertRejected(token, "algorithm");
    }

    /** The classic confusion: HMAC keyed with the public key, which anyone can fetch. */
    @Test
    void refusesHmacEvenKeyedWithThePublicKey() throws Exception {
        for (var alg : new String[] {"HS256", "HS384", "HS512"}) {
            var header = JsonNodeFactory.instance.objectNode().put("alg", alg).put("kid", "rsa-1");
            var input = TestKeys.b64(header.toString()) + "." + TestKeys.b64(claims().toString());
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(RSA.pair.getPublic().getEncoded(), "HmacSHA256"));
            var token = input + "." + TestKeys.b64(mac.doFinal(input.getBytes(StandardCharsets.US_ASCII)));
            assertRejected(token, "algorithm");
        }
    }

    @Test
    void refusesAnAlgorithmThatDoesNotFitTheKey() {
        // Signed by the EC key, but the header claims RS256 and names the EC key.
        var header = EC.header().put("alg", "RS256");
        assertRejected(EC.sign(header, claims()), "signature");
    }

    @Test
    void refusesATamperedPayload() {
        var token = RSA.sign(claims());
        var parts = token.split("\\.");
        var forged = parts[0] + "." + TestKeys.b64(claims().put("sub", "admin").toString()) + "." + parts[2];
        assertRejected(forged, "signature");
    }

    @Test
    void refusesASignatureByAnotherKeyUnderAKnownKid() {
        var impostor = TestKeys.generate(TestKeys.Kind.RSA, "rsa-1");
        assertRejected(impostor.sign(claims()), "signature");
    }

    @Test
    void refusesAnEs256SignatureOfTheWrongLength() {
        var token = EC.sign(claims());
        var truncated = token.substring(0, token.lastIndexOf('.') + 1) + TestKeys.b64(new byte[63]);
        assertRejected(truncated, "signature");
    }

    @Test
    void refusesCriticalHeaders() {
        var header = RSA.header();
        header.putArray("crit").add("exp");
        assertRejected(RSA.sign(header, claims()), "critical");
    }

    @Test
    void refusesAnotherIssuer() {
        assertRejected(RSA.sign(claims().put("iss", "https://evil.example.com")), "issued by");
    }

    @Test
    void refusesAnotherAudience() {
        assertRejected(RSA.sign(claims().put("aud", "https://other.example.com/mcp")), "audience");
        var noAudience = claims();
        noAudience.remove("aud");
        assertRejected(RSA.sign(noAudience), "audience");
    }

    @Test
    void acceptsAnAudienceListThatNamesUs() {
        var claims = claims();
        claims.putArray("aud").add("https://other.example.com").add(AUDIENCE);
        assertAccepted(RSA.sign(claims));
    }

    /** An expiry passed, or a start not reached, by more than the allowed clock skew is refused; within it, not. */
    @ParameterizedTest
    @CsvSource({"exp, -61, -30, expired", "nbf, 120, 30, not valid yet"})
    void refusesTimeClaimsBeyondTheSkewOnly(String claim, long refusedOffset, long acceptedOffset, String reason) {
        assertRejected(
                RSA.sign(claims().put(claim, NOW.plusSeconds(refusedOffset).getEpochSecond())), reason);
        assertAccepted(
                RSA.sign(claims().put(claim, NOW.plusSeconds(acceptedOffset).getEpochSecond())));
    }

    @Test
    void refusesTokensWithoutExpiry() {
        var claims = claims();
        claims.remove("exp");
        assertRejected(RSA.sign(claims), "expiry");
        assertRejected(RSA.sign(claims().put("exp", "tomorrow")), "expiry");
    }

    @Test
    void identityIsTheClientWhenThereIsNoSubject() {
        var claims = claims();
        claims.remove("sub");
        claims.put("client_id", "agent-platform");
        var verdict = (Verification.Verified) verifier.verify(RSA.sign(claims));
        assertThat(verdict.principal().identity()).isEqualTo("agent-platform");
        claims.remove("client_id");
        assertRejected(RSA.sign(claims), "subject");
    }

    @Test
    void readsScpArrays() {
        var claims = claims();
        claims.remove("scope");
        claims.putArray("scp").add("a").add("b");
        var verdict = (Verification.Verified) verifier.verify(RSA.sign(claims));
        assertThat(verdict.principal().scopes()).containsExactlyInAnyOrder("a", "b");
    }

    @Test
    void refusesMalformedTokens() {
        var valid = RSA.sign(claims());
        for (var token : new String[] {
            "",
            "a.b",
            "a.b.c.d",
            valid + ".",
            "!!!." + valid.substring(valid.indexOf('.') + 1),
            TestKeys.b64("[1]") + "." + TestKeys.b64("{}") + ".AA",
            valid.replace('-', '+')
        }) {
            assertThat(verifier.verify(token)).as(token).isInstanceOf(Verification.Rejected.class);
        }
    }

    @Test
    void keyRotationIsPickedUpOnAnUnknownKid() {
        assertAccepted(RSA.sign(claims()));
        var next = TestKeys.generate(TestKeys.Kind.RSA, "rsa-2");
        published.set(TestKeys.jwks(next));
        nanos.addAndGet(Duration.ofSeconds(31).toNanos());
        assertAccepted(next.sign(claims()));
        // The retired key went with the old set.
        assertRejected(RSA.sign(claims()), "signature");
    }

    @Test
    void aKeyDroppedFromTheSetAtARoutineRefreshIsNotHonouredAgain() {
        assertAccepted(EC.sign(claims()));
        published.set(TestKeys.jwks(RSA));
        nanos.addAndGet(Duration.ofHours(2).toNanos()); // stale: the next token triggers a refresh
        assertRejected(EC.sign(claims()), "signature");
        assertAccepted(RSA.sign(claims()));
    }

    @Test
    void unknownKidsRefreshAtMostOncePerInterval() {
        assertAccepted(RSA.sign(claims()));
        int before = fetches.get();
        for (int i = 0; i < 50; i++) {
            var stranger = TestKeys.generate(TestKeys.Kind.EC, "unknown-" + i);
            assertRejected(stranger.sign(claims()), "signature");
        }
        assertThat(fetches.get() - before).isLessThanOrEqualTo(1);
    }

    @Test
    void aJwksOutageKeepsKnownKeysWorking() {
        assertAccepted(EC.sign(claims()));
        jwksDown = true;
        nanos.addAndGet(Duration.ofHours(2).toNanos()); // the keys are stale: a refresh is tried and fails
        assertAccepted(EC.sign(claims()));
        assertAccepted(ED.sign(claims()));
        assertRejected(TestKeys.generate(TestKeys.Kind.RSA, "new").sign(claims()), "signature");
    }

    @Test
    void aJwksOutageFromTheStartRefusesEverything() {
        jwksDown = true;
        assertRejected(RSA.sign(claims()), "signature");
    }

    @Test
    void skipsUnusableKeysInTheSet() {
        var weak = JsonNodeFactory.instance.objectNode();
        weak.put("kty", "oct").put("k", "c2VjcmV0").put("kid", "hmac");
        var set = TestKeys.jwks(RSA);
        ((com.fasterxml.jackson.databind.node.ArrayNode) set.get("keys")).add(weak);
        set.withArray("keys").add(EC.jwk().put("use", "enc").put("kid", "enc-1"));
        assertThat(JwkSet.parse(set)).hasSize(1);
        assertThat(JwkSet.key(EC.jwk().put("alg", "HS256"))).isEmpty();
        assertThat(JwkSet.key(EC.jwk().put("crv", "P-384"))).isEmpty();
        assertThat(JwkSet.key(RSA.jwk().put("alg", "ES256"))).isEmpty();
    }

    @Test
    void refusesShortRsaKeys() throws Exception {
        var generator = java.security.KeyPairGenerator.getInstance("RSA");
        generator.initialize(1024);
        var key = (java.security.interfaces.RSAPublicKey)
                generator.generateKeyPair().getPublic();
        var jwk = JsonNodeFactory.instance
                .objectNode()
                .put("kty", "RSA")
                .put("n", TestKeys.b64(key.getModulus().toByteArray()))
                .put("e", TestKeys.b64(key.getPublicExponent().toByteArray()));
        assertThat(JwkSet.key(jwk)).isEqualTo(Optional.empty());
    }

    private void assertAccepted(String token) {
        assertThat(verifier.verify(token)).isInstanceOf(Verification.Verified.class);
    }

    private void assertRejected(String token, String reasonPart) {
        var verdict = verifier.verify(token);
        assertThat(verdict).isInstanceOf(Verification.Rejected.class);
        var description = ((Verification.Rejected) verdict).description();
        assertThat(description).containsIgnoringCase(reasonPart).doesNotContain(token);
    }
}
