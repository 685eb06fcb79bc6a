package io.purplemcp.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.purplemcp.testsupport.tools.ReferenceToolNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The built jar over real pipes: what a desktop MCP client sees. */
class StdioJarIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> CONFIGURED = Map.of(
            "PURPLEMCP_CONSOLE_TOKEN", "it-token-not-a-secret-here",
            "PURPLEMCP_CONSOLE_BASE_URL", "https://console.example.test");

    static String initialize(String version) {
        return "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"" + version
                + "\",\"capabilities\":{},\"clientInfo\":{\"name\":\"it\",\"version\":\"1\"}}}\n"
                + "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}\n";
    }

    static String call(int id, String tool, String arguments) {
        return "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"tools/call\",\"params\":{\"name\":\"" + tool
                + "\",\"arguments\":" + arguments + "}}\n";
    }

    private static List<JsonNode> replies(JarProcess process) throws Exception {
        var replies = new ArrayList<JsonNode>();
        for (var line : process.stdoutLines()) {
            var message = JSON.readTree(line);
            assertThat(message.path("jsonrpc").asText())
                    .as("every stdout line is JSON-RPC: %s", line)
                    .isEqualTo("2.0");
            replies.add(message);
        }
        return replies;
    }

    private static JsonNode byId(List<JsonNode> replies, int id) {
        return replies.stream()
                .filter(reply -> reply.path("id").asInt(-1) == id)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no reply with id " + id + " in " + replies));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-11-05", "2025-03-26", "2025-06-18", "2025-11-25"})
    void handshakeWithEverySupportedVersionThenListTools(String version) throws Exception {
        var process = JarProcess.run(
                CONFIGURED,
                List.of(),
                initialize(version) + "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/list\"}\n");

        var replies = replies(process);
        assertThat(process.exitCode()).isZero();
        assertThat(byId(replies, 1).path("result").path("protocolVersion").asText())
                .isEqualTo(version);
        assertThat(byId(replies, 1)
                        .path("result")
                        .path("serverInfo")
                        .path("name")
                        .asText())
                .isEqualTo("PurpleAIMCP");
        var names = new ArrayList<String>();
        byId(replies, 2)
                .path("result")
                .path("tools")
                .forEach(tool -> names.add(tool.path("name").asText()));
        assertThat(names).containsExactlyElementsOf(ReferenceToolNames.ALL);
        assertThat(process.stderr()).contains("Starting Purple MCP server in STDIO mode...");
    }

    @Test
    void servesBothToolsSurvivesMalformedLinesAndExitsCleanlyAtEndOfInput() throws Exception {
        var conversation = initialize("2025-11-25")
                + "this is not json\n"
                + call(
                        2,
                        "get_timestamp_range",
                        "{\"reference_time\":\"2024-01-31T12:00:00Z\",\"months\":1," + "\"direction\":\"future\"}")
                + call(3, "iso_to_unix_timestamp", "{\"iso_datetime\":\"2025-10-30T17:00:00+05:00\"}")
                + "{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"completion/complete\"}\n"
                + call(5, "iso_to_unix_timestamp", "{\"iso_datetime\":\"2025-02-30T12:00:00Z\"}")
                + call(6, "get_timestamp_range", "{\"hours\":\"two\"}")
                + "{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"ping\"}";

        var process = JarProcess.run(CONFIGURED, List.of(), conversation);

        var replies = replies(process);
        assertThat(process.exitCode()).isZero();
        assertThat(replies).anySatisfy(reply -> {
            assertThat(reply.path("error").path("code").asInt()).isEqualTo(-32700);
            assertThat(reply.get("id").isNull()).isTrue();
        });
        assertThat(byId(replies, 2)
                        .path("result")
                        .path("structuredContent")
                        .path("offset_time")
                        .asText())
                .isEqualTo("2024-02-29T12:00:00Z");
        assertThat(byId(replies, 3)
                        .path("result")
                        .path("content")
                        .get(0)
                        .path("text")
                        .asText())
                .isEqualTo("1761825600000");
        assertThat(byId(replies, 4).path("error").path("code").asInt()).isEqualTo(-32601);
        assertThat(byId(replies, 5).path("result").path("isError").asBoolean()).isTrue();
        assertThat(byId(replies, 6).path("result").path("isError").asBoolean()).isTrue();
        assertThat(byId(replies, 6)
                        .path("result")
                        .path("content")
                        .get(0)
                        .path("text")
                        .asText())
                .contains("hours");
        assertThat(byId(replies, 7).path("result").size()).isZero();
    }

    @Test
    void aToolsetChoiceServesOnlyItsToolsAndTheInstructionsNameNoOther() throws Exception {
        var environment = new java.util.HashMap<>(CONFIGURED);
        environment.put("PURPLEMCP_TOOLSETS", "time");
        var process = JarProcess.run(
                environment,
                List.of("--exclude-tools", "get_timestamp_range"),
                initialize("2025-06-18")
                        + "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/list\"}\n"
                        + call(3, "list_alerts", "{}")
                        + call(4, "iso_to_unix_timestamp", "{\"iso_datetime\":\"2025-01-01T00:00:00Z\"}"));

        var replies = replies(process);
        assertThat(process.exitCode()).isZero();
        var tools = byId(replies, 2).path("result").path("tools");
        assertThat(tools).hasSize(1);
        assertThat(tools.path(0).path("name").asText()).isEqualTo("iso_to_unix_timestamp");
        assertThat(byId(replies, 1).path("result").path("instructions").asText())
                .contains("iso_to_unix_timestamp")
                .doesNotContain("purple_ai", "powerquery", "get_timestamp_range", "alerts");
        assertThat(byId(replies, 3).path("error").path("code").asInt()).isEqualTo(-32602);
        assertThat(byId(replies, 4).path("result").path("isError").asBoolean()).isFalse();
        assertThat(process.stderr()).contains("Serving 1 tool (toolsets: time; excluded: get_timestamp_range)");
    }

    @Test
    void aToolNameThatDoesNotExistStopsStartUp() throws Exception {
        var process = JarProcess.run(CONFIGURED, List.of("--tools", "powerquery,list_alert"), "");

        assertThat(process.exitCode()).isEqualTo(1);
        assertThat(process.stdout()).isEmpty();
        assertThat(process.stderr()).contains("✗ Configuration error: unknown tool 'list_alert'; the tools are ");
    }

    @Test
    void listToolsPrintsTheServedToolsWithTheirToolsetsWithoutCredentials() throws Exception {
        var all = JarProcess.run(Map.of(), List.of("--list-tools"), "");
        var some = JarProcess.run(Map.of(), List.of("--list-tools", "--toolsets", "inventory"), "");

        assertThat(all.exitCode()).isZero();
        assertThat(all.stdout().lines()).hasSize(24).anyMatch(line -> line.matches("alerts +list_alerts +\\S.*"));
        assertThat(all.stdout().strip()).endsWith("22 tools");
        assertThat(some.stdout().lines()).hasSize(5).noneMatch(line -> line.contains("alerts"));
    }

    @Test
    void versionAndHelpGoToStdoutAndMatchTheBuild() throws Exception {
        var version = JarProcess.run(Map.of(), List.of("--version"), "");
        var help = JarProcess.run(Map.of(), List.of("--help"), "");

        assertThat(version.exitCode()).isZero();
        assertThat(version.stdout().strip()).isEqualTo("purple-mcp " + System.getProperty("purplemcp.version"));
        assertThat(help.exitCode()).isZero();
        assertThat(help.stdout())
                .contains("--mode", "--host", "--port", "--verbose")
                .doesNotContain("--sdl-api-token");
    }
}
