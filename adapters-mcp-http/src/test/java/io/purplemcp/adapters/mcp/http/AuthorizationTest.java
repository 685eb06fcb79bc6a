package io.purplemcp.adapters.mcp.http;

import static io.purplemcp.adapters.mcp.http.TestServer.echo;
import static io.purplemcp.adapters.mcp.http.TestServer.initializeBody;
import static io.purplemcp.adapters.mcp.http.TestServer.initialized;
import static io.purplemcp.adapters.mcp.http.TestServer.json;
import static io.purplemcp.adapters.mcp.http.TestServer.toolsList;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import io.purplemcp.adapters.mcp.http.auth.AuthMethod;
import io.purplemcp.adapters.mcp.http.auth.BearerTokenEntry;
import io.purplemcp.adapters.mcp.http.auth.HttpSecuritySettings;
import io.purplemcp.adapters.mcp.http.auth.HttpSecuritySettings.RateLimit;
import io.purplemcp.adapters.mcp.http.auth.TestKeys;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The authorization modes over real sockets: challenges, metadata, scopes, sessions, limits, audit lines. */
class AuthorizationTest {

    private static final String ISSUER = "http://127.0.0.1/issuer";
    private static final String RESOURCE = "http://127.0.0.1:9/mcp";
    private static final TestKeys KEY = TestKeys.generate(TestKeys.Kind.EC, "k1");

    private HttpServer jwks;
    private final ByteArrayOutputStream auditLines = new ByteArrayOutputStream();

