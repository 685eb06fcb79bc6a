package io.purplemcp.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Renders docs/TOOLS.md from a live {@code tools/list} answer: what clients are told, nothing else. */
final class ToolsReference {

    private ToolsReference() {}

    static String render(List<JsonNode> tools, String protocolVersion) {
        var text = new StringBuilder();
        text.append("# Tools reference\n\n")
                .append("Generated from the server's own `tools/list` answer (protocol version ")
                .append(protocolVersion)
                .append("); do not edit by hand. `ToolsReferenceTest` fails when this file and the code")
                .append(" disagree; regenerate with\n`./mvnw -B -pl bootstrap -am test -Dtest=ToolsReferenceTest")
                .append(" -Dsurefire.failIfNoSpecifiedTests=false -Dpurplemcp.writeToolsReference=true`.\n\n")
                .append("A tool with an output schema answers with both `structuredContent`, which conforms to the")
                .append(" schema, and a text content block with the same answer, for clients older than 2025-06-18")
                .append(" and those that show only text. A tool without one (")
                .append(tools.stream()
                        .filter(tool -> !tool.has("outputSchema"))
                        .map(tool -> "`" + tool.path("name").asText() + "`")
                        .collect(Collectors.joining(", ")))
                .append(") answers with text only. Failures are text with `isError: true` and never carry")
                .append(" `structuredContent`.\n\n");
        text.append("| # | Tool | Title | Reads the console |\n|---|---|---|---|\n");
        for (int i = 0; i < tools.size(); i++) {
            var tool = tools.get(i);
            text.append("| ")
                    .append(i + 1)
                    .append(" | [`")
                    .append(tool.path("name").asText())
                    .append("`](#")
                    .append(tool.path("name").asText())
                    .append(") | ")
                    .append(tool.path("title").asText())
                    .append(" | ")
                    .append(tool.path("annotations").path("openWorldHint").asBoolean() ? "yes" : "no")
                    .append(" |\n");
        }
        for (var tool : tools) {
            appendTool(text, tool);
        }
        return text.toString();
    }

    private static void appendTool(StringBuilder text, JsonNode tool) {
        var name = tool.path("name").asText();
        text.append("\n## ").append(name).append("\n\n");
        text.append("**").append(tool.path("title").asText()).append("**");
        var hints = tool.path("annotations");
        var flags = new ArrayList<String>();
        if (hints.path("readOnlyHint").asBoolean()) {
            flags.add("read-only");
        }
        if (hints.path("idempotentHint").asBoolean()) {
            flags.add("idempotent");
        }
        flags.add(hints.path("openWorldHint").asBoolean() ? "reads the console" : "local computation");
        text.append(" — ").append(String.join(", ", flags)).append("\n\n");
        text.append(tool.path("description").asText().strip()).append("\n\n");
        var properties = tool.path("inputSchema").path("properties");
        if (properties.isEmpty()) {
            text.append("No parameters.\n");
        } else {
            var required = new ArrayList<String>();
            tool.path("inputSchema").path("required").forEach(r -> required.add(r.asText()));
            text.append("| Parameter | Type | Default | Description |\n|---|---|---|---|\n");
            properties
                    .properties()
                    .forEach(entry -> text.append("| `")
                            .append(entry.getKey())
                            .append("` | ")
                            .append(type(entry.getValue()))
                            .append(" | ")
                            .append(
                                    required.contains(entry.getKey())
                                            ? "required"
                                            : "`" + entry.getValue().get("default") + "`")
                            .append(" | ")
                            .append(cell(entry.getValue().path("description").asText()))
                            .append(" |\n"));
        }
        text.append('\n').append(result(tool)).append('\n');
    }

    /** The answer's shape as clients are told it: the top-level keys of the output schema, if any. */
    private static String result(JsonNode tool) {
        if (!tool.has("outputSchema")) {
            return "Result: text only, no `structuredContent` (the answer is prose or a table for the model).";
        }
        var schema = tool.path("outputSchema");
        var required = new ArrayList<String>();
        schema.path("required").forEach(key -> required.add(key.asText()));
        var keys = new ArrayList<String>();
        schema.path("properties")
                .properties()
                .forEach(entry -> keys.add("`" + entry.getKey() + "` (" + type(entry.getValue())
                        + (required.contains(entry.getKey()) ? "" : ", optional") + ")"));
        return "Result: `structuredContent` is an object with " + String.join(", ", keys)
                + "; the text content carries the same answer for clients that read only text.";
    }

    private static String type(JsonNode schema) {
        if (schema.has("anyOf")) {
            var types = new ArrayList<String>();
            schema.path("anyOf").forEach(option -> types.add(option.path("type").asText()));
            return String.join(" or ", types);
        }
        var type = schema.path("type").asText();
        if (type.isEmpty()) {
            return "any JSON";
        }
        if (schema.has("enum")) {
            var values = new ArrayList<String>();
            schema.path("enum").forEach(value -> values.add("`" + value.asText() + "`"));
            return type + ": " + String.join(", ", values);
        }
        return type;
    }

    private static String cell(String text) {
        return text.strip().replace("|", "\\|").replace("\n", " ");
    }
}
