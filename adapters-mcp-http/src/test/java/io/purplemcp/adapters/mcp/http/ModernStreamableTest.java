package io.purplemcp.adapters.mcp.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** 2026-07-28 requests on /mcp, in the stateful and the stateless mode alike. */
@Timeout(30)
class ModernStreamableTest {

    private static final String META = "\"_meta\":{\"io.modelcontextprotocol/protocolVersion\":\"2026-07-28\","
            + "\"io.modelcontextprotocol/clientCapabilities\":{}}";

    private static TestServer start(boolean stateless) throws Exception {
        return start(stateless, Duration.ofSeconds(15));
    }

    private static TestServer start(boolean stateless, Duration keepAlive) throws Exception {
        var builder = TestServer.streamable().keepAlive(keepAlive);
        return (stateless ? builder.stateless() : builder).start();
    }

    /** The JSON-RPC answer, whether it came as JSON or, for a reply slow enough to need keep-alives, as a stream. */
    private static JsonNode json(String body) {
        if (!body.startsWith(":") && !body.startsWith("event:") && !body.startsWith("data:")) {
            return TestServer.json(body);
        }
        var data = body.lines()
                .filter(line -> line.startsWith("data:"))
                .reduce((a, b) -> b)
                .orElseThrow();
        return TestServer.json(data.substring("data:".length()).trim());
    }

    private static String body(int id, String method, String params) {
        return "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"" + method + "\",\"params\":{"
                + (params.isEmpty() ? "" : params + ",") + META + "}}";
    }

