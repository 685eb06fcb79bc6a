package io.purplemcp.adapters.mcp.http;

import static io.purplemcp.adapters.mcp.http.TestServer.ACCEPT_BOTH;
import static io.purplemcp.adapters.mcp.http.TestServer.call;
import static io.purplemcp.adapters.mcp.http.TestServer.echo;
import static io.purplemcp.adapters.mcp.http.TestServer.initializeBody;
import static io.purplemcp.adapters.mcp.http.TestServer.initialized;
import static io.purplemcp.adapters.mcp.http.TestServer.json;
import static io.purplemcp.adapters.mcp.http.TestServer.slowWithProgress;
import static io.purplemcp.adapters.mcp.http.TestServer.toolsList;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class StatefulStreamableTest {

    private static final String SESSION = "Mcp-Session-Id";

    @Test
    void initializeIssuesARandomVisibleAsciiSessionIdAndAnswersAsJson() throws Exception {
        try (var t = TestServer.streamable().start()) {
            var response = t.post(initializeBody("2025-06-18"));

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("content-type")).hasValue("application/json");
            assertThat(response.headers().firstValue("cache-control")).hasValue("no-store");
            var id = response.headers().firstValue("mcp-session-id").orElseThrow();
            assertThat(id).matches("[0-9a-f]{32}").matches("[\\x21-\\x7e]+");
            var result = json(response.body()).get("result");
            assertThat(result.get("protocolVersion").asText()).isEqualTo("2025-06-18");
            assertThat(result.at("/serverInfo/name").asText()).isEqualTo("PurpleAIMCP");
            assertThat(t.server.sessionCount()).isEqualTo(1);
            assertThat(t.post(initializeBody("2025-06-18")).headers().firstValue("mcp-session-id"))
                    .get()
                    .isNotEqualTo(id);
        }
    }

    @Test
    void notificationsAreAcceptedWith202AndNoBody() throws Exception {
        try (var t = TestServer.streamable().start()) {
            var id = t.post(initializeBody("2025-06-18"))
                    .headers()
                    .firstValue(SESSION)
                    .orElseThrow();

            var response = t.post(initialized(), SESSION, id);

            assertThat(response.statusCode()).isEqualTo(202);
            assertThat(response.body()).isEmpty();
            var clientResponse = t.post("{\"jsonrpc\":\"2.0\",\"id\":99,\"result\":{}}", SESSION, id);
            assertThat(clientResponse.statusCode()).isEqualTo(202);
        }
    }

    @Test
    void toolsAreListedAndCalledWithJsonReplies() throws Exception {
        try (var t = TestServer.streamable().start()) {
            var id = t.initialize();

            var list = t.post(toolsList(2), SESSION, id);
            var echoed = t.post(echo(3, "hello"), SESSION, id);
            var failed = t.post(call(4, "fail"), SESSION, id);
            var unknown = t.post(call(5, "nope"), SESSION, id);

            assertThat(list.statusCode()).isEqualTo(200);
            assertThat(json(list.body()).at("/result/tools").findValuesAsText("name"))
                    .containsExactly("echo", "fail", "slow");
            assertThat(json(echoed.body()).at("/result/content/0/text").asText())
                    .isEqualTo("hello");
            assertThat(json(echoed.body()).get("id").asInt()).isEqualTo(3);
            assertThat(json(failed.body()).at("/result/isError").asBoolean()).isTrue();
            // JSON-RPC errors of the legacy era travel in a 200, not as HTTP errors.
            assertThat(unknown.statusCode()).isEqualTo(200);
            assertThat(json(unknown.body()).at("/error/code").asInt()).isEqualTo(-32602);
        }
    }

    @Test
    void aRequestWithoutSessionIdIs400AndCreatesNoSession() throws Exception {
        try (var t = TestServer.streamable().start()) {
            var response = t.post(toolsList(1));

            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(response.headers().firstValue("content-type")).hasValue("application/json");
            assertThat(json(response.body()).at("/error/code").asInt()).isEqualTo(-32000);
            assertThat(json(response.body()).at("/error/message").asText()).contains("Mcp-Session-Id");
            assertThat(t.server.sessionCount()).isZero();
        }
    }

    @Test
    void anUnknownSessionIs404() throws Exception {
        try (var t = TestServer.streamable().start()) {
            var response = t.post(toolsList(1), SESSION, "0123456789abcdef0123456789abcdef");

            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(json(response.body()).at("/error/code").asInt()).isEqualTo(-32001);
        }
    }

    @Test
    void deleteEndsTheSessionAndLaterRequestsGet404() throws Exception {
        try (var t = TestServer.streamable().start()) {
            var id = t.initialize();

            var deleted = TestServer.send(
                    t.request("/mcp").header(SESSION, id).DELETE().build());

            assertThat(deleted.statusCode()).isEqualTo(200);
            assertThat(t.server.sessionCount()).isZero();
            assertThat(t.post(toolsList(2), SESSION, id).statusCode()).isEqualTo(404);
            assertThat(TestServer.send(t.request("/mcp")
                                    .header(SESSION, id)
                                    .DELETE()
                                    .build())
                            .statusCode())
                    .isEqualTo(404);
            assertThat(TestServer.send(t.request("/mcp").DELETE().build()).statusCode())
                    .isEqualTo(400);
        }
    }

    @Test
    void theProtocolVersionHeaderMustNameASupportedVersionAndTheSessionKeepsItsOwn() throws Exception {
        try (var t = TestServer.streamable().start()) {
            var id = t.initialize(); // negotiated 2025-06-18

            assertThat(t.post(toolsList(2), SESSION, id, "MCP-Protocol-Version", "2025-06-18")
                            .statusCode())
                    .isEqualTo(200);
            assertThat(t.post(toolsList(3), SESSION, id).statusCode()).isEqualTo(200);
            var unsupported = t.post(toolsList(4), SESSION, id, "MCP-Protocol-Version", "1999-01-01");
            assertThat(unsupported.statusCode()).isEqualTo(400);
            assertThat(json(unsupported.body()).at("/error/message").asText()).contains("MCP-Protocol-Version");
            assertThat(json(unsupported.body()).at("/error/message").asText()).contains("2025-11-25");
            // Another supported revision is accepted; the reply keeps the negotiated 2025-06-18 shape.
            var otherSupported = t.post(toolsList(5), SESSION, id, "MCP-Protocol-Version", "2025-03-26");
            assertThat(otherSupported.statusCode()).isEqualTo(200);
            assertThat(json(otherSupported.body()).at("/result/tools/0").has("title"))
                    .isTrue();
        }
    }

    @Test
    void acceptMustAllowJsonAndEventStreamAndContentTypeMustBeJson() throws Exception {
        try (var t = TestServer.streamable().start()) {
            assertThat(initializeStatus(t, "application/json", "application/json"))
                    .isEqualTo(406);
            assertThat(initializeStatus(t, null, "application/json")).isEqualTo(406);
            assertThat(initializeStatus(t, "application/json, text/event-stream;q=0", "application/json"))
                    .isEqualTo(406);
            assertThat(initializeStatus(t, ACCEPT_BOTH, "text/plain")).isEqualTo(415);
            assertThat(t.server.sessionCount()).isZero();
            assertThat(initializeStatus(t, "*/*", "application/json; charset=utf-8"))
                    .isEqualTo(200);
        }
    }

    /** The status of an initialize POST with these headers; a null {@code accept} sends none. */
    private static int initializeStatus(TestServer t, String accept, String contentType) {
        var request = t.request("/mcp").header("Content-Type", contentType);
        if (accept != null) {
            request.header("Accept", accept);
        }
        return TestServer.send(request.POST(HttpRequest.BodyPublishers.ofString(initializeBody("2025-06-18")))
                        .build())
                .statusCode();
    }

    @Test
    void malformedJsonAndNonJsonRpcBodiesAre400WithJsonRpcErrors() throws Exception {
        try (var t = TestServer.streamable().start()) {
            var malformed = t.post("{\"jsonrpc\":");
            var notRpc = t.post("{\"hello\":\"world\"}");
            var emptyBatch = t.post("[]");
            var badId = t.post("{\"jsonrpc\":\"2.0\",\"id\":{},\"method\":\"ping\"}");
            var echoedId = t.post("{\"jsonrpc\":\"1.0\",\"id\":7,\"method\":\"ping\"}");

            assertThat(malformed.statusCode()).isEqualTo(400);
            assertThat(json(malformed.body()).at("/error/code").asInt()).isEqualTo(-32700);
            for (var response : new HttpResponse<?>[] {notRpc, emptyBatch, badId, echoedId}) {
                assertThat(response.statusCode()).isEqualTo(400);
                assertThat(json((String) response.body()).at("/error/code").asInt())
                        .isEqualTo(-32600);
            }
            assertThat(json(echoedId.body()).get("id").asInt()).isEqualTo(7);
            assertThat(t.server.sessionCount()).isZero();
        }
    }

    @Test
    void progressTurnsTheReplyIntoAnEventStreamEndingWithTheResult() throws Exception {
        try (var t = TestServer.streamable().start()) {
            var id = t.initialize();
            var response = TestServer.stream(
                    t.postRequest(slowWithProgress(5), SESSION, id).build());

            TestServer.assertEventStream(response);
            try (var events = new SseReader(response.body())) {
                var progress = events.nextEvent();
                assertThat(progress.name()).isEqualTo("message");
                assertThat(json(progress.data()).get("method").asText()).isEqualTo("notifications/progress");
                assertThat(json(progress.data()).at("/params/progressToken").asText())
                        .isEqualTo("p-5");
                t.tools.releaseSlow.countDown();
                var result = events.nextEvent();
                assertThat(json(result.data()).get("id").asInt()).isEqualTo(5);
                assertThat(json(result.data()).at("/result/content/0/text").asText())
                        .isEqualTo("slow done");
                assertThat(events.next()).as("the stream ends after the reply").isNull();
            }
        }
    }

    @Test
    void getOpensAKeepAliveStreamOnePerSessionClosedWhenTheSessionEnds() throws Exception {
        try (var t = TestServer.streamable().keepAlive(Duration.ofMillis(100)).start()) {
            var id = t.initialize();
            var get = t.streamGet("text/event-stream", id);

            var response = TestServer.stream(get);

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("content-type")).hasValue("text/event-stream");
            assertThat(response.headers().firstValue("mcp-session-id")).hasValue(id);
            try (var events = new SseReader(response.body())) {
                assertThat(events.next()).isEqualTo(new SseReader.Comment("keep-alive"));
                var second = TestServer.send(get);
                assertThat(second.statusCode()).isEqualTo(409);
                TestServer.send(t.request("/mcp").header(SESSION, id).DELETE().build());
                SseReader.Item item;
                while ((item = events.next()) != null) {
                    assertThat(item).isInstanceOf(SseReader.Comment.class);
                }
            }
        }
    }

    @Test
    void getNeedsAnEventStreamAcceptAndAKnownSession() throws Exception {
        try (var t = TestServer.streamable().start()) {
            var id = t.initialize();

            assertThat(TestServer.send(t.streamGet("application/json", id)).statusCode())
                    .isEqualTo(406);
            assertThat(TestServer.send(t.streamGet("text/event-stream", null)).statusCode())
                    .isEqualTo(400);
            assertThat(TestServer.send(t.streamGet("text/event-stream", "ffffffffffffffffffffffffffffffff"))
                            .statusCode())
                    .isEqualTo(404);
        }
    }

    @Test
    void otherMethodsAre405WithAllow() throws Exception {
        try (var t = TestServer.streamable().start()) {
            var put = t.send("PUT", "/mcp", "{}");

            assertThat(put.statusCode()).isEqualTo(405);
            assertThat(put.headers().firstValue("allow")).hasValue("GET, POST, DELETE");
            assertThat(json(put.body()).at("/error/code").asInt()).isEqualTo(-32000);
        }
    }

    @Test
    void theEndpointIsAlsoServedWithATrailingSlash() throws Exception {
        try (var t = TestServer.streamable().start()) {
            var response = TestServer.send(t.request("/mcp/")
                    .header("Accept", ACCEPT_BOTH)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(initializeBody("2025-03-26")))
                    .build());

            assertThat(response.statusCode()).isEqualTo(200);
        }
    }

    @Test
    void aSecondInitializeInTheSessionIsAJsonRpcError() throws Exception {
        try (var t = TestServer.streamable().start()) {
            var id = t.initialize();

            var again = t.post(initializeBody("2025-06-18"), SESSION, id);

            assertThat(again.statusCode()).isEqualTo(200);
            assertThat(json(again.body()).at("/error/code").asInt()).isEqualTo(-32600);
            assertThat(t.server.sessionCount()).isEqualTo(1);
        }
    }

    @Test
    void aCallCancelledByTheClientEndsItsPostWithoutAReply() throws Exception {
        try (var t = TestServer.streamable().start()) {
            var id = t.initialize();
            var pending = TestServer.CLIENT.sendAsync(
                    t.postRequest(call(7, "slow"), SESSION, id).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(t.tools.slowStarted.await(10, TimeUnit.SECONDS)).isTrue();

            var cancel = t.post(
                    "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/cancelled\",\"params\":{\"requestId\":7}}",
                    SESSION,
                    id);

            assertThat(cancel.statusCode()).isEqualTo(202);
            assertThat(t.tools.slowCancelled.await(10, TimeUnit.SECONDS)).isTrue();
            var response = pending.get(10, TimeUnit.SECONDS);
            assertThat(response.statusCode()).isEqualTo(202);
            assertThat(response.body()).isEmpty();
        }
    }
}
