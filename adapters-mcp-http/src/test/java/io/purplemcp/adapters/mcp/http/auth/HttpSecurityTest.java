package io.purplemcp.adapters.mcp.http.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class HttpSecurityTest {

    private static final Instant NOW = Instant.parse("2026-12-04T09:00:00Z");
    private static final AuthMethod.OAuth OAUTH = new AuthMethod.OAuth(
            "https://as.example.com",
            Optional.empty(),
            URI.create("https://mcp.example.com/mcp"),
            "https://mcp.example.com/mcp",
            Set.of("mcp:tools"));

    private final AtomicInteger verifications = new AtomicInteger();
    private final AtomicLong nanos = new AtomicLong();

    /** What a server without rate limits answers a request from 10.0.0.1 that it refuses. */
    private Admission.Refused refusedWithoutLimits(String authorization) {
        return (Admission.Refused)
                security(HttpSecuritySettings.RateLimit.OFF).admit(List.of(authorization), "10.0.0.1");
    }

    private HttpSecurity security(HttpSecuritySettings.RateLimit unauthenticated) {
        TokenVerifier verifier = token -> {
            verifications.incrementAndGet();
            return switch (token) {
                case "good" ->
                    new Verification.Verified(
                            new Principal("alice", Set.of("mcp:tools")), Optional.of(NOW.plusSeconds(60)));
                case "narrow" ->
                    new Verification.Verified(
                            new Principal("bob", Set.of("mcp:read")), Optional.of(NOW.plusSeconds(60)));
                default -> new Verification.Rejected("The access token has expired.");
            };
        };
        var settings = new HttpSecuritySettings(
                OAUTH, HttpSecuritySettings.RateLimit.OFF, unauthenticated, List.of(), Optional.empty());
        return new HttpSecurity(
                settings,
                Optional.of(verifier),
                Optional.of(HttpSecurity.resource(OAUTH)),
                Clock.fixed(NOW, ZoneOffset.UTC),
                nanos::get);
    }

    @Test
    void missingTokenGetsTheDiscoveryChallenge() {
        var admission = security(HttpSecuritySettings.RateLimit.OFF).admit(null, "10.0.0.1");
        var refused = (Admission.Refused) admission;
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.challenge())
                .startsWith(
                        "Bearer resource_metadata=\"https://mcp.example.com/.well-known/oauth-protected-resource/mcp\"")
                .doesNotContain("error=");
    }

    @Test
    void aBadTokenGetsInvalidToken() {
        var refused = refusedWithoutLimits("Bearer expired");
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.reason()).isEqualTo("invalid_token");
        assertThat(refused.challenge()).contains("error=\"invalid_token\"").contains("expired");
    }

    @Test
    void aMalformedHeaderIsABadRequest() {
        var refused = refusedWithoutLimits("Basic YWxhZGRpbjpvcGVuc2VzYW1l");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.challenge()).contains("error=\"invalid_request\"");
    }

    @Test
    void aTokenWithoutTheScopeIsForbidden() {
        var refused = refusedWithoutLimits("Bearer narrow");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.identity()).contains("bob");
        assertThat(refused.challenge()).contains("error=\"insufficient_scope\"").contains("scope=\"mcp:tools\"");
    }

    @Test
    void aVerifiedTokenIsRememberedSoSteadyTrafficCostsOneCheck() {
        var security = security(new HttpSecuritySettings.RateLimit(60, 2));
        for (int i = 0; i < 20; i++) {
            assertThat(security.admit(List.of("Bearer good"), "10.0.0.1")).isInstanceOf(Admission.Admitted.class);
        }
        assertThat(verifications).hasValue(1);
    }

    @Test
    void aFloodOfBadTokensIsThrottledBeforeAnySignatureWork() {
        var security = security(new HttpSecuritySettings.RateLimit(60, 5));
        int throttled = 0;
        for (int i = 0; i < 100; i++) {
            var admission = security.admit(List.of("Bearer forged-" + i), "203.0.113.9");
            if (admission instanceof Admission.Throttled wait) {
                assertThat(wait.retryAfterSeconds()).isPositive();
                throttled++;
            }
        }
        assertThat(verifications).hasValue(5);
        assertThat(throttled).isEqualTo(95);
        // Another address is not punished for it.
        assertThat(security.admit(List.of("Bearer good"), "10.0.0.1")).isInstanceOf(Admission.Admitted.class);
    }

    @Test
    void noneModeAdmitsEveryoneAsAnonymous() {
        var security = HttpSecurity.create(HttpSecuritySettings.none());
        var admitted = (Admission.Admitted) security.admit(List.of("Bearer whatever"), "127.0.0.1");
        assertThat(admitted.principal().identity()).isEqualTo(HttpSecurity.ANONYMOUS);
        assertThat(security.protectedResource()).isEmpty();
    }

    @Test
    void bearerModeChallengesWithARealm() {
        var security = HttpSecurity.create(new HttpSecuritySettings(
                new AuthMethod.Bearer(List.of(new BearerTokenEntry("ci", BearerTokens.sha256("t0ken")))),
                HttpSecuritySettings.RateLimit.OFF,
                HttpSecuritySettings.RateLimit.OFF,
                List.of(),
                Optional.empty()));
        var refused = (Admission.Refused) security.admit(null, "127.0.0.1");
        assertThat(refused.challenge()).isEqualTo("Bearer realm=\"purple-mcp\"");
        var admitted = (Admission.Admitted) security.admit(List.of("Bearer t0ken"), "127.0.0.1");
        assertThat(admitted.principal().identity()).isEqualTo("ci");
    }
}
