package io.purplemcp.adapters.mcp.http;

import static io.purplemcp.adapters.mcp.http.TestServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class HealthTest {

    @Test
    void livenessAnswersExactlyOkInEveryMode() throws Exception {
        for (var builder : new TestServer.Builder[] {
            TestServer.streamable(), TestServer.streamable().stateless(), TestServer.sse()
        }) {
            try (var t = builder.start()) {
                var response = TestServer.send(t.request("/health").GET().build());

                assertThat(response.statusCode()).isEqualTo(200);
                assertThat(response.body()).isEqualTo("{\"status\":\"ok\"}");
                assertThat(response.headers().firstValue("content-type")).hasValue("application/json");
                assertThat(response.headers().firstValue("cache-control")).hasValue("no-store");
            }
        }
    }

    @Test
    void onlyGetAndHeadAreAllowed() throws Exception {
        try (var t = TestServer.streamable().start()) {
            var post = t.send("POST", "/health", "{}");
            var put = t.send("PUT", "/health", "{}");
            var head = t.send("HEAD", "/health", null);

            assertThat(post.statusCode()).isEqualTo(405);
            assertThat(post.headers().firstValue("allow")).hasValue("GET, HEAD");
            assertThat(put.statusCode()).isEqualTo(405);
            assertThat(head.statusCode()).isEqualTo(200);
            assertThat(head.body()).isEmpty();
        }
    }

    @Test
    void readinessReportsTheCallersVerdict() throws Exception {
        var ready = new AtomicBoolean(true);
        try (var t = TestServer.sse()
                .readiness(Readiness.of(ready::get, () -> "configuration invalid"))
                .start()) {
            var yes = TestServer.send(t.request("/health/ready").GET().build());
            ready.set(false);
            var no = TestServer.send(t.request("/health/ready").GET().build());

            assertThat(yes.statusCode()).isEqualTo(200);
            assertThat(yes.body()).isEqualTo("{\"status\":\"ready\"}");
            assertThat(no.statusCode()).isEqualTo(503);
            assertThat(json(no.body()).get("status").asText()).isEqualTo("not_ready");
            assertThat(json(no.body()).get("reason").asText()).isEqualTo("configuration invalid");
        }
    }

    @Test
    void probesAreExemptFromOriginAndHostChecks() throws Exception {
        try (var t = TestServer.streamable().start();
                var raw = new RawHttp(t.server.address())) {
            raw.send(RawHttp.head("GET", "/health", "Host", "evil.example", "Origin", "http://evil.example"));
            var head = raw.readHead();

            assertThat(head.status()).isEqualTo(200);
            assertThat(raw.readBody(head)).isEqualTo("{\"status\":\"ok\"}");
        }
    }

    @Test
    void everyOtherPathIs404WithAJsonRpcBody() throws Exception {
        try (var t = TestServer.streamable().start()) {
            for (var path : new String[] {"/", "/mcpx", "/health/x", "/sse", "/messages/"}) {
                var response = TestServer.send(t.request(path).GET().build());

                assertThat(response.statusCode()).as(path).isEqualTo(404);
                assertThat(json(response.body()).at("/error/code").asInt()).isEqualTo(-32000);
            }
        }
    }

    @Test
    void aFailingHandlerBecomesA500WithoutStackTrace() throws Exception {
        Readiness broken = () -> {
            throw new IllegalStateException("secret internals");
        };
        try (var t = TestServer.streamable().readiness(broken).start()) {
            var response = TestServer.send(t.request("/health/ready").GET().build());

            assertThat(response.statusCode()).isEqualTo(500);
            assertThat(response.headers().firstValue("content-type")).hasValue("application/json");
            assertThat(json(response.body()).at("/error/code").asInt()).isEqualTo(-32603);
            assertThat(response.body()).doesNotContain("secret", "Exception", "at io.");
            // The connection and the server are still fine.
            assertThat(TestServer.send(t.request("/health").GET().build()).statusCode())
                    .isEqualTo(200);
        }
    }
}
