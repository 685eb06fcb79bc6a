package io.purplemcp.adapters.mcp.http;

import static io.purplemcp.adapters.mcp.http.TestServer.echo;
import static io.purplemcp.adapters.mcp.http.TestServer.initializeBody;
import static io.purplemcp.adapters.mcp.http.TestServer.initialized;
import static io.purplemcp.adapters.mcp.http.TestServer.json;
import static io.purplemcp.adapters.mcp.http.TestServer.slowWithProgress;
import static io.purplemcp.adapters.mcp.http.TestServer.toolsList;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class StatelessStreamableTest {

    @Test
    void toolsWorkWithoutAHandshakeAndNoSessionIsIssued() throws Exception {
        try (var t = TestServer.streamable().stateless().start()) {
            var list = t.post(toolsList(1));
            var echoed = t.post(echo(2, "hi"));

            assertThat(list.statusCode()).isEqualTo(200);
            assertThat(list.headers().firstValue("mcp-session-id")).isEmpty();
            assertThat(json(list.body()).at("/result/tools").size()).isEqualTo(3);
            assertThat(json(echoed.body()).at("/result/content/0/text").asText())
                    .isEqualTo("hi");
            assertThat(t.server.sessionCount()).isZero();
        }
    }

    @Test
    void initializeIsStillAnsweredButKeepsNothing() throws Exception {
        try (var t = TestServer.streamable().stateless().start()) {
            var response = t.post(initializeBody("2025-06-18"));

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(json(response.body()).at("/result/protocolVersion").asText())
                    .isEqualTo("2025-06-18");
            assertThat(response.headers().firstValue("mcp-session-id")).isEmpty();
            assertThat(t.server.sessionCount()).isZero();
        }
    }

    @Test
    void theHeaderChoosesTheRevisionAndDefaultsTo20250326() throws Exception {
        try (var t = TestServer.streamable().stateless().start()) {
            var newer = t.post(toolsList(1), "MCP-Protocol-Version", "2025-06-18");
            var assumed = t.post(toolsList(2));

            // Tool titles arrived in 2025-06-18, so only the newer revision lists them.
            assertThat(json(newer.body()).at("/result/tools/0/title").isMissingNode())
                    .isFalse();
            assertThat(json(assumed.body()).at("/result/tools/0/title").isMissingNode())
                    .isTrue();
        }
    }

    @Test
    void anUnsupportedProtocolVersionHeaderIs400() throws Exception {
        try (var t = TestServer.streamable().stateless().start()) {
            var response = t.post(toolsList(1), "MCP-Protocol-Version", "2026-99-99");

            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(json(response.body()).at("/error/message").asText()).contains("2025-11-25");
        }
    }

    @Test
    void getAndDeleteAre405AndNotificationsAre202() throws Exception {
        try (var t = TestServer.streamable().stateless().start()) {
            var get = TestServer.send(t.request("/mcp")
                    .header("Accept", "text/event-stream")
                    .GET()
                    .build());
            var delete = TestServer.send(t.request("/mcp").DELETE().build());
            var notification = t.post(initialized());

            assertThat(get.statusCode()).isEqualTo(405);
            assertThat(get.headers().firstValue("allow")).hasValue("POST");
            assertThat(delete.statusCode()).isEqualTo(405);
            assertThat(notification.statusCode()).isEqualTo(202);
        }
    }

    @Test
    void aSessionIdSentAnywayIsIgnored() throws Exception {
        try (var t = TestServer.streamable().stateless().start()) {
            var response = t.post(toolsList(1), "Mcp-Session-Id", "not-a-session");

            assertThat(response.statusCode()).isEqualTo(200);
        }
    }

    @Test
    void beyondTheCallLimitARequestGets503WithRetryAfterAndIsServedOnceThereIsRoom() throws Exception {
        try (var t = TestServer.streamable().stateless().maxCallsInFlight(1).start()) {
            var slow = CompletableFuture.supplyAsync(() -> t.post(slowWithProgress(3)));
            assertThat(t.tools.slowStarted.await(10, TimeUnit.SECONDS)).isTrue();

            var refused = t.post(echo(4, "later"));

            assertThat(refused.statusCode()).isEqualTo(503);
            assertThat(refused.headers().firstValue("Retry-After")).hasValue("1");
            assertThat(json(refused.body()).at("/error/message").asText()).contains("retry after 1 second");
            t.tools.releaseSlow.countDown();
            assertThat(slow.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
            var served = t.post(echo(5, "now"));
            assertThat(json(served.body()).at("/result/content/0/text").asText())
                    .isEqualTo("now");
        }
    }

    @Test
    void aDroppedConnectionCancelsThePerRequestCall() throws Exception {
        try (var t = TestServer.streamable()
                .stateless()
                .keepAlive(Duration.ofMillis(100))
                .start()) {
            var body = slowWithProgress(3).getBytes(StandardCharsets.UTF_8);
            try (var raw = new RawHttp(t.server.address())) {
                raw.send(RawHttp.mcpPost(body));
                raw.send(body);
                var head = raw.readHead();
                assertThat(head.status()).isEqualTo(200);
                assertThat(head.header("content-type")).isEqualTo("text/event-stream");
                assertThat(raw.skipPast("notifications/progress")).isTrue();
            }

            // The next keep-alive fails to write; that is the only sign of the client leaving.
            assertThat(t.tools.slowCancelled.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(t.post(toolsList(4)).statusCode()).isEqualTo(200);
        }
    }
}