    @BeforeEach
    void publishKeys() throws IOException {
        jwks = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        var body = TestKeys.jwks(KEY).toString().getBytes(StandardCharsets.UTF_8);
        jwks.createContext("/jwks", exchange -> {
            exchange.sendResponseHeaders(200, body.length);
            try (var out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        jwks.start();
    }

    @AfterEach
    void stopKeys() {
        jwks.stop(0);
    }

    private HttpSecuritySettings oauth(RateLimit toolCalls) {
        var method = new AuthMethod.OAuth(
                ISSUER,
                Optional.of(URI.create("http://127.0.0.1:" + jwks.getAddress().getPort() + "/jwks")),
                URI.create(RESOURCE),
                RESOURCE,
                Set.of("mcp:tools"));
        return new HttpSecuritySettings(method, toolCalls, RateLimit.OFF, List.of(), Optional.of(() -> auditLines));
    }

    private static ObjectNode claims(String subject) {
        var claims = JsonNodeFactory.instance.objectNode();
        claims.put("iss", ISSUER);
        claims.put("aud", RESOURCE);
        claims.put("sub", subject);
        claims.put("scope", "mcp:tools");
        claims.put("exp", Instant.now().plusSeconds(300).getEpochSecond());
        return claims;
    }

    private static String bearer(ObjectNode claims) {
        return "Bearer " + KEY.sign(claims);
    }

    /** The challenge an initialize with a token of these claims gets, once its status is checked. */
    private static String challengeTo(TestServer t, ObjectNode claims, int status) {
        var response = t.post(initializeBody("2025-06-18"), "Authorization", bearer(claims));
        assertThat(response.statusCode()).isEqualTo(status);
        return response.headers().firstValue("WWW-Authenticate").orElseThrow();
    }

    @Test
    void withoutATokenTheClientIsSentToTheMetadata() throws Exception {
        try (var t = TestServer.streamable().security(oauth(RateLimit.OFF)).start()) {
            var response = t.post(initializeBody("2025-06-18"));
            assertThat(response.statusCode()).isEqualTo(401);
            var challenge = response.headers().firstValue("WWW-Authenticate").orElseThrow();
            assertThat(challenge)
                    .isEqualTo(
                            "Bearer resource_metadata=\"http://127.0.0.1:9/.well-known/oauth-protected-resource/mcp\","
                                    + " scope=\"mcp:tools\"");
            assertThat(t.server.sessionCount()).isZero();

            for (var path :
                    List.of("/.well-known/oauth-protected-resource", "/.well-known/oauth-protected-resource/mcp")) {
                var metadata = TestServer.send(t.request(path).GET().build());
                assertThat(metadata.statusCode()).as(path).isEqualTo(200);
                var document = json(metadata.body());
                assertThat(document.get("resource").asText()).isEqualTo(RESOURCE);
                assertThat(document.get("authorization_servers").get(0).asText())
                        .isEqualTo(ISSUER);
                assertThat(document.get("scopes_supported").get(0).asText()).isEqualTo("mcp:tools");
            }
            assertThat(TestServer.send(t.request("/health").GET().build()).statusCode())
                    .isEqualTo(200);
        }
    }

    @Test
    void aValidTokenGetsThroughAndEachCallIsAudited() throws Exception {
        try (var t = TestServer.streamable().security(oauth(RateLimit.OFF)).start()) {
            var token = bearer(claims("analyst-7"));
            var init = t.post(initializeBody("2025-06-18"), "Authorization", token);
            assertThat(init.statusCode()).isEqualTo(200);
            var session = init.headers().firstValue("mcp-session-id").orElseThrow();
            assertThat(t.post(initialized(), "Mcp-Session-Id", session, "Authorization", token)
                            .statusCode())
                    .isEqualTo(202);
            var reply = t.post(echo(2, "secret-indicator-1.2.3.4"), "Mcp-Session-Id", session, "Authorization", token);
            assertThat(json(reply.body()).at("/result/content/0/text").asText()).isEqualTo("secret-indicator-1.2.3.4");
            t.server.shutdown(java.time.Duration.ofSeconds(2)); // flushes the audit log

            var lines = auditLines.toString(StandardCharsets.UTF_8).strip().split("\n");
            assertThat(lines).hasSize(1);
            var line = json(lines[0]);
            assertThat(line.get("event").asText()).isEqualTo("tool_call");
            assertThat(line.get("identity").asText()).isEqualTo("analyst-7");
            assertThat(line.get("client").asText()).isEqualTo("127.0.0.1");
            assertThat(line.get("session").asText())
                    .isEqualTo(RequestOrigins.hash(session))
                    .isNotEqualTo(session);
            assertThat(line.get("request_id").asText()).isEqualTo("2");
            assertThat(line.get("tool").asText()).isEqualTo("echo");
            assertThat(line.get("outcome").asText()).isEqualTo("ok");
            assertThat(lines[0]).doesNotContain("secret-indicator").doesNotContain(token.substring(7));
        }
    }

    @Test
    void wrongAudienceAndExpiryAreInvalidTokensAndMissingScopeIsForbidden() throws Exception {
        try (var t = TestServer.streamable().security(oauth(RateLimit.OFF)).start()) {
            assertThat(challengeTo(t, claims("a").put("aud", "https://other/mcp"), 401))
                    .contains("error=\"invalid_token\"")
                    .contains("resource_metadata=");

            assertThat(challengeTo(
                            t,
                            claims("a")
                                    .put("exp", Instant.now().minusSeconds(3600).getEpochSecond()),
                            401))
                    .contains("expired");

            assertThat(challengeTo(t, claims("a").put("scope", "mcp:read"), 403))
                    .startsWith("Bearer error=\"insufficient_scope\", scope=\"mcp:tools\"");
            t.server.shutdown(java.time.Duration.ofSeconds(2));
            assertThat(auditLines.toString(StandardCharsets.UTF_8).strip().split("\n"))
                    .hasSize(3)
                    .allSatisfy(line -> assertThat(line).contains("\"event\":\"authorization_failure\""));
        }
    }

    @Test
    void aSessionBelongsToWhoeverCreatedIt() throws Exception {
        try (var t = TestServer.streamable().security(oauth(RateLimit.OFF)).start()) {
            var alice = bearer(claims("alice"));
            var mallory = bearer(claims("mallory"));
            var init = t.post(initializeBody("2025-06-18"), "Authorization", alice);
            var session = init.headers().firstValue("mcp-session-id").orElseThrow();

            var hijack = t.post(toolsList(2), "Mcp-Session-Id", session, "Authorization", mallory);
            assertThat(hijack.statusCode()).isEqualTo(404);
            var delete = TestServer.send(t.request("/mcp")
                    .header("Mcp-Session-Id", session)
                    .header("Authorization", mallory)
                    .DELETE()
                    .build());
            assertThat(delete.statusCode()).isEqualTo(404);

            assertThat(t.post(toolsList(3), "Mcp-Session-Id", session, "Authorization", alice)
                            .statusCode())
                    .isEqualTo(200);
        }
    }

    @Test
    void legacySseSessionsBelongToTheirCreatorToo() throws Exception {
        var token = "t0ken-for-ci";
        var bearer = new HttpSecuritySettings(
                new AuthMethod.Bearer(List.of(
                        new BearerTokenEntry("ci", sha256(token)), new BearerTokenEntry("other", sha256("other")))),
                RateLimit.OFF,
                RateLimit.OFF,
                List.of(),
                Optional.empty());
        try (var t = TestServer.sse().security(bearer).start()) {
            assertThat(TestServer.send(t.request("/sse").GET().build()).statusCode())
                    .isEqualTo(401);
            var stream = TestServer.stream(t.request("/sse")
                    .header("Accept", "text/event-stream")
                    .header("Authorization", "Bearer " + token)
                    .GET()
                    .build());
            assertThat(stream.statusCode()).isEqualTo(200);
            try (var events = new SseReader(stream.body())) {
                var endpoint = events.nextEvent().data();
                var post = t.request(endpoint)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(initializeBody("2024-11-05")));
                assertThat(TestServer.send(post.header("Authorization", "Bearer other")
                                        .build())
                                .statusCode())
                        .isEqualTo(404);
                var own = t.request(endpoint)
                        .header("Content-Type", "application/json")
                        .header("Authorization", "Bearer " + token)
                        .POST(HttpRequest.BodyPublishers.ofString(initializeBody("2024-11-05")))
                        .build();
                assertThat(TestServer.send(own).statusCode()).isEqualTo(202);
            }
        }
    }

    @Test
    void toolCallsBeyondTheRateAreRefusedWithRetryAfter() throws Exception {
        try (var t =
                // One call a minute after a burst of two: a loaded machine cannot refill the bucket
                // between the three calls, as it could at one a second.
                TestServer.streamable().security(oauth(new RateLimit(1, 2))).start()) {
            var token = bearer(claims("busy"));
            var init = t.post(initializeBody("2025-06-18"), "Authorization", token);
            var session = init.headers().firstValue("mcp-session-id").orElseThrow();
            assertThat(t.post(echo(2, "a"), "Mcp-Session-Id", session, "Authorization", token)
                            .statusCode())
                    .isEqualTo(200);
            assertThat(t.post(echo(3, "b"), "Mcp-Session-Id", session, "Authorization", token)
                            .statusCode())
                    .isEqualTo(200);
            HttpResponse<String> limited = t.post(echo(4, "c"), "Mcp-Session-Id", session, "Authorization", token);
            assertThat(limited.statusCode()).isEqualTo(429);
            assertThat(limited.headers()
                            .firstValue("Retry-After")
                            .map(Long::parseLong)
                            .orElseThrow())
                    .isBetween(1L, 60L);
            // Listing tools is not a tool call and stays possible.
            assertThat(t.post(toolsList(5), "Mcp-Session-Id", session, "Authorization", token)
                            .statusCode())
                    .isEqualTo(200);
        }
    }

    @Test
    void statelessCallsAreAuditedByRequestIdAndForwardedClient() throws Exception {
        var settings = new HttpSecuritySettings(
                new AuthMethod.Bearer(List.of(new BearerTokenEntry("ci", sha256("t0ken")))),
                RateLimit.OFF,
                RateLimit.OFF,
                List.of("127.0.0.1"),
                Optional.of(() -> auditLines));
        try (var t = TestServer.streamable().stateless().security(settings).start()) {
            var reply = t.post(
                    TestServer.call(41, "fail"), "Authorization", "Bearer t0ken", "X-Forwarded-For", "198.51.100.7");
            assertThat(reply.statusCode()).isEqualTo(200);
            t.server.shutdown(java.time.Duration.ofSeconds(2));
            var line = json(auditLines.toString(StandardCharsets.UTF_8).strip());
            assertThat(line.get("identity").asText()).isEqualTo("ci");
            assertThat(line.get("client").asText()).isEqualTo("198.51.100.7");
            assertThat(line.has("session")).isFalse();
            assertThat(line.get("request_id").asText()).isEqualTo("41");
            assertThat(line.get("tool").asText()).isEqualTo("fail");
            assertThat(line.get("outcome").asText()).isEqualTo("tool_error");
        }
    }

    @Test
    void noneModeStillServesWithoutAToken() throws Exception {
        try (var t = TestServer.streamable().start()) {
            var response = t.post(initializeBody("2025-06-18"));
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(TestServer.send(t.request("/.well-known/oauth-protected-resource")
                                    .GET()
                                    .build())
                            .statusCode())
                    .isEqualTo(404);
        }
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
