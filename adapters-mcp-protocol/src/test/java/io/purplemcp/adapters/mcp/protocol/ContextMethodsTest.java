package io.purplemcp.adapters.mcp.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.purplemcp.ports.in.context.ContextCatalog;
import io.purplemcp.ports.in.context.Prompt;
import io.purplemcp.ports.in.context.PromptArgument;
import io.purplemcp.ports.in.context.PromptRefused;
import io.purplemcp.ports.in.context.Resource;
import io.purplemcp.ports.in.context.ResourceTemplate;
import io.purplemcp.ports.out.telemetry.Telemetry;
import io.purplemcp.ports.out.telemetry.TraceScope;
import io.purplemcp.testsupport.tools.ScriptedTools;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Resources and prompts in both eras, advertised only when there are some. */
class ContextMethodsTest {

    private static final String META = "\"_meta\":{\"io.modelcontextprotocol/protocolVersion\":\"2026-07-28\","
            + "\"io.modelcontextprotocol/clientCapabilities\":{}}";
    private static final Resource GUIDE =
            new Resource("purplemcp://guides/x", "x-guide", "X guide", "About x.", "text/markdown", "# X\n\ncafé");

    private static final ContextCatalog CONTEXT = new ContextCatalog() {
        @Override
        public List<Resource> resources() {
            return List.of(GUIDE);
        }

        @Override
        public List<ResourceTemplate> resourceTemplates() {
            return List.of(new ResourceTemplate("purplemcp://guides/{x}", "guides", "Guides", "All.", "text/markdown"));
        }

        @Override
        public List<Prompt> prompts() {
            return List.of(new Prompt(
                    "triage",
                    "Triage",
                    "Triage one.",
                    List.of(new PromptArgument("id", "Which.", true)),
                    List.of("get_alert")));
        }

        @Override
        public String render(String name, Map<String, String> arguments) throws PromptRefused {
            if (!name.equals("triage")) {
                throw new PromptRefused("Unknown prompt: " + name + ".");
            }
            if (!arguments.containsKey("id")) {
                throw new PromptRefused("Missing required argument: id.");
            }
            return "Triage " + arguments.get("id");
        }
    };

    private final JsonCodec codec = new JsonCodec();

    private McpSession session(ContextCatalog context) {
        return new McpServer(
                        ScriptedTools.forProtocol(),
                        context,
                        new ServerIdentity("PurpleAIMCP", "Purple AI MCP", "9.9.9", "Use the tools."),
                        Executors.newCachedThreadPool(),
                        text -> text,
                        100,
                        false,
                        Telemetry.none(),
                        TraceScope.none())
                .newSession();
    }

    private JsonNode send(McpSession session, String json) throws Exception {
        var message = codec.parse(json.getBytes(StandardCharsets.UTF_8));
        return session.receive(message, notification -> {}).get(10, TimeUnit.SECONDS);
    }

    private JsonNode initialized(McpSession session, String version) throws Exception {
        return send(
                        session,
                        "{\"jsonrpc\":\"2.0\",\"id\":0,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\""
                                + version
                                + "\",\"capabilities\":{},\"clientInfo\":{\"name\":\"t\",\"version\":\"1\"}}}")
                .path("result");
    }

    /** The result of one request to {@code session}; {@code params} are the members of its params object. */
    private JsonNode result(McpSession session, String method, String params) throws Exception {
        return send(session, request(method, params)).path("result");
    }

    /** The error one request to {@code session} gets. */
    private JsonNode error(McpSession session, String method, String params) throws Exception {
        return send(session, request(method, params)).path("error");
    }

    private static String request(String method, String params) {
        return "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"" + method + "\",\"params\":{" + params + "}}";
    }

    private static String modern(String method, String params) {
        return request(method, (params.isEmpty() ? "" : params + ",") + META);
    }

    @Test
    void theHandshakeAdvertisesBothAndServesThem() throws Exception {
        var session = session(CONTEXT);
        var capabilities = initialized(session, "2025-11-25").path("capabilities");
        assertThat(capabilities.path("resources").toString()).isEqualTo("{\"listChanged\":false,\"subscribe\":false}");
        assertThat(capabilities.path("prompts").toString()).isEqualTo("{\"listChanged\":false}");

        var resources = result(session, "resources/list", "");
        assertThat(resources.toString())
                .isEqualTo("{\"resources\":[{\"uri\":\"purplemcp://guides/x\",\"name\":\"x-guide\",\"title\":\"X"
                        + " guide\",\"description\":\"About x.\",\"mimeType\":\"text/markdown\",\"size\":10}]}");
        var read = result(session, "resources/read", "\"uri\":\"purplemcp://guides/x\"");
        assertThat(read.path("contents").get(0).path("text").asText()).isEqualTo(GUIDE.text());
        assertThat(read.path("contents").get(0).path("mimeType").asText()).isEqualTo("text/markdown");
        var templates = result(session, "resources/templates/list", "");
        assertThat(templates
                        .path("resourceTemplates")
                        .get(0)
                        .path("uriTemplate")
                        .asText())
                .isEqualTo("purplemcp://guides/{x}");

        var prompts = result(session, "prompts/list", "");
        assertThat(prompts.toString())
                .isEqualTo("{\"prompts\":[{\"name\":\"triage\",\"title\":\"Triage\",\"description\":\"Triage one.\","
                        + "\"arguments\":[{\"name\":\"id\",\"description\":\"Which.\",\"required\":true}]}]}");
        var prompt = result(session, "prompts/get", "\"name\":\"triage\",\"arguments\":{\"id\":\"a-1\"}");
        assertThat(prompt.toString())
                .isEqualTo("{\"description\":\"Triage one.\",\"messages\":[{\"role\":\"user\",\"content\":"
                        + "{\"type\":\"text\",\"text\":\"Triage a-1\"}}]}");
    }

