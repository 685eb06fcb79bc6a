package io.purplemcp.adapters.mcp.http;

import static io.purplemcp.adapters.mcp.http.TestServer.call;
import static io.purplemcp.adapters.mcp.http.TestServer.echo;
import static io.purplemcp.adapters.mcp.http.TestServer.toolsList;
import static org.assertj.core.api.Assertions.assertThat;

import io.purplemcp.adapters.mcp.http.auth.AuthMethod;
import io.purplemcp.adapters.mcp.http.auth.BearerTokenEntry;
import io.purplemcp.adapters.mcp.http.auth.HttpSecuritySettings;
import io.purplemcp.adapters.mcp.http.auth.HttpSecuritySettings.RateLimit;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class MetricsEndpointTest {

    @Test
    void metricsAreNotServedWhenOff() throws Exception {
        try (var t = TestServer.streamable().start()) {
            var response = TestServer.send(t.request("/metrics").GET().build());

            assertThat(response.statusCode()).isEqualTo(404);
        }
    }

    @Test
    void metricsAreServedInTheTextFormatWhenOn() throws Exception {
        try (var t = TestServer.streamable().metrics().start()) {
            var session = t.initialize();
            assertThat(t.post(toolsList(2), "Mcp-Session-Id", session).statusCode())
                    .isEqualTo(200);
            assertThat(t.post(echo(3, "hello"), "Mcp-Session-Id", session).statusCode())
                    .isEqualTo(200);
            assertThat(t.post(call(4, "fail"), "Mcp-Session-Id", session).statusCode())
                    .isEqualTo(200);
            assertThat(t.post(call(5, "no_such_tool"), "Mcp-Session-Id", session)
                            .statusCode())
                    .isEqualTo(200);
            assertThat(t.post("{not json").statusCode()).isEqualTo(400);

            var response = TestServer.send(t.request("/metrics").GET().build());

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("content-type"))
                    .hasValue("text/plain; version=0.0.4; charset=utf-8");
            assertThat(response.body())
                    .contains("# TYPE purplemcp_mcp_request_duration_seconds histogram")
                    .contains("purplemcp_mcp_request_duration_seconds_count{method=\"tools/list\",outcome=\"ok\"} 1")
                    .contains("purplemcp_tool_call_duration_seconds_count{tool=\"echo\",outcome=\"ok\"} 1")
                    .contains("purplemcp_tool_call_duration_seconds_count{tool=\"fail\",outcome=\"tool_error\"} 1")
                    .contains("purplemcp_tool_call_duration_seconds_count{tool=\"unknown\",outcome=\"error\"} 1")
                    .contains("purplemcp_http_rejected_requests_total{reason=\"bad_request\",status=\"400\"} 1")
                    .contains("purplemcp_sessions_open 1")
                    .contains("purplemcp_sse_streams_open 0")
                    .contains("purplemcp_calls_in_flight 0")
                    .doesNotContain(session)
                    .doesNotContain("hello")
                    .doesNotContain("no_such_tool");
        }
    }

    @Test
    void metricsNeedTheSameBearerTokenAsMcpWhenAuthorizationIsOn() throws Exception {
        var token = "metrics-t0ken";
        var bearer = new HttpSecuritySettings(
                new AuthMethod.Bearer(List.of(new BearerTokenEntry("scraper", sha256(token)))),
                RateLimit.OFF,
                RateLimit.OFF,
                List.of(),
                Optional.empty());
        try (var t = TestServer.streamable().metrics().security(bearer).start()) {
            var anonymous = TestServer.send(t.request("/metrics").GET().build());
            var authorized = TestServer.send(t.request("/metrics")
                    .header("Authorization", "Bearer " + token)
                    .GET()
                    .build());

            assertThat(anonymous.statusCode()).isEqualTo(401);
            assertThat(authorized.statusCode()).isEqualTo(200);
            assertThat(authorized.body())
                    .contains("purplemcp_http_rejected_requests_total{reason=\"unauthenticated\",status=\"401\"} 1")
                    .doesNotContain(token);
        }
    }

    @Test
    void onlyGetAndHeadAreAllowed() throws Exception {
        try (var t = TestServer.streamable().metrics().start()) {
            var post = TestServer.send(t.request("/metrics")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(""))
                    .build());

            assertThat(post.statusCode()).isEqualTo(405);
        }
    }

    private static byte[] sha256(String text) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    }
}
