package io.purplemcp.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.purplemcp.adapters.mcp.protocol.McpServer;
import io.purplemcp.adapters.sentinelone.ConsoleSettings;
import io.purplemcp.adapters.sentinelone.SentinelOneConsole;
import io.purplemcp.ports.out.security.Redactor;
import io.purplemcp.ports.out.telemetry.Telemetry;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The reference checks every tool's schema the way OpenAI-style function calling reads it
 * (docs/decisions/0009-tool-schemas-and-results.md). This does the same over the live tools/list of the shipped
 * catalogue.
 */
class ToolSchemaContractTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> SCHEMA_TYPES = Set.of("string", "integer", "number", "boolean", "array", "object");

    static List<JsonNode> listedTools() throws Exception {
        // Listing tools never calls the console: an unreachable one is enough.
        try (var console = SentinelOneConsole.connect(
                ConsoleSettings.of(URI.create("https://console.example.test"), "token", "test", "session"))) {
            return listedTools(console);
        }
    }

    private static List<JsonNode> listedTools(SentinelOneConsole console) throws Exception {
        var server = new McpServer(
                ProductCatalog.create(console, Clock.systemUTC(), Telemetry.none()),
                ProductIdentity.of("test"),
                Executors.newCachedThreadPool(),
                Redactor.none(),
                100,
                false);
        var session = server.newSession();
        MessageSinkIgnoringNotifications ignore = new MessageSinkIgnoringNotifications();
        session.receive(
                        parse("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":"
                                + "{\"protocolVersion\":\"2025-11-25\",\"capabilities\":{},"
                                + "\"clientInfo\":{\"name\":\"t\",\"version\":\"1\"}}}"),
                        ignore)
                .get(5, TimeUnit.SECONDS);
        var reply = session.receive(parse("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/list\"}"), ignore)
                .get(5, TimeUnit.SECONDS);
        var tools = new ArrayList<JsonNode>();
        reply.path("result").path("tools").forEach(tools::add);
        return tools;
    }

    private static JsonNode parse(String json) throws Exception {
        return JSON.readTree(json.getBytes(StandardCharsets.UTF_8));
    }

    /** The OpenAI function the reference derives from an MCP tool; its rules are checked below. */
    private static ObjectNode openAiFunction(JsonNode tool) {
        var function = JSON.createObjectNode();
        function.put("name", tool.path("name").asText());
        function.put(
                "description",
                tool.path("description").asText().lines().findFirst().orElse(""));
        var parameters = function.putObject("parameters").put("type", "object");
        var properties = parameters.putObject("properties");
        var required = parameters.putArray("required");
        var schema = tool.path("inputSchema");
        schema.path("properties").properties().forEach(entry -> {
            var property = properties.putObject(entry.getKey());
            property.put("type", nonNullType(entry.getValue()));
            property.put("description", "Parameter " + entry.getKey());
            if (entry.getValue().has("default")) {
                property.set("default", entry.getValue().get("default"));
            }
        });
        schema.path("required").forEach(required::add);
        parameters.put("additionalProperties", false);
        return function;
    }

    private static String nonNullType(JsonNode property) {
        if (property.has("type")) {
            return property.get("type").asText();
        }
        for (var option : property.path("anyOf")) {
            if (!option.path("type").asText().equals("null")) {
                return option.path("type").asText();
            }
        }
        return "string";
    }

    @Test
    void everyToolPassesTheOpenAiFunctionRules() throws Exception {
        var tools = listedTools();
        assertThat(tools).isNotEmpty();
        for (var tool : tools) {
            var function = openAiFunction(tool);
            var name = function.path("name").asText();
            assertThat(name).as("name").matches("[A-Za-z0-9_-]{1,64}");
            assertThat(function.path("description").asText())
                    .as("%s description", name)
                    .isNotBlank();
            var parameters = function.path("parameters");
            assertThat(parameters.path("type").asText())
                    .as("%s parameters type", name)
                    .isEqualTo("object");
            assertThat(parameters.has("properties")).as("%s properties", name).isTrue();
            var required = new HashSet<String>();
            parameters.path("required").forEach(r -> required.add(r.asText()));
            parameters.path("properties").properties().forEach(entry -> {
                assertThat(SCHEMA_TYPES)
                        .as("%s.%s type", name, entry.getKey())
                        .contains(entry.getValue().path("type").asText());
                if (entry.getValue().has("default")) {
                    assertThat(required)
                            .as("%s.%s has a default and is required", name, entry.getKey())
                            .doesNotContain(entry.getKey());
                }
            });
            assertThat(parameters.path("properties").fieldNames()).toIterable().containsAll(required);
        }
    }

    @Test
    void nullableParametersDefaultToNullAndStayOptional() throws Exception {
        for (var tool : listedTools()) {
            var schema = tool.path("inputSchema");
            schema.path("properties").properties().forEach(entry -> {
                if (entry.getValue().has("anyOf")) {
                    assertThat(entry.getValue().get("default").isNull())
                            .as("%s.%s defaults to null", tool.path("name").asText(), entry.getKey())
                            .isTrue();
                    assertThat(schema.path("required").toString()).doesNotContain("\"" + entry.getKey() + "\"");
                }
            });
        }
    }

    @Test
    void everyToolIsReadOnlyWithATitle() throws Exception {
        for (var tool : listedTools()) {
            assertThat(tool.path("annotations").path("readOnlyHint").asBoolean())
                    .isTrue();
            assertThat(tool.path("annotations").path("destructiveHint").asBoolean(true))
                    .isFalse();
            assertThat(tool.path("title").asText()).isNotBlank();
        }
    }

    @Test
    void everyToolWhoseAnswerIsJsonDeclaresAnObjectOutputSchema() throws Exception {
        var prose = new ArrayList<String>();
        for (var tool : listedTools()) {
            var name = tool.path("name").asText();
            if (!tool.has("outputSchema")) {
                prose.add(name);
                continue;
            }
            // MCP requires an object root, in 2025-06-18 and 2025-11-25 alike.
            assertThat(tool.path("outputSchema").path("type").asText()).as(name).isEqualTo("object");
        }
        // Purple AI answers in prose and PowerQuery in a table: neither is a JSON document.
        assertThat(prose).containsExactlyInAnyOrder("purple_ai", "powerquery");
    }

    private static final class MessageSinkIgnoringNotifications
            implements io.purplemcp.adapters.mcp.protocol.MessageSink {
        @Override
        public void send(ObjectNode notification) {}
    }
}