    /** A POST with the headers a conforming client derives from the body, plus {@code extra}. */
    private static HttpResponse<String> post(TestServer t, String method, String name, String body, String... extra) {
        var headers = new ArrayList<>(List.of("MCP-Protocol-Version", "2026-07-28", "Mcp-Method", method));
        if (name != null) {
            headers.addAll(List.of("Mcp-Name", name));
        }
        headers.addAll(List.of(extra));
        return t.post(body, headers.toArray(String[]::new));
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void discoverListAndCallNeedNoSessionAndGetNone(boolean stateless) throws Exception {
        try (var t = start(stateless)) {
            var discover = post(t, "server/discover", null, body(1, "server/discover", ""));
            var list = post(t, "tools/list", null, body(2, "tools/list", ""));
            var call = post(
                    t,
                    "tools/call",
                    "echo",
                    body(3, "tools/call", "\"name\":\"echo\",\"arguments\":{\"text\":\"hi\"}"),
                    "Mcp-Session-Id",
                    "ignored-anyway");

            for (var response : List.of(discover, list, call)) {
                assertThat(response.statusCode()).isEqualTo(200);
                assertThat(response.headers().firstValue("mcp-session-id")).isEmpty();
                assertThat(json(response.body()).at("/result/resultType").asText())
                        .isEqualTo("complete");
            }
            assertThat(json(discover.body()).at("/result/supportedVersions/0").asText())
                    .isEqualTo("2026-07-28");
            assertThat(json(list.body()).at("/result/cacheScope").asText()).isEqualTo("public");
            assertThat(json(call.body()).at("/result/content/0/text").asText()).isEqualTo("hi");
            assertThat(t.server.sessionCount()).isZero();
        }
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void headersThatDisagreeWithTheBodyAre400HeaderMismatch(boolean stateless) throws Exception {
        try (var t = start(stateless)) {
            var call = body(7, "tools/call", "\"name\":\"echo\",\"arguments\":{\"text\":\"x\"}");
            var wrongName = post(t, "tools/call", "fail", call);
            var noName = post(t, "tools/call", null, call);
            var wrongMethod = post(t, "tools/list", "echo", call);
            var noMethod = t.post(call, "MCP-Protocol-Version", "2026-07-28", "Mcp-Name", "echo");
            var noVersion = t.post(call, "Mcp-Method", "tools/call", "Mcp-Name", "echo");
            // The header disagrees with the body, whose revision this server does not serve: still a mismatch.
            var otherVersion = t.post(
                    call.replace("2026-07-28", "2025-11-25"),
                    "MCP-Protocol-Version",
                    "2026-07-28",
                    "Mcp-Method",
                    "tools/call",
                    "Mcp-Name",
                    "echo");

            for (var response : List.of(wrongName, noName, wrongMethod, noMethod, noVersion, otherVersion)) {
                assertThat(response.statusCode()).isEqualTo(400);
                assertThat(json(response.body()).at("/error/code").asInt()).isEqualTo(-32020);
                assertThat(json(response.body()).at("/id").asInt()).isEqualTo(7);
            }
        }
    }

    @Test
    void anEncodedNameIsDecodedBeforeComparing() throws Exception {
        try (var t = start(true)) {
            var encoded =
                    "=?base64?" + Base64.getEncoder().encodeToString("echo".getBytes(StandardCharsets.UTF_8)) + "?=";
            var response = post(
                    t,
                    "tools/call",
                    encoded,
                    body(1, "tools/call", "\"name\":\"echo\",\"arguments\":{\"text\":\"y\"}"));

            assertThat(response.statusCode()).isEqualTo(200);
        }
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void envelopeVersionAndMethodRefusalsCarryTheirStatus(boolean stateless) throws Exception {
        try (var t = start(stateless)) {
            var noCapabilities = t.post(
                    "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/list\",\"params\":{\"_meta\":"
                            + "{\"io.modelcontextprotocol/protocolVersion\":\"2026-07-28\"}}}",
                    "MCP-Protocol-Version",
                    "2026-07-28",
                    "Mcp-Method",
                    "tools/list");
            var bodyWithoutMeta =
                    t.post(TestServer.toolsList(2), "MCP-Protocol-Version", "2026-07-28", "Mcp-Method", "tools/list");
            var future = t.post(
                    "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"tools/list\",\"params\":{\"_meta\":"
                            + "{\"io.modelcontextprotocol/protocolVersion\":\"2099-01-01\","
                            + "\"io.modelcontextprotocol/clientCapabilities\":{}}}}",
                    "MCP-Protocol-Version",
                    "2099-01-01",
                    "Mcp-Method",
                    "tools/list");
            var ping = post(t, "ping", null, body(4, "ping", ""));

            assertThat(noCapabilities.statusCode()).isEqualTo(400);
            assertThat(json(noCapabilities.body()).at("/error/code").asInt()).isEqualTo(-32602);
            assertThat(bodyWithoutMeta.statusCode()).isEqualTo(400);
            assertThat(json(bodyWithoutMeta.body()).at("/error/code").asInt()).isEqualTo(-32602);
            assertThat(future.statusCode()).isEqualTo(400);
            assertThat(json(future.body()).at("/error/code").asInt()).isEqualTo(-32022);
            assertThat(json(future.body()).at("/error/data/supported/0").asText())
                    .isEqualTo("2026-07-28");
            assertThat(json(future.body()).at("/id").asInt()).isEqualTo(3);
            assertThat(ping.statusCode()).isEqualTo(404);
            assertThat(json(ping.body()).at("/error/code").asInt()).isEqualTo(-32601);
        }
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void toolErrorsStayIn200Answers(boolean stateless) throws Exception {
        try (var t = start(stateless)) {
            var failed = post(t, "tools/call", "fail", body(1, "tools/call", "\"name\":\"fail\""));
            var unknown = post(t, "tools/call", "nope", body(2, "tools/call", "\"name\":\"nope\""));

            assertThat(failed.statusCode()).isEqualTo(200);
            assertThat(json(failed.body()).at("/result/isError").asBoolean()).isTrue();
            assertThat(unknown.statusCode()).isEqualTo(200);
            assertThat(json(unknown.body()).at("/error/code").asInt()).isEqualTo(-32602);
        }
    }

    @Test
    void theHandshakeStillWorksBesideModernRequestsOnTheSameEndpoint() throws Exception {
        try (var t = start(false)) {
            var sessionId = t.initialize();
            var modern = post(t, "tools/list", null, body(5, "tools/list", ""));
            var legacy = t.post(TestServer.toolsList(6), "Mcp-Session-Id", sessionId);

            assertThat(modern.statusCode()).isEqualTo(200);
            assertThat(legacy.statusCode()).isEqualTo(200);
            assertThat(json(legacy.body()).at("/result").has("resultType")).isFalse();
            assertThat(t.server.sessionCount()).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void thereIsNoStandaloneStreamForTheRevision(boolean stateless) throws Exception {
        try (var t = start(stateless)) {
            var get = TestServer.send(t.request("/mcp")
                    .header("Accept", "text/event-stream")
                    .header("MCP-Protocol-Version", "2026-07-28")
                    .GET()
                    .build());

            assertThat(get.statusCode()).isEqualTo(405);
            assertThat(get.headers().firstValue("allow")).hasValue("POST");
        }
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void closingTheResponseStreamCancelsTheCall(boolean stateless) throws Exception {
        try (var t = start(stateless, Duration.ofMillis(100))) {
            var body = body(9, "tools/call", "\"name\":\"slow\",\"arguments\":{}")
                    .replace("\"_meta\":{", "\"_meta\":{\"progressToken\":\"p\",")
                    .getBytes(StandardCharsets.UTF_8);
            try (var raw = new RawHttp(t.server.address())) {
                raw.send(RawHttp.mcpPost(
                        body, "MCP-Protocol-Version", "2026-07-28", "Mcp-Method", "tools/call", "Mcp-Name", "slow"));
                raw.send(body);
                var head = raw.readHead();
                assertThat(head.status()).isEqualTo(200);
                assertThat(head.header("mcp-session-id")).isNull();
                assertThat(raw.skipPast("notifications/progress")).isTrue();
            }

            assertThat(t.tools.slowCancelled.await(10, TimeUnit.SECONDS)).isTrue();
        }
    }
}
