package io.purplemcp.adapters.mcp.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.purplemcp.ports.in.tools.ToolResult;
import io.purplemcp.ports.out.security.Redactor;
import io.purplemcp.testsupport.tools.ScriptedTools;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class McpSessionTest {

    private final ScriptedTools catalog = ScriptedTools.forProtocol();
    private final JsonCodec codec = new JsonCodec();
    private final List<ObjectNode> notifications = new CopyOnWriteArrayList<>();

    private McpSession session(int pageSize) {
        Redactor redactor = text -> text.replace("SECRET-123", Redactor.REPLACEMENT);
        var identity = new ServerIdentity("PurpleAIMCP", "Purple AI MCP", "9.9.9", "Use the tools.");
        return new McpServer(catalog, identity, Executors.newCachedThreadPool(), redactor, pageSize, false)
                .newSession();
    }

    private JsonNode send(McpSession session, String json) throws Exception {
        return session.receive(codec.parse(json.getBytes(StandardCharsets.UTF_8)), notifications::add)
                .get(10, TimeUnit.SECONDS);
    }

    private McpSession initialized(String version) throws Exception {
        var session = session(100);
        send(session, initialize(version));
        send(session, "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}");
        return session;
    }

    private static String initialize(String version) {
        return "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"" + version
                + "\",\"capabilities\":{},\"clientInfo\":{\"name\":\"test\",\"version\":\"1\"}}}";
    }

    @Test
    void localComputationsRunOnTheCallersThreadAndConsoleReadsOnThePool() throws Exception {
        var identity = new ServerIdentity("PurpleAIMCP", "Purple AI MCP", "9.9.9", "Use the tools.");
        Executor refusingPool = task -> {
            throw new RejectedExecutionException("full");
        };
        var session = new McpServer(catalog, identity, refusingPool, text -> text, 100, false).newSession();
        send(session, initialize("2025-06-18"));

        var local = session.receive(
                codec.parse(call(2, "echo", "{\"text\":\"hi\"}").getBytes(StandardCharsets.UTF_8)), notifications::add);
        var remote = send(session, call(3, "clock", "{}"));

        assertThat(local).isCompleted();
        assertThat(local.join()
                        .path("result")
                        .path("content")
                        .path(0)
                        .path("text")
                        .asText())
                .isEqualTo("hi");
        assertThat(remote.path("error").path("message").asText()).startsWith("Server busy");
    }

    /** Calls {@code slow} with this JSON id and more params, and waits until it runs; its reply is still to come. */
    private CompletableFuture<JsonNode> startSlowCall(McpSession session, String id, String moreParams)
            throws Exception {
        var reply = session.receive(
                codec.parse(("{\"jsonrpc\":\"2.0\",\"id\":" + id
                                + ",\"method\":\"tools/call\",\"params\":{\"name\":\"slow\"" + moreParams + "}}")
                        .getBytes(StandardCharsets.UTF_8)),
                notifications::add);
        assertThat(catalog.slowStarted.await(10, TimeUnit.SECONDS)).isTrue();
        return reply;
    }

    private static String call(int id, String tool, String arguments) {
        return "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"tools/call\",\"params\":{\"name\":\"" + tool
                + "\",\"arguments\":" + arguments + "}}";
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-11-05", "2025-03-26", "2025-06-18", "2025-11-25"})
    void initializeEchoesEverySupportedVersion(String version) throws Exception {
        var session = session(100);
        var reply = send(session, initialize(version));

        assertThat(reply.path("id").asInt()).isEqualTo(1);
        assertThat(reply.path("result").path("protocolVersion").asText()).isEqualTo(version);
        assertThat(reply.path("result").path("serverInfo").path("name").asText())
                .isEqualTo("PurpleAIMCP");
        assertThat(reply.path("result").path("serverInfo").path("version").asText())
                .isEqualTo("9.9.9");
        assertThat(reply.path("result").path("capabilities").has("tools")).isTrue();
        assertThat(reply.path("result").path("capabilities").has("logging")).isTrue();
        assertThat(reply.path("result").path("instructions").asText()).isEqualTo("Use the tools.");
        assertThat(session.protocolVersion()).map(ProtocolVersion::wireName).contains(version);
    }

    @Test
    void initializeOffersTheNewestVersionForAnUnknownOne() throws Exception {
        var reply = send(session(100), initialize("2099-01-01"));

        assertThat(reply.path("result").path("protocolVersion").asText()).isEqualTo("2025-11-25");
    }

    @Test
    void initializeWithoutAVersionIsInvalidParams() throws Exception {
        var reply = send(session(100), "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{}}");

        assertThat(reply.path("error").path("code").asInt()).isEqualTo(-32602);
    }

    @Test
    void secondInitializeIsRejected() throws Exception {
        var session = initialized("2025-11-25");

        var reply = send(session, initialize("2025-11-25"));

        assertThat(reply.path("error").path("code").asInt()).isEqualTo(-32600);
        assertThat(session.clientReady()).isTrue();
    }

    @Test
    void pingAnswersAnEmptyResultEvenBeforeInitialize() throws Exception {
        var reply = send(session(100), "{\"jsonrpc\":\"2.0\",\"id\":\"p\",\"method\":\"ping\"}");

        assertThat(reply.path("id").asText()).isEqualTo("p");
        assertThat(reply.path("result").isObject()).isTrue();
        assertThat(reply.path("result").size()).isZero();
    }

    @Test
    void requestsBeforeInitializeAreRefused() throws Exception {
        var reply = send(session(100), "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/list\"}");

        assertThat(reply.path("error").path("code").asInt()).isEqualTo(-32600);
        assertThat(reply.path("error").path("message").asText()).contains("initialize");
    }

    @Test
    void unknownMethodIsMethodNotFound() throws Exception {
        var reply = send(initialized("2025-11-25"), "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"prompts/list\"}");

        assertThat(reply.path("error").path("code").asInt()).isEqualTo(-32601);
        assertThat(reply.path("id").asInt()).isEqualTo(2);
    }

    @Test
    void notificationsAndClientResponsesGetNoReply() throws Exception {
        var session = initialized("2025-11-25");

        assertThat(send(session, "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/whatever\"}"))
                .isNull();
        assertThat(send(session, "{\"jsonrpc\":\"2.0\",\"id\":5,\"result\":{}}"))
                .isNull();
    }

    @Test
    void malformedEnvelopesAreInvalidRequests() throws Exception {
        var session = initialized("2025-11-25");

        var noVersion = send(session, "{\"id\":7,\"method\":\"ping\"}");
        var nullId = send(session, "{\"jsonrpc\":\"2.0\",\"id\":null,\"method\":\"ping\"}");
        var notObject = send(session, "42");
        var arrayParams = send(session, "{\"jsonrpc\":\"2.0\",\"id\":8,\"method\":\"ping\",\"params\":[1]}");

        assertThat(noVersion.path("error").path("code").asInt()).isEqualTo(-32600);
        assertThat(noVersion.path("id").asInt()).isEqualTo(7);
        assertThat(nullId.path("error").path("code").asInt()).isEqualTo(-32600);
        assertThat(nullId.get("id").isNull()).isTrue();
        assertThat(notObject.path("error").path("code").asInt()).isEqualTo(-32600);
        assertThat(arrayParams.path("error").path("code").asInt()).isEqualTo(-32602);
    }

    @Test
    void toolListShapeFollowsTheNegotiatedVersion() throws Exception {
        var oldest = send(initialized("2024-11-05"), "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/list\"}");
        var newest = send(initialized("2025-11-25"), "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/list\"}");

        var oldEcho = oldest.path("result").path("tools").get(0);
        assertThat(oldEcho.has("annotations")).isFalse();
        assertThat(oldEcho.has("outputSchema")).isFalse();
        assertThat(oldEcho.has("title")).isFalse();

        var clock = newest.path("result").path("tools").get(1);
        assertThat(clock.path("title").asText()).isEqualTo("Clock");
        assertThat(clock.path("annotations").path("readOnlyHint").asBoolean()).isTrue();
        assertThat(clock.path("annotations").path("openWorldHint").asBoolean()).isTrue();
        assertThat(clock.path("outputSchema").path("required").get(0).asText()).isEqualTo("now");
        var schema = clock.path("inputSchema");
        assertThat(schema.path("type").asText()).isEqualTo("object");
        assertThat(schema.has("required")).isFalse();
        assertThat(schema.path("additionalProperties").asBoolean(true)).isFalse();
        assertThat(schema.path("properties").path("zone").path("anyOf").toString())
                .isEqualTo("[{\"type\":\"string\"},{\"type\":\"null\"}]");
        assertThat(schema.path("properties").path("zone").get("default").isNull())
                .isTrue();
        assertThat(schema.path("properties").path("hours").path("default").asInt())
                .isZero();
        assertThat(schema.path("properties").path("direction").path("enum").toString())
                .isEqualTo("[\"past\",\"future\"]");
        var echoSchema = newest.path("result").path("tools").get(0).path("inputSchema");
        assertThat(echoSchema.path("required").toString()).isEqualTo("[\"text\"]");
    }

    @Test
    void toolListPagesWithOpaqueCursors() throws Exception {
        var session = session(3);
        send(session, initialize("2025-11-25"));

        var first = send(session, "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/list\"}");
        var cursor = first.path("result").path("nextCursor").asText();
        var second = send(
                session,
                "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"tools/list\",\"params\":{\"cursor\":\"" + cursor + "\"}}");
        var bogus = send(
                session, "{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"tools/list\",\"params\":{\"cursor\":\"nope\"}}");

        assertThat(first.path("result").path("tools").size()).isEqualTo(3);
        assertThat(second.path("result").path("tools").size()).isEqualTo(1);
        assertThat(second.path("result").path("tools").get(0).path("name").asText())
                .isEqualTo("slow");
        assertThat(second.path("result").has("nextCursor")).isFalse();
        assertThat(bogus.path("error").path("code").asInt()).isEqualTo(-32602);
    }

    @Test
    void onlyAToolWithAnOutputSchemaListsOne() throws Exception {
        var tools = send(initialized("2025-11-25"), "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/list\"}")
                .path("result")
                .path("tools");

        assertThat(tools.get(0).path("name").asText()).isEqualTo("echo");
        assertThat(tools.get(0).has("outputSchema")).isFalse();
        assertThat(tools.get(1).path("outputSchema").path("type").asText()).isEqualTo("object");
    }

    @Test
    void textResultsCarryNoStructuredContentInAnyRevision() throws Exception {
        var call = "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"tools/call\",\"params\":{\"name\":\"echo\","
                + "\"arguments\":{\"text\":\"hi\"}}}";

        for (var version : List.of("2025-03-26", "2025-06-18", "2025-11-25")) {
            var result = send(initialized(version), call).path("result");

            assertThat(result.path("content").get(0).path("text").asText()).isEqualTo("hi");
            assertThat(result.has("structuredContent")).as(version).isFalse();
            assertThat(result.path("isError").asBoolean()).isFalse();
        }
    }

    @Test
    void structuredResultsCarryStructuredContentFromJune2025Only() throws Exception {
        var call = "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"tools/call\",\"params\":{\"name\":\"clock\"}}";

        var june = send(initialized("2025-06-18"), call).path("result");
        var march = send(initialized("2025-03-26"), call).path("result");

        assertThat(june.path("structuredContent").path("now").asText()).isEqualTo("noon");
        assertThat(march.has("structuredContent")).isFalse();
        assertThat(march.path("content").get(0).path("text").asText()).isEqualTo("{\"now\":\"noon\"}");
    }

    @Test
    void failuresCarryNoStructuredContent() throws Exception {
        var result = send(
                        initialized("2025-11-25"),
                        "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"tools/call\",\"params\":{\"name\":\"fail\"}}")
                .path("result");

        assertThat(result.path("isError").asBoolean()).isTrue();
        assertThat(result.has("structuredContent")).isFalse();
        assertThat(ToolCalls.render(new ToolResult.Failure("no"), ProtocolVersion.LATEST, true)
                        .has("structuredContent"))
                .isFalse();
    }

    @Test
    void aDocumentFromAToolWithoutAnOutputSchemaTravelsAsTextOnly() {
        var document =
                new ToolResult.Structured(JsonNodeFactory.instance.objectNode().put("a", 1), "{ \"a\": 1 }");

        var undeclared = ToolCalls.render(document, ProtocolVersion.LATEST, false);
        var declared = ToolCalls.render(document, ProtocolVersion.LATEST, true);

        assertThat(undeclared.has("structuredContent")).isFalse();
        assertThat(undeclared.path("content").get(0).path("text").asText()).isEqualTo("{ \"a\": 1 }");
        assertThat(declared.path("structuredContent").toString()).isEqualTo("{\"a\":1}");
        assertThat(declared.path("content").get(0).path("text").asText()).isEqualTo("{ \"a\": 1 }");
    }

    @Test
    void objectResultsAreMirroredAsCompactJsonText() throws Exception {
        var reply = send(
                initialized("2025-11-25"),
                "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"tools/call\",\"params\":{\"name\":\"clock\"}}");

        assertThat(reply.path("result").path("content").get(0).path("text").asText())
                .isEqualTo("{\"now\":\"noon\"}");
        assertThat(reply.path("result").path("structuredContent").path("now").asText())
                .isEqualTo("noon");
    }

    @Test
    void toolFailuresAreResultsWithIsErrorAndRedactedText() throws Exception {
        var reply = send(
                initialized("2025-11-25"),
                "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"tools/call\",\"params\":{\"name\":\"fail\",\"arguments\":{}}}");

        assertThat(reply.path("result").path("isError").asBoolean()).isTrue();
        assertThat(reply.path("result").path("content").get(0).path("text").asText())
                .isEqualTo("It failed because of [REDACTED].")
                .doesNotContain("SECRET-123");
    }

    @Test
    void secretsInToolOutputAreRedacted() throws Exception {
        var reply = send(
                initialized("2025-11-25"),
                "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"tools/call\",\"params\":{\"name\":\"echo\","
                        + "\"arguments\":{\"text\":\"a SECRET-123 b\"}}}");

        assertThat(reply.toString()).doesNotContain("SECRET-123").contains("a [REDACTED] b");
    }

    @Test
    void badToolCallParamsAreProtocolErrors() throws Exception {
        var session = initialized("2025-11-25");

        var unknown = send(
                session, "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"tools/call\",\"params\":{\"name\":\"nope\"}}");
        var noName = send(session, "{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"tools/call\",\"params\":{}}");
        var badArguments = send(
                session,
                "{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":\"tools/call\",\"params\":{\"name\":\"echo\",\"arguments\":[]}}");

        assertThat(unknown.path("error").path("code").asInt()).isEqualTo(-32602);
        assertThat(unknown.path("error").path("message").asText()).contains("nope");
        assertThat(noName.path("error").path("code").asInt()).isEqualTo(-32602);
        assertThat(badArguments.path("error").path("code").asInt()).isEqualTo(-32602);
    }

    @Test
    void setLevelAcceptsSyslogLevelsOnly() throws Exception {
        var session = initialized("2025-11-25");

        var ok = send(
                session,
                "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"logging/setLevel\",\"params\":{\"level\":\"info\"}}");
        var bad = send(
                session,
                "{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"logging/setLevel\",\"params\":{\"level\":\"loud\"}}");

        assertThat(ok.has("error")).isFalse();
        assertThat(ok.path("result").isObject()).isTrue();
        assertThat(ok.path("result").size()).isZero();
        assertThat(bad.path("error").path("code").asInt()).isEqualTo(-32602);
    }

    @Test
    void cancellationStopsTheCallAndSuppressesItsReply() throws Exception {
        var session = initialized("2025-11-25");
        var reply = startSlowCall(session, "9", "");

        send(session, "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/cancelled\",\"params\":{\"requestId\":9}}");

        assertThat(catalog.slowCancelled.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(reply.get(10, TimeUnit.SECONDS)).isNull();
    }

    @Test
    void aCallWithAStringIdIsCancelledByThatString() throws Exception {
        var session = initialized("2025-11-25");
        var reply = startSlowCall(session, "\"call-9\"", "");

        send(
                session,
                "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/cancelled\",\"params\":{\"requestId\":\"call-9\"}}");

        assertThat(catalog.slowCancelled.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(reply.get(10, TimeUnit.SECONDS)).isNull();
    }

    @Test
    void progressIsSentOnlyWithATokenAndOnlyWhenItIncreases() throws Exception {
        var session = initialized("2025-11-25");
        send(
                session,
                "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"logging/setLevel\",\"params\":{\"level\":\"error\"}}");
        var reply = startSlowCall(session, "9", ",\"_meta\":{\"progressToken\":\"tok\"}");
        catalog.releaseSlow.countDown();

        assertThat(reply.get(10, TimeUnit.SECONDS)
                        .path("result")
                        .path("content")
                        .get(0)
                        .path("text")
                        .asText())
                .isEqualTo("slow done");
        var progress = notifications.stream()
                .filter(n -> n.path("method").asText().equals("notifications/progress"))
                .toList();
        assertThat(progress).hasSize(2);
        assertThat(progress.get(0).path("params").path("progressToken").asText())
                .isEqualTo("tok");
        assertThat(progress.get(1).path("params").path("progress").asDouble()).isEqualTo(2.0);
        assertThat(progress.get(1).path("params").path("message").asText()).isEqualTo("two");
        var logs = notifications.stream()
                .filter(n -> n.path("method").asText().equals("notifications/message"))
                .toList();
        assertThat(logs).hasSize(1);
        assertThat(logs.get(0).path("params").path("level").asText()).isEqualTo("error");
    }

    @Test
    void batchesAreAcceptedOnlyIn2025_03_26() throws Exception {
        var batch = "[{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"},"
                + "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"},"
                + "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/list\"}]";

        var accepted = send(initialized("2025-03-26"), batch);
        var refused = send(initialized("2025-06-18"), batch);
        var empty = send(initialized("2025-03-26"), "[]");

        assertThat(accepted.isArray()).isTrue();
        assertThat(accepted).hasSize(2);
        assertThat(accepted.get(1).path("result").path("tools").size()).isEqualTo(4);
        assertThat(refused.path("error").path("code").asInt()).isEqualTo(-32600);
        assertThat(empty.path("error").path("code").asInt()).isEqualTo(-32600);
    }

    @Test
    void aStatelessSessionServesRequestsWithoutAHandshake() throws Exception {
        Redactor redactor = Redactor.none();
        var identity = new ServerIdentity("PurpleAIMCP", "Purple AI MCP", "9.9.9", "Use the tools.");
        var session = new McpServer(catalog, identity, Executors.newCachedThreadPool(), redactor, 100, false)
                .newStatelessSession(ProtocolVersion.V2025_03_26);

        var list = send(session, "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/list\"}");
        var init = send(session, initialize("2025-06-18"));

        assertThat(list.path("result").path("tools").get(0).has("annotations")).isTrue();
        assertThat(list.path("result").path("tools").get(0).has("outputSchema")).isFalse();
        assertThat(init.path("result").path("protocolVersion").asText()).isEqualTo("2025-06-18");
    }

    @Test
    void initializeInsideABatchIsRejected() throws Exception {
        var reply = send(initialized("2025-03-26"), "[" + initialize("2025-03-26") + "]");

        assertThat(reply.get(0).path("error").path("code").asInt()).isEqualTo(-32600);
        assertThat(reply.get(0).path("error").path("message").asText()).contains("must not be part of a batch");
    }

    @Test
    void theServersTitleIsOfferedFromJune2025On() throws Exception {
        var older = send(session(100), initialize("2025-03-26"));
        var newer = send(session(100), initialize("2025-06-18"));

        assertThat(older.path("result").path("serverInfo").has("title")).isFalse();
        assertThat(newer.path("result").path("serverInfo").path("title").asText())
                .isEqualTo("Purple AI MCP");
    }

    @Test
    void cancellingEveryCallStopsTheOnesInFlight() throws Exception {
        var session = initialized("2025-11-25");
        var reply = startSlowCall(session, "9", "");

        session.cancelAll();

        assertThat(catalog.slowCancelled.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(reply.get(10, TimeUnit.SECONDS)).isNull();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                ",\"requestId\":null",
                ",\"requestId\":9.5",
                ",\"requestId\":{\"id\":9}",
                ",\"requestId\":\"9\""
            })
    void aCancellationWithoutTheCallsOwnIdLeavesItRunning(String requestId) throws Exception {
        var session = initialized("2025-11-25");
        var reply = startSlowCall(session, "9", "");

        var none = send(
                session,
                "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/cancelled\",\"params\":{\"reason\":\"x\"" + requestId
                        + "}}");
        catalog.releaseSlow.countDown();

        assertThat(none).isNull();
        assertThat(catalog.slowCancelled.getCount()).isOne();
        assertThat(reply.get(10, TimeUnit.SECONDS)
                        .path("result")
                        .path("content")
                        .path(0)
                        .path("text")
                        .asText())
                .isEqualTo("slow done");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.5", "true", "{\"t\":1}", "null"})
    void aProgressTokenThatIsNeitherAStringNorAnIntegerGetsNoProgress(String token) throws Exception {
        var session = initialized("2025-11-25");
        catalog.releaseSlow.countDown();

        startSlowCall(session, "9", ",\"_meta\":{\"progressToken\":" + token + "}")
                .get(10, TimeUnit.SECONDS);
        startSlowCall(session, "10", ",\"_meta\":{\"progressToken\":7}").get(10, TimeUnit.SECONDS);

        var progress = notifications.stream()
                .filter(n -> n.path("method").asText().equals("notifications/progress"))
                .toList();
        assertThat(progress)
                .isNotEmpty()
                .allSatisfy(
                        n -> assertThat(n.path("params").path("progressToken")).isEqualTo(IntNode.valueOf(7)));
    }
}