    @Test
    void olderRevisionsGetNoTitles() throws Exception {
        var session = session(CONTEXT);
        initialized(session, "2025-03-26");
        assertThat(result(session, "resources/list", "")
                        .path("resources")
                        .get(0)
                        .has("title"))
                .isFalse();
        assertThat(result(session, "prompts/list", "").path("prompts").get(0).has("title"))
                .isFalse();
    }

    @Test
    void refusalsAreInvalidParamsOrNotFound() throws Exception {
        var session = session(CONTEXT);
        initialized(session, "2025-11-25");
        var unknown = error(session, "resources/read", "\"uri\":\"purplemcp://nope\"");
        assertThat(unknown.path("code").asInt()).isEqualTo(-32002);
        assertThat(unknown.path("data").path("uri").asText()).isEqualTo("purplemcp://nope");
        assertThat(error(session, "resources/read", "\"uri\":3").path("code").asInt())
                .isEqualTo(-32602);
        var missing = error(session, "prompts/get", "\"name\":\"triage\"");
        assertThat(missing.path("code").asInt()).isEqualTo(-32602);
        assertThat(missing.path("message").asText()).isEqualTo("Invalid params: Missing required argument: id.");
        assertThat(error(session, "prompts/get", "\"name\":\"other\"")
                        .path("code")
                        .asInt())
                .isEqualTo(-32602);
        assertThat(error(session, "prompts/get", "\"name\":\"triage\",\"arguments\":{\"id\":1}")
                        .path("code")
                        .asInt())
                .isEqualTo(-32602);
    }

    @Test
    void theModernEraDiscoversServesAndCachesThem() throws Exception {
        var session = session(CONTEXT);
        var discovered = send(session, modern("server/discover", "")).path("result");
        assertThat(discovered.path("capabilities").has("resources")).isTrue();
        assertThat(discovered.path("capabilities").has("prompts")).isTrue();

        for (var method : List.of("resources/list", "resources/templates/list", "prompts/list")) {
            var result = send(session, modern(method, "")).path("result");
            assertThat(result.path("resultType").asText()).as(method).isEqualTo("complete");
            assertThat(result.path("ttlMs").asLong()).as(method).isPositive();
            assertThat(result.path("cacheScope").asText()).as(method).isEqualTo("public");
        }
        var read = send(session, modern("resources/read", "\"uri\":\"purplemcp://guides/x\""))
                .path("result");
        assertThat(read.path("contents").get(0).path("uri").asText()).isEqualTo("purplemcp://guides/x");
        assertThat(read.path("cacheScope").asText()).isEqualTo("public");
        var prompt = send(session, modern("prompts/get", "\"name\":\"triage\",\"arguments\":{\"id\":\"b\"}"))
                .path("result");
        assertThat(prompt.path("messages").get(0).path("content").path("text").asText())
                .isEqualTo("Triage b");
        assertThat(prompt.path("resultType").asText()).isEqualTo("complete");

        var unknown = send(session, modern("resources/read", "\"uri\":\"test://nope\""))
                .path("error");
        assertThat(unknown.path("code").asInt()).isEqualTo(-32602);
        assertThat(unknown.path("data").path("uri").asText()).isEqualTo("test://nope");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"resources/list", "resources/read", "resources/templates/list", "prompts/list", "prompts/get"})
    void withNothingToOfferNeitherIsAdvertisedNorServed(String method) throws Exception {
        var session = session(ContextCatalog.empty());
        var capabilities = initialized(session, "2025-11-25").path("capabilities");
        assertThat(capabilities.has("resources")).isFalse();
        assertThat(capabilities.has("prompts")).isFalse();
        assertThat(error(session, method, "").path("code").asInt()).isEqualTo(-32601);

        var fresh = session(ContextCatalog.empty());
        var discovered = send(fresh, modern("server/discover", "")).path("result");
        assertThat(discovered.path("capabilities").has("resources")).isFalse();
        assertThat(discovered.path("capabilities").has("prompts")).isFalse();
        assertThat(send(fresh, modern(method, "")).path("error").path("code").asInt())
                .isEqualTo(-32601);
    }
}
