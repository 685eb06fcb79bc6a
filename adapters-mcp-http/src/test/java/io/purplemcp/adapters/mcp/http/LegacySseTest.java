package io.purplemcp.adapters.mcp.http;

import static io.purplemcp.adapters.mcp.http.TestServer.call;
import static io.purplemcp.adapters.mcp.http.TestServer.echo;
import static io.purplemcp.adapters.mcp.http.TestServer.initializeBody;
import static io.purplemcp.adapters.mcp.http.TestServer.initialized;
import static io.purplemcp.adapters.mcp.http.TestServer.json;
import static io.purplemcp.adapters.mcp.http.TestServer.slowWithProgress;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class LegacySseTest {

    private static HttpResponse<InputStream> openStream(TestServer t, String... headers) {
        var request = t.request("/sse").header("Accept", "text/event-stream");
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return TestServer.stream(request.GET().build());
    }

    private static HttpResponse<String> postMessage(TestServer t, String endpoint, String body) {
        return TestServer.send(t.request(endpoint)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    @Test
    void theEndpointEventComesFirstAndRepliesArriveAsMessageEvents() throws Exception {
        try (var t = TestServer.sse().start()) {
            var response = openStream(t);

            TestServer.assertEventStream(response);
            try (var events = new SseReader(response.body())) {
                var endpoint = events.nextEvent();
                assertThat(endpoint.name()).isEqualTo("endpoint");
                assertThat(endpoint.data()).matches("/messages/\\?session_id=[0-9a-f]{32}");
                assertThat(t.server.sessionCount()).isEqualTo(1);

                var accepted = postMessage(t, endpoint.data(), initializeBody("2024-11-05"));
                assertThat(accepted.statusCode()).isEqualTo(202);
                assertThat(accepted.body()).isEqualTo("Accepted");
                var reply = events.nextEvent();
                assertThat(reply.name()).isEqualTo("message");
                assertThat(json(reply.data()).at("/result/protocolVersion").asText())
                        .isEqualTo("2024-11-05");

                assertThat(postMessage(t, endpoint.data(), initialized()).statusCode())
                        .isEqualTo(202);
                assertThat(postMessage(t, endpoint.data(), echo(2, "over sse")).statusCode())
                        .isEqualTo(202);
                var echoed = events.nextEvent();
                assertThat(json(echoed.data()).get("id").asInt()).isEqualTo(2);
                assertThat(json(echoed.data()).at("/result/content/0/text").asText())
                        .isEqualTo("over sse");
            }
        }
    }

    @Test
    void progressTravelsOnTheStreamBeforeTheReply() throws Exception {
        try (var t = TestServer.sse().start()) {
            try (var events = new SseReader(openStream(t).body())) {
                var endpoint = events.nextEvent().data();
                postMessage(t, endpoint, initializeBody("2025-03-26"));
                events.nextEvent();

                assertThat(postMessage(t, endpoint, slowWithProgress(4)).statusCode())
                        .isEqualTo(202);

                assertThat(json(events.nextEvent().data()).get("method").asText())
                        .isEqualTo("notifications/progress");
                t.tools.releaseSlow.countDown();
                assertThat(json(events.nextEvent().data())
                                .at("/result/content/0/text")
                                .asText())
                        .isEqualTo("slow done");
            }
        }
    }

    @Test
    void theRequestDeadlineCancelsTheCallAndAnswersOnTheStream() throws Exception {
        try (var t = TestServer.sse().requestTimeout(Duration.ofMillis(300)).start()) {
            try (var events = new SseReader(openStream(t).body())) {
                var endpoint = events.nextEvent().data();
                postMessage(t, endpoint, initializeBody("2024-11-05"));
                events.nextEvent();

                assertThat(postMessage(t, endpoint, call(6, "slow")).statusCode())
                        .isEqualTo(202);

                var reply = json(events.nextEvent().data());
                assertThat(reply.get("id").asInt()).isEqualTo(6);
                assertThat(reply.at("/error/code").asInt()).isEqualTo(-32603);
                assertThat(reply.at("/error/message").asText()).contains("timed out");
                assertThat(t.tools.slowCancelled.await(10, TimeUnit.SECONDS)).isTrue();
            }
        }
    }

    @Test
    void keepAliveCommentsKeepAQuietStreamBusy() throws Exception {
        try (var t = TestServer.sse().keepAlive(Duration.ofMillis(100)).start()) {
            try (var events = new SseReader(openStream(t).body())) {
                assertThat(events.next()).isInstanceOf(SseReader.Event.class);

                assertThat(events.next()).isEqualTo(new SseReader.Comment("keep-alive"));
                assertThat(events.next()).isEqualTo(new SseReader.Comment("keep-alive"));
            }
        }
    }

    @Test
    void theEndpointHonoursAValidForwardedPrefixAndTheConfiguredOne() throws Exception {
        try (var plain = TestServer.sse().start();
                var configured = TestServer.sse().pathPrefix("/base/").start()) {
            assertThat(endpointOf(plain, "X-Forwarded-Prefix", "/proxy/mcp"))
                    .startsWith("/proxy/mcp/messages/?session_id=");
            assertThat(endpointOf(plain, "x-forwarded-prefix", "/proxy/")).startsWith("/proxy/messages/?session_id=");
            assertThat(endpointOf(plain, "X-Forwarded-Prefix", "//evil.example"))
                    .startsWith("/messages/?session_id=");
            assertThat(endpointOf(plain, "X-Forwarded-Prefix", "https://evil.example/x"))
                    .startsWith("/messages/?session_id=");
            assertThat(endpointOf(plain, "X-Forwarded-Prefix", "/a/../b")).startsWith("/messages/?session_id=");
            assertThat(endpointOf(configured)).startsWith("/base/messages/?session_id=");
            assertThat(endpointOf(configured, "X-Forwarded-Prefix", "/edge")).startsWith("/edge/messages/?session_id=");
            assertThat(endpointOf(configured, "X-Forwarded-Prefix", "/bad path"))
                    .startsWith("/base/messages/?session_id=");
        }
    }

    private static String endpointOf(TestServer t, String... headers) throws Exception {
        try (var events = new SseReader(openStream(t, headers).body())) {
            return events.nextEvent().data();
        }
    }

    @Test
    void messagePostsAreCheckedBeforeTheSessionSeesThem() throws Exception {
        try (var t = TestServer.sse().maxBodyBytes(1024).start()) {
            try (var events = new SseReader(openStream(t).body())) {
                var endpoint = events.nextEvent().data();
                var id = endpoint.substring(endpoint.indexOf('=') + 1);

                assertThat(postMessage(t, "/messages/", initialized()).statusCode())
                        .isEqualTo(400);
                assertThat(postMessage(t, "/messages/?session_id=", initialized())
                                .statusCode())
                        .isEqualTo(400);
                assertThat(postMessage(t, "/messages/?session_id=not-hex", initialized())
                                .statusCode())
                        .isEqualTo(400);
                var unknown = postMessage(t, "/messages/?session_id=" + "a".repeat(32), initialized());
                assertThat(unknown.statusCode()).isEqualTo(404);
                assertThat(json(unknown.body()).at("/error/message").asText()).contains("Could not find session");
                var text = TestServer.send(t.request(endpoint)
                        .header("Content-Type", "text/plain")
                        .POST(HttpRequest.BodyPublishers.ofString(initialized()))
                        .build());
                assertThat(text.statusCode()).isEqualTo(400);
                assertThat(json(text.body()).at("/error/message").asText()).contains("Content-Type");
                var invalid = postMessage(t, endpoint, "{\"not\":\"rpc\"}");
                assertThat(invalid.statusCode()).isEqualTo(400);
                assertThat(json(invalid.body()).at("/error/code").asInt()).isEqualTo(-32600);
                var malformed = postMessage(t, endpoint, "{oops");
                assertThat(malformed.statusCode()).isEqualTo(400);
                assertThat(json(malformed.body()).at("/error/code").asInt()).isEqualTo(-32700);
                var large = postMessage(t, endpoint, "{\"pad\":\"" + "x".repeat(2000) + "\"}");
                assertThat(large.statusCode()).isEqualTo(413);
                // Upper-case hex is the same id.
                assertThat(postMessage(t, "/messages?session_id=" + id.toUpperCase(), initialized())
                                .statusCode())
                        .isEqualTo(202);
            }
        }
    }

    @Test
    void closingTheStreamEndsTheSessionAndCancelsItsCalls() throws Exception {
        try (var t = TestServer.sse().keepAlive(Duration.ofMillis(100)).start()) {
            try (var raw = new RawHttp(t.server.address())) {
                raw.send(RawHttp.head("GET", "/sse", "Host", "localhost", "Accept", "text/event-stream"));
                assertThat(raw.readHead().status()).isEqualTo(200);
                String line;
                do {
                    line = raw.readLine();
                } while (!line.startsWith("data: "));
                var endpoint = line.substring("data: ".length());
                assertThat(postMessage(t, endpoint, initializeBody("2024-11-05"))
                                .statusCode())
                        .isEqualTo(202);
                assertThat(postMessage(t, endpoint, initialized()).statusCode()).isEqualTo(202);
                assertThat(postMessage(t, endpoint, call(3, "slow")).statusCode())
                        .isEqualTo(202);
                assertThat(t.tools.slowStarted.await(10, TimeUnit.SECONDS)).isTrue();
            }

            assertThat(t.tools.slowCancelled.await(10, TimeUnit.SECONDS)).isTrue();
            TestServer.eventually(() -> t.server.sessionCount() == 0);
        }
    }

    @Test
    void onlyTheLegacyRoutesExistInSseMode() throws Exception {
        try (var t = TestServer.sse().start()) {
            var postToStream = postMessage(t, "/sse", initializeBody("2025-06-18"));
            var streamable = postMessage(t, "/mcp", initializeBody("2025-06-18"));
            var getMessages = TestServer.send(t.request("/messages/").GET().build());

            assertThat(postToStream.statusCode()).isEqualTo(405);
            assertThat(postToStream.headers().firstValue("allow")).hasValue("GET");
            assertThat(streamable.statusCode()).isEqualTo(404);
            assertThat(getMessages.statusCode()).isEqualTo(405);
            assertThat(t.server.sessionCount()).isZero();
        }
    }
}
