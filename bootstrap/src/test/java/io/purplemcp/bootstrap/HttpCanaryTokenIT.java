package io.purplemcp.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bearer tokens presented to the HTTP transport, good or bad, opaque or JWT-shaped: none may reach a log
 * line or an audit line, even with {@code --verbose}. The audit log goes to stderr here (its default),
 * so one look at stderr covers both.
 */
class HttpCanaryTokenIT {

    private static final String GOOD = "CANARY-bearer-9b2e-good-token";
    private static final String BAD = "CANARY-bearer-4411-bad-token";
    private static final String JWT_SHAPED = Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString("{\"alg\":\"RS256\",\"kid\":\"CANARY-kid\"}".getBytes(StandardCharsets.UTF_8))
            + "."
            + Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString("{\"sub\":\"CANARY-jwt-sub\"}".getBytes(StandardCharsets.UTF_8))
            + ".CANARY-jwt-signature";

    private final HttpClient client =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @TempDir
    Path dir;

    @Test
    void bearerTokensNeverReachStderrOrTheAuditLog() throws Exception {
        var tokens = dir.resolve("tokens");
        Files.writeString(tokens, "ci-bot " + sha256(GOOD) + "\n");
        int port = RunningJar.freePort();
        var environment =
                Map.of("PURPLEMCP_HTTP_AUTH", "bearer", "PURPLEMCP_HTTP_BEARER_TOKENS_FILE", tokens.toString());
        try (var jar = RunningJar.start(
                environment, List.of("--demo", "--verbose", "--mode", "streamable-http", "--port", "" + port))) {
            var endpoint = URI.create("http://127.0.0.1:" + port + "/mcp");
            var init = post(endpoint, GOOD, null, initialize());
            assertThat(init.statusCode()).isEqualTo(200);
            var session = init.headers().firstValue("Mcp-Session-Id").orElseThrow();
            assertThat(post(endpoint, GOOD, session, call()).statusCode()).isEqualTo(200);
            assertThat(post(endpoint, BAD, null, initialize()).statusCode()).isEqualTo(401);
            assertThat(post(endpoint, JWT_SHAPED, null, initialize()).statusCode())
                    .isEqualTo(401);
            assertThat(post(endpoint, null, null, initialize()).statusCode()).isEqualTo(401);
            assertThat(jar.terminate()).isEqualTo(143);

            var stderr = jar.stderr();
            assertThat(stderr)
                    .contains("\"event\":\"tool_call\"", "\"identity\":\"ci-bot\"", "\"reason\":\"invalid_token\"")
                    .doesNotContain(GOOD, BAD, JWT_SHAPED, "CANARY");
        }
    }

    private HttpResponse<String> post(URI endpoint, String token, String session, String body) throws Exception {
        var authorization = token == null ? null : "Bearer " + token;
        return client.send(
                RunningJar.mcpPost(endpoint, body, "Authorization", authorization, "Mcp-Session-Id", session),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String initialize() {
        return "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":"
                + "\"2025-06-18\",\"capabilities\":{},\"clientInfo\":{\"name\":\"it\",\"version\":\"1\"}}}";
    }

    private static String call() {
        return "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/call\",\"params\":{\"name\":"
                + "\"iso_to_unix_timestamp\",\"arguments\":{\"iso_datetime\":\"2025-01-01T00:00:00Z\"}}}";
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
