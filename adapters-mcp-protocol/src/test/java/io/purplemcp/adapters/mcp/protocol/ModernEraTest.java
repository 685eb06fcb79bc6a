package io.purplemcp.adapters.mcp.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.purplemcp.ports.out.security.Redactor;
import io.purplemcp.testsupport.tools.ScriptedTools;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** 2026-07-28 requests on a session that never saw a handshake, and beside one that did. */
class ModernEraTest {

    private static final String META = "\"_meta\":{\"io.modelcontextprotocol/protocolVersion\":\"2026-07-28\","
            + "\"io.modelcontextprotocol/clientCapabilities\":{}";

    private final ScriptedTools catalog = ScriptedTools.forProtocol();
    private final JsonCodec codec = new JsonCodec();
    private final List<ObjectNode> notifications = new CopyOnWriteArrayList<>();
    private final McpSession session = new McpServer(
                    catalog,
                    new ServerIdentity("PurpleAIMCP", "Purple AI MCP", "9.9.9", "Use the tools."),
                    Executors.newCachedThreadPool(),
                    text -> text.replace("SECRET-123", Redactor.REPLACEMENT),
                    3,
                    false)
            .newSession();

    private CompletableFuture<JsonNode> start(String json) {
        return session.receive(json(json), notifications::add);
    }

    private JsonNode send(String json) throws Exception {
        return start(json).get(10, TimeUnit.SECONDS);
    }

    private static String request(int id, String method, String params) {
        return "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"" + method + "\",\"params\":{" + params + "}}";
    }

    private static String modern(int id, String method, String params) {
        return request(id, method, (params.isEmpty() ? "" : params + ",") + META + "}");
    }

    @Test
    void discoverNamesTheRevisionCapabilitiesAndServer() throws Exception {
        var result = send(modern(1, "server/discover", "")).path("result");

        assertThat(result.path("resultType").asText()).isEqualTo("complete");
        assertThat(result.path("supportedVersions").toString()).isEqualTo("[\"2026-07-28\"]");
        assertThat(result.path("capabilities").has("tools")).isTrue();
        assertThat(result.path("instructions").asText()).isEqualTo("Use the tools.");
        assertThat(result.path("ttlMs").asLong()).isPositive();
        assertThat(result.path("cacheScope").asText()).isEqualTo("public");
        var serverInfo = result.path("_meta").path("io.modelcontextprotocol/serverInfo");
        assertThat(serverInfo.path("name").asText()).isEqualTo("PurpleAIMCP");
        assertThat(serverInfo.path("version").asText()).isEqualTo("9.9.9");
        assertThat(session.protocolVersion()).isEmpty();
    }

    @Test
    void toolsListIsCacheableCompleteAndTheSameOnEveryCall() throws Exception {
        var first = send(modern(1, "tools/list", "")).path("result");
        var again = send(modern(2, "tools/list", "")).path("result");

        assertThat(first).isEqualTo(again);
        assertThat(first.path("resultType").asText()).isEqualTo("complete");
        assertThat(first.path("cacheScope").asText()).isEqualTo("public");
        assertThat(first.path("ttlMs").asLong()).isPositive();
        assertThat(first.path("tools")).hasSize(3);
        assertThat(first.path("tools").get(0).has("outputSchema")).isFalse();
        assertThat(first.path("tools").get(1).path("outputSchema").path("type").asText())
                .isEqualTo("object");
        assertThat(first.path("tools").get(0).has("execution")).isFalse();

        var next = send(modern(
                        3,
                        "tools/list",
                        "\"cursor\":\"" + first.path("nextCursor").asText() + "\""))
                .path("result");
        assertThat(next.path("tools")).hasSize(1);
        assertThat(next.path("cacheScope").asText()).isEqualTo("public");
    }

    @Test
    void toolCallsAreServedWithoutAHandshakeAndMarkedComplete() throws Exception {
        var result = send(modern(1, "tools/call", "\"name\":\"echo\",\"arguments\":{\"text\":\"hi\"}"))
                .path("result");

        assertThat(result.path("resultType").asText()).isEqualTo("complete");
        assertThat(result.path("content").get(0).path("text").asText()).isEqualTo("hi");
        assertThat(result.has("structuredContent")).isFalse();
        assertThat(result.path("_meta").has("io.modelcontextprotocol/serverInfo"))
                .isTrue();
    }

