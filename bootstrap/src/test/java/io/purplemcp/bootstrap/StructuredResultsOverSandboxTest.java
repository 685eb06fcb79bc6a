package io.purplemcp.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.purplemcp.adapters.mcp.protocol.McpServer;
import io.purplemcp.adapters.mcp.protocol.McpSession;
import io.purplemcp.adapters.mcp.protocol.MessageSink;
import io.purplemcp.adapters.sentinelone.ConsoleSettings;
import io.purplemcp.adapters.sentinelone.SentinelOneConsole;
import io.purplemcp.ports.out.security.Redactor;
import io.purplemcp.ports.out.telemetry.Telemetry;
import io.purplemcp.sandbox.SandboxConsole;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every tool that declares an output schema, called over the sandbox console: its structured content
 * conforms to the schema, and its text is the same answer (unwrapped where the schema wraps it).
 */
class StructuredResultsOverSandboxTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String UNKNOWN_ID = "no-such-id-0000";

    private static SandboxConsole sandbox;
    private static SentinelOneConsole console;
    private static ExecutorService executor;
    private static McpSession session;
    private static int nextId = 10;

    @BeforeAll
    static void start() throws Exception {
        sandbox = SandboxConsole.start();
        console = SentinelOneConsole.connect(
                ConsoleSettings.of(URI.create(sandbox.baseUrl()), SandboxConsole.DEMO_TOKEN, "test", "session")
                        .trusting(Optional.of(SandboxConsole.certificatePem())));
        executor = Executors.newCachedThreadPool();
        var server = new McpServer(
                ProductCatalog.create(console, Clock.systemUTC(), Telemetry.none()),
                ProductIdentity.of("test"),
                executor,
                Redactor.none(),
                100,
                false);
        session = server.newSession();
        send("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"2025-11-25\","
                + "\"capabilities\":{},\"clientInfo\":{\"name\":\"t\",\"version\":\"1\"}}}");
    }

    @AfterAll
    static void stop() {
        executor.shutdownNow();
        console.close();
        sandbox.close();
    }

    @Test
    void everyStructuredAnswerConformsToItsToolsSchema() throws Exception {
        var schemas = outputSchemas();
        var calls = new LinkedHashMap<String, ObjectNode>();
        calls.put(
                "get_timestamp_range",
                args("reference_time", "2024-01-15T12:00:00Z").put("hours", 2));
        calls.put("iso_to_unix_timestamp", args("iso_datetime", "2025-10-30T08:00:00-04:00"));
        var called = new HashMap<String, Integer>();
        for (var family : Map.of(
                        "alert", "alerts", "vulnerability", "vulnerabilities", "misconfiguration", "misconfigurations")
                .entrySet()) {
            var page = conforming(schemas, "list_" + family.getValue(), args(), called);
            conforming(schemas, "search_" + family.getValue(), args("filters", "[]"), called);
            var id = page.path("edges").path(0).path("node").path("id").asText();
            var idName = family.getKey() + "_id";
            assertThat(id).as("a %s in the sandbox", family.getKey()).isNotBlank();
            assertThat(conforming(schemas, "get_" + family.getKey(), args(idName, id), called)
                            .path(family.getKey())
                            .path("id")
                            .asText())
                    .isEqualTo(id);
            assertThat(conforming(schemas, "get_" + family.getKey(), args(idName, UNKNOWN_ID), called)
                            .get(family.getKey())
                            .isNull())
                    .isTrue();
            conforming(schemas, "get_" + family.getKey() + "_notes", args(idName, id), called);
            conforming(schemas, "get_" + family.getKey() + "_history", args(idName, id), called);
        }
        var assets = conforming(schemas, "list_inventory_items", args(), called);
        conforming(schemas, "search_inventory_items", args(), called);
        var assetId = assets.path("data").path(0).path("id").asText();
        assertThat(assetId).isNotBlank();
        assertThat(conforming(schemas, "get_inventory_item", args("item_id", assetId), called)
                        .path("asset")
                        .path("id")
                        .asText())
                .isEqualTo(assetId);
        for (var call : calls.entrySet()) {
            conforming(schemas, call.getKey(), call.getValue(), called);
        }

        assertThat(called.keySet())
                .as("every tool with an output schema was called")
                .isEqualTo(schemas.keySet());
    }

    @Test
    void theCheckRejectsADocumentThatBreaksTheSchema() throws Exception {
        var schemas = outputSchemas();
        var page = call("list_alerts", args()).path("structuredContent").deepCopy();
        assertThat(SchemaCheck.errors(schemas.get("list_alerts"), page)).isEmpty();

        var withoutPaging = ((ObjectNode) page.deepCopy());
        withoutPaging.remove("page_info");
        assertThat(SchemaCheck.errors(schemas.get("list_alerts"), withoutPaging))
                .containsExactly("$: lacks required page_info");
        var edgesAsText = ((ObjectNode) page.deepCopy()).put("edges", "none");
        assertThat(SchemaCheck.errors(schemas.get("list_alerts"), edgesAsText))
                .containsExactly("$.edges: string is not \"array\"");
        var millisAsText = JSON.createObjectNode().put("unix_timestamp_ms", "1000");
        assertThat(SchemaCheck.errors(schemas.get("iso_to_unix_timestamp"), millisAsText))
                .containsExactly("$.unix_timestamp_ms: string is not \"integer\"");
        var alertAsList = JSON.createObjectNode();
        alertAsList.putArray("alert");
        assertThat(SchemaCheck.errors(schemas.get("get_alert"), alertAsList)).hasSize(1);
        var unknownKeyword = JSON.createObjectNode().put("type", "object").put("minProperties", 1);
        assertThat(SchemaCheck.errors(unknownKeyword, JSON.createObjectNode()))
                .containsExactly("$: unsupported keyword minProperties");
    }

    /** Calls the tool, checks its answer against its schema and its text, and returns the structured content. */
    private static JsonNode conforming(
            Map<String, JsonNode> schemas, String tool, ObjectNode arguments, Map<String, Integer> called)
            throws Exception {
        var result = call(tool, arguments);
        assertThat(result.path("isError").asBoolean())
                .as("%s: %s", tool, result)
                .isFalse();
        var structured = result.get("structuredContent");
        assertThat(structured).as(tool).isNotNull();
        assertThat(SchemaCheck.errors(schemas.get(tool), structured)).as(tool).isEmpty();
        var text = JSON.readTree(result.path("content").path(0).path("text").asText());
        if (!text.equals(structured)) {
            // Structured content must be an object, so a bare record, null or number travels under one key.
            assertThat(structured.size()).as(tool).isEqualTo(1);
            assertThat(structured.elements().next()).as(tool).isEqualTo(text);
        }
        called.merge(tool, 1, Integer::sum);
        return structured;
    }

    private static Map<String, JsonNode> outputSchemas() throws Exception {
        var schemas = new LinkedHashMap<String, JsonNode>();
        send("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/list\"}")
                .path("result")
                .path("tools")
                .forEach(tool -> {
                    if (tool.has("outputSchema")) {
                        schemas.put(tool.path("name").asText(), tool.get("outputSchema"));
                    }
                });
        return schemas;
    }

    private static JsonNode call(String tool, ObjectNode arguments) throws Exception {
        var request = JSON.createObjectNode()
                .put("jsonrpc", "2.0")
                .put("id", nextId++)
                .put("method", "tools/call");
        request.putObject("params").put("name", tool).set("arguments", arguments);
        return send(request.toString()).path("result");
    }

    private static ObjectNode args(String... pairs) {
        var arguments = JSON.createObjectNode();
        for (int i = 0; i < pairs.length; i += 2) {
            arguments.put(pairs[i], pairs[i + 1]);
        }
        return arguments;
    }

    /** The reply as a client reads it: written to bytes and parsed back, so numbers compare by value. */
    private static JsonNode send(String json) throws Exception {
        MessageSink ignore = notification -> {};
        var reply = session.receive(JSON.readTree(json.getBytes(StandardCharsets.UTF_8)), ignore)
                .get(30, TimeUnit.SECONDS);
        return JSON.readTree(JSON.writeValueAsBytes(reply));
    }
}
