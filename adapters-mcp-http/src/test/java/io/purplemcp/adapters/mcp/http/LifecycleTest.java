package io.purplemcp.adapters.mcp.http;

import static io.purplemcp.adapters.mcp.http.TestServer.ACCEPT_BOTH;
import static io.purplemcp.adapters.mcp.http.TestServer.call;
import static io.purplemcp.adapters.mcp.http.TestServer.initializeBody;
import static io.purplemcp.adapters.mcp.http.TestServer.json;
import static io.purplemcp.adapters.mcp.http.TestServer.slowWithProgress;
import static io.purplemcp.adapters.mcp.http.TestServer.toolsList;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Sessions coming and going, deadlines, vanishing clients and shutdown. */
@Timeout(30)
class LifecycleTest {

    private static final String SESSION = "Mcp-Session-Id";

    private static CompletableFuture<HttpResponse<String>> postAsync(TestServer t, String body, String session) {
        var request = session == null ? t.postRequest(body) : t.postRequest(body, SESSION, session);
        return TestServer.CLIENT.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void overTheSessionCapInitializeIs503UntilASessionEnds() throws Exception {
        try (var t = TestServer.streamable().maxSessions(2).start()) {
            var first = t.initialize();
            t.initialize();

            var refused = t.post(initializeBody("2025-06-18"));

            assertThat(refused.statusCode()).isEqualTo(503);
            assertThat(refused.headers().firstValue("content-type")).hasValue("application/json");
            assertThat(json(refused.body()).at("/error/message").asText()).contains("too many sessions");
            assertThat(t.server.sessionCount()).isEqualTo(2);
            TestServer.send(t.request("/mcp").header(SESSION, first).DELETE().build());
            assertThat(t.post(initializeBody("2025-06-18")).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void theLegacyStreamCountsAgainstTheCapToo() throws Exception {
        try (var t = TestServer.sse().maxSessions(1).start()) {
            try (var events = new SseReader(
                    TestServer.stream(t.request("/sse").GET().build()).body())) {
                assertThat(events.nextEvent().name()).isEqualTo("endpoint");

                var refused = TestServer.send(t.request("/sse").GET().build());

                assertThat(refused.statusCode()).isEqualTo(503);
                assertThat(json(refused.body()).at("/error/code").asInt()).isEqualTo(-32000);
            }
        }
    }

    @Test
    void rejectedRequestsNeverCreateASession() throws Exception {
        try (var t = TestServer.streamable().maxBodyBytes(2048).start()) {
            var init = initializeBody("2025-06-18");
            t.post(init, "Origin", "http://evil.example");
            t.post("{not json");
            t.post("{\"jsonrpc\":\"2.0\"}");
            t.post(toolsList(1));
            t.post(toolsList(1), SESSION, "0".repeat(32));
            t.post("[" + init + "]");
            t.post(init.replace("}}}", "},\"pad\":\"" + "x".repeat(3000) + "\"}"));
            TestServer.send(t.request("/mcp")
                    .header("Accept", "application/json")
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(init))
                    .build());
            TestServer.send(t.request("/mcp")
                    .header("Accept", ACCEPT_BOTH)
                    .header("Content-Type", "text/plain")
                    .POST(HttpRequest.BodyPublishers.ofString(init))
                    .build());
            TestServer.send(t.request("/mcp")
                    .header("Accept", "text/event-stream")
                    .GET()
                    .build());
            // An initialize the session itself refuses (no protocolVersion) keeps nothing either.
            var refused = t.post("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{}}");

            assertThat(json(refused.body()).at("/error/code").asInt()).isEqualTo(-32602);
            assertThat(refused.headers().firstValue("mcp-session-id")).isEmpty();
            assertThat(t.server.sessionCount()).isZero();
        }
    }

    @Test
    void idleSessionsExpireAndAreForgotten() throws Exception {
        try (var t = TestServer.streamable().idleTimeout(Duration.ofMillis(300)).start()) {
            var id = t.openSession();

            TestServer.eventually(() -> t.server.sessionCount() == 0);

            assertThat(t.post(toolsList(2), SESSION, id).statusCode()).isEqualTo(404);
        }
    }

    @Test
    void aSessionWithARequestInProgressIsNotIdle() throws Exception {
        try (var t = TestServer.streamable().idleTimeout(Duration.ofSeconds(1)).start()) {
            var id = t.openSession();
            var pending = postAsync(t, call(2, "slow"), id);
            assertThat(t.tools.slowStarted.await(10, TimeUnit.SECONDS)).isTrue();
            // Another session expiring shows the sweep ran while the call was running.
            t.openSession();
            TestServer.eventually(() -> t.server.sessionCount() == 1);

            t.tools.releaseSlow.countDown();

            assertThat(json(pending.get(10, TimeUnit.SECONDS).body())
                            .at("/result/content/0/text")
                            .asText())
                    .isEqualTo("slow done");
            assertThat(t.tools.slowCancelled.getCount()).isEqualTo(1);
        }
    }

    @Test
    void theRequestDeadlineCancelsTheCallAndAnswersWithAnError() throws Exception {
        try (var t =
                TestServer.streamable().requestTimeout(Duration.ofMillis(300)).start()) {
            var id = t.initialize();

            var response = t.post(call(3, "slow"), SESSION, id);

            assertThat(response.statusCode()).isEqualTo(200);
            var reply = json(response.body());
            assertThat(reply.get("id").asInt()).isEqualTo(3);
            assertThat(reply.at("/error/code").asInt()).isEqualTo(-32603);
            assertThat(reply.at("/error/message").asText()).contains("timed out");
            assertThat(t.tools.slowCancelled.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(t.post(toolsList(4), SESSION, id).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void aStatefulCallOutlivesADroppedConnectionUntilItsSessionExpires() throws Exception {
        try (var t = TestServer.streamable()
                .keepAlive(Duration.ofMillis(100))
                .idleTimeout(Duration.ofSeconds(1))
                .start()) {
            var id = t.openSession();
            var body = slowWithProgress(5).getBytes(StandardCharsets.UTF_8);
            try (var raw = new RawHttp(t.server.address())) {
                raw.send(RawHttp.mcpPost(body, SESSION, id));
                raw.send(body);
                assertThat(raw.readHead().status()).isEqualTo(200);
                assertThat(raw.skipPast("notifications/progress")).isTrue();
            }

            // A dropped stream is not a cancellation; the session's idle expiry is what ends the call.
            assertThat(t.tools.slowCancelled.await(10, TimeUnit.SECONDS)).isTrue();
            TestServer.eventually(() -> t.server.sessionCount() == 0);
        }
    }

    @Test
    void shutdownLetsCallsUnderWayFinishAndRefusesNewRequests() throws Exception {
        var t = TestServer.streamable().start();
        try {
            var id = t.initialize();
            var pending = postAsync(t, call(2, "slow"), id);
            assertThat(t.tools.slowStarted.await(10, TimeUnit.SECONDS)).isTrue();

            // Its own thread: shutdown blocks, and the common pool may have a single worker on 2 cores.
            var stopping = CompletableFuture.runAsync(
                    () -> t.server.shutdown(Duration.ofSeconds(10)), task -> new Thread(task, "shutdown").start());
            TestServer.eventually(() ->
                    TestServer.send(t.request("/health/ready").GET().build()).statusCode() == 503);

            var refused = t.post(toolsList(3), SESSION, id);
            assertThat(refused.statusCode()).isEqualTo(503);
            assertThat(json(refused.body()).at("/error/message").asText()).contains("shutting down");
            assertThat(stopping).isNotDone();

            t.tools.releaseSlow.countDown();

            var finished = pending.get(10, TimeUnit.SECONDS);
            assertThat(finished.statusCode()).isEqualTo(200);
            assertThat(json(finished.body()).at("/result/content/0/text").asText())
                    .isEqualTo("slow done");
            stopping.get(10, TimeUnit.SECONDS);
            assertThatThrownBy(() -> TestServer.CLIENT.send(
                            t.request("/health").GET().build(), HttpResponse.BodyHandlers.ofString()))
                    .isInstanceOf(IOException.class);
        } finally {
            t.close();
        }
    }

    @Test
    void shutdownCancelsCallsThatOutlastTheGracePeriod() throws Exception {
        try (var t = TestServer.streamable().stateless().start()) {
            var pending = postAsync(t, call(2, "slow"), null);
            assertThat(t.tools.slowStarted.await(10, TimeUnit.SECONDS)).isTrue();

            t.server.shutdown(Duration.ofMillis(200));

            var reply = json(pending.get(10, TimeUnit.SECONDS).body());
            assertThat(reply.at("/error/message").asText()).contains("shutting down");
            assertThat(t.tools.slowCancelled.await(10, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void shutdownClosesOpenStreams() throws Exception {
        try (var t = TestServer.sse().start()) {
            var events = new SseReader(
                    TestServer.stream(t.request("/sse").GET().build()).body());
            assertThat(events.nextEvent().name()).isEqualTo("endpoint");

            t.server.shutdown(Duration.ofSeconds(5));

            assertThat(events.next()).isNull();
            assertThat(t.server.sessionCount()).isZero();
            events.close();
        }
    }
}