    @Test
    void aToolWithAnOutputSchemaAnswersWithStructuredContentAndItsText() throws Exception {
        var result = send(modern(1, "tools/call", "\"name\":\"clock\"")).path("result");

        assertThat(result.path("structuredContent").toString()).isEqualTo("{\"now\":\"noon\"}");
        assertThat(result.path("content").get(0).path("text").asText()).isEqualTo("{\"now\":\"noon\"}");
        assertThat(result.path("isError").asBoolean()).isFalse();
    }

    @Test
    void toolFailuresStayResultsAndUnknownToolsStayInvalidParams() throws Exception {
        var failed = send(modern(1, "tools/call", "\"name\":\"fail\"")).path("result");
        var unknown = send(modern(2, "tools/call", "\"name\":\"nope\""));

        assertThat(failed.path("isError").asBoolean()).isTrue();
        assertThat(failed.has("structuredContent")).isFalse();
        assertThat(failed.path("resultType").asText()).isEqualTo("complete");
        assertThat(failed.path("content").get(0).path("text").asText()).doesNotContain("SECRET-123");
        assertThat(unknown.path("error").path("code").asInt()).isEqualTo(-32602);
    }

    @Test
    void anUnsupportedRevisionNamesTheSupportedOnes() throws Exception {
        var reply = send(request(
                7,
                "tools/list",
                "\"_meta\":{\"io.modelcontextprotocol/protocolVersion\":\"2099-01-01\","
                        + "\"io.modelcontextprotocol/clientCapabilities\":{}}"));

        assertThat(reply.path("id").asInt()).isEqualTo(7);
        assertThat(reply.path("error").path("code").asInt()).isEqualTo(-32022);
        assertThat(reply.path("error").path("data").path("supported").toString())
                .isEqualTo("[\"2026-07-28\"]");
        assertThat(reply.path("error").path("data").path("requested").asText()).isEqualTo("2099-01-01");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "\"_meta\":{\"io.modelcontextprotocol/clientCapabilities\":{}}",
                "\"_meta\":{\"io.modelcontextprotocol/protocolVersion\":\"2026-07-28\"}",
                "\"_meta\":{\"io.modelcontextprotocol/protocolVersion\":\"2026-07-28\","
                        + "\"io.modelcontextprotocol/clientCapabilities\":[]}",
                "\"_meta\":{\"io.modelcontextprotocol/protocolVersion\":\"2026-07-28\","
                        + "\"io.modelcontextprotocol/clientCapabilities\":{},\"io.modelcontextprotocol/logLevel\":\"loud\"}"
            })
    void missingOrMalformedMetaIsInvalidParams(String meta) throws Exception {
        var reply = send(request(4, "tools/list", meta));

        assertThat(reply.path("id").asInt()).isEqualTo(4);
        assertThat(reply.path("error").path("code").asInt()).isEqualTo(-32602);
    }

    @Test
    void discoverWithoutMetaIsInvalidParamsNotAHandshakeError() throws Exception {
        var reply = send(request(1, "server/discover", ""));

        assertThat(reply.path("error").path("code").asInt()).isEqualTo(-32602);
    }

    @ParameterizedTest
    @ValueSource(strings = {"initialize", "ping", "logging/setLevel", "resources/subscribe", "completion/complete"})
    void methodsTheRevisionRemovedAreNotFound(String method) throws Exception {
        var reply = send(modern(5, method, "\"level\":\"info\""));

        assertThat(reply.path("error").path("code").asInt()).isEqualTo(-32601);
        assertThat(session.protocolVersion()).isEmpty();
    }

    @Test
    void preflightRefusesWhatHttpMustAnswerBeforeAnyMethodRuns() {
        Function<JsonNode, Optional<JsonRpcError>> noCheck = message -> Optional.empty();
        assertThat(ModernEra.preflight(json(modern(1, "tools/list", "")), noCheck))
                .isEmpty();
        assertThat(ModernEra.preflight(json(modern(1, "ping", "")), noCheck))
                .map(JsonRpcError::code)
                .contains(-32601);
        assertThat(ModernEra.preflight(json(request(1, "server/discover", "")), noCheck))
                .map(JsonRpcError::code)
                .contains(-32602);
        assertThat(ModernEra.preflight(
                        json("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/cancelled\",\"params\":{}}"), noCheck))
                .isEmpty();
    }

    @Test
    void theTransportsCheckFollowsTheMetaKeysAndPrecedesTheRevision() {
        Function<JsonNode, Optional<JsonRpcError>> mismatch =
                message -> Optional.of(new JsonRpcError(JsonRpcError.HEADER_MISMATCH, "differs"));
        var future = json(request(
                1,
                "tools/list",
                "\"_meta\":{\"io.modelcontextprotocol/protocolVersion\":\"2099-01-01\","
                        + "\"io.modelcontextprotocol/clientCapabilities\":{}}"));

        assertThat(ModernEra.preflight(future, mismatch))
                .map(JsonRpcError::code)
                .contains(-32020);
        assertThat(ModernEra.preflight(future, message -> Optional.empty()))
                .map(JsonRpcError::code)
                .contains(-32022);
        assertThat(ModernEra.preflight(json(request(1, "server/discover", "")), mismatch))
                .map(JsonRpcError::code)
                .contains(-32602);
        assertThat(ModernEra.requestedVersion(future)).contains("2099-01-01");
    }

    @Test
    void onlyTheRevisionsKeysOrDiscoverMakeARequestModern() {
        assertThat(ModernEra.isModern(json(modern(1, "tools/list", "")))).isTrue();
        assertThat(ModernEra.isModern(json(request(1, "server/discover", "")))).isTrue();
        assertThat(ModernEra.isModern(json(request(1, "tools/list", "\"_meta\":{\"progressToken\":1}"))))
                .isFalse();
        assertThat(ModernEra.isModern(json(request(1, "initialize", "\"protocolVersion\":\"2026-07-28\""))))
                .isFalse();
        assertThat(ModernEra.isModernVersion("2026-07-28")).isTrue();
        assertThat(ModernEra.isModernVersion("2025-11-25")).isFalse();
    }

    @Test
    void logMessagesFlowOnlyWhenTheRequestNamesALevel() throws Exception {
        var quiet = start(modern(9, "tools/call", "\"name\":\"slow\""));
        assertThat(catalog.slowStarted.await(10, TimeUnit.SECONDS)).isTrue();
        catalog.releaseSlow.countDown();
        assertThat(quiet.get(10, TimeUnit.SECONDS)
                        .path("result")
                        .path("resultType")
                        .asText())
                .isEqualTo("complete");
        assertThat(notifications).noneMatch(n -> n.path("method").asText().equals("notifications/message"));

        send(request(
                10,
                "tools/call",
                "\"name\":\"slow\",\"_meta\":{\"io.modelcontextprotocol/protocolVersion\":\"2026-07-28\","
                        + "\"io.modelcontextprotocol/clientCapabilities\":{},"
                        + "\"io.modelcontextprotocol/logLevel\":\"info\",\"progressToken\":\"p\"}"));
        assertThat(notifications.stream().filter(n -> n.path("method").asText().equals("notifications/message")))
                .hasSize(2);
        assertThat(notifications.stream().filter(n -> n.path("method").asText().equals("notifications/progress")))
                .hasSize(2);
    }

    @Test
    void aCancelledNotificationStopsAModernCallOnTheSameConnection() throws Exception {
        var reply = start(modern(9, "tools/call", "\"name\":\"slow\""));
        assertThat(catalog.slowStarted.await(10, TimeUnit.SECONDS)).isTrue();

        send("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/cancelled\",\"params\":{\"requestId\":9}}");

        assertThat(catalog.slowCancelled.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(reply.get(10, TimeUnit.SECONDS)).isNull();
    }

    @Test
    void bothErasShareOneConnectionWithoutTouchingEachOther() throws Exception {
        var modernList = send(modern(1, "tools/list", "")).path("result");
        send(request(
                2,
                "initialize",
                "\"protocolVersion\":\"2025-06-18\",\"capabilities\":{},"
                        + "\"clientInfo\":{\"name\":\"t\",\"version\":\"1\"}"));
        var legacyList = send(request(3, "tools/list", "")).path("result");
        var modernAgain = send(modern(4, "tools/list", "")).path("result");

        assertThat(legacyList.has("resultType")).isFalse();
        assertThat(legacyList.has("ttlMs")).isFalse();
        assertThat(modernAgain).isEqualTo(modernList);
        assertThat(session.protocolVersion()).map(ProtocolVersion::wireName).contains("2025-06-18");
    }

    private JsonNode json(String text) {
        try {
            return codec.parse(text.getBytes(StandardCharsets.UTF_8));
        } catch (JsonCodec.MalformedJson e) {
            throw new AssertionError(e);
        }
    }
}
