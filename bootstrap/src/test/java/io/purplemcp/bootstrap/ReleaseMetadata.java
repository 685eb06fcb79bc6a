package io.purplemcp.bootstrap;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.purplemcp.bootstrap.config.EnvNames;
import java.util.List;

/**
 * Renders the MCP Bundle manifest ({@code distribution/mcpb/manifest.json}) and the MCP registry entry
 * ({@code distribution/registry/server.json}) from a live {@code tools/list} answer, as
 * {@link ToolsReference} renders docs/TOOLS.md: the tool names never come from a hand-written list.
 *
 * <p>The registry entry is the template the release completes: {@code distribution/mcpb/build-bundle.sh}
 * adds the bundle's {@code fileSha256}, which only exists once the bundle is packed.
 */
final class ReleaseMetadata {

    /** The repository's owner is not known yet: one placeholder, replaced when the project is published. */
    static final String OWNER = "example";

    static final String REGISTRY_NAME = "io.github." + OWNER + "/purple-mcp";
    static final String REPOSITORY = "https://github.com/" + OWNER + "/purple-mcp";
    static final String REGISTRY_SCHEMA =
            "https://static.modelcontextprotocol.io/schemas/2025-09-29/server.schema.json";
    static final String PLATFORM = "linux-x64";

    private static final String DESCRIPTION = "Read-only access to a SentinelOne console: Purple AI, PowerQuery,"
            + " alerts, misconfigurations, vulnerabilities and the asset inventory.";
    // The registry allows at most 100 characters.
    private static final String SHORT_DESCRIPTION =
            "Read-only SentinelOne console access: Purple AI, PowerQuery, alerts, vulnerabilities, inventory";

    private static final ObjectMapper JSON = new ObjectMapper();

    private ReleaseMetadata() {}

    /** The bundle's manifest.json: the release archive sits under {@code server/} in the bundle. */
    static String manifest(List<JsonNode> tools, String version) {
        var manifest = JSON.createObjectNode();
        manifest.put("manifest_version", "0.3");
        manifest.put("name", "purple-mcp");
        manifest.put("display_name", "Purple AI MCP (Java)");
        manifest.put("version", version);
        manifest.put("description", DESCRIPTION);
        manifest.put(
                "long_description",
                "Gives the assistant read-only tools over a SentinelOne console. The bundle carries its own"
                        + " Java runtime: nothing else is needed. The console token is kept in the operating"
                        + " system's secure storage.");
        manifest.putObject("author").put("name", "purple-mcp for Java contributors");
        manifest.putObject("repository").put("type", "git").put("url", REPOSITORY);
        manifest.put("license", "MIT");
        var server = manifest.putObject("server");
        server.put("type", "binary");
        server.put("entry_point", "server/bin/purple-mcp");
        var config = server.putObject("mcp_config");
        config.put("command", "${__dirname}/server/bin/purple-mcp");
        var env = config.putObject("env");
        env.put(EnvNames.CONSOLE_BASE_URL, "${user_config.console_base_url}");
        env.put(EnvNames.CONSOLE_TOKEN, "${user_config.console_token}");
        env.put(EnvNames.CA_BUNDLE, "${user_config.ca_bundle}");
        env.put(EnvNames.HTTPS_PROXY, "${user_config.https_proxy}");
        // Windows has no shell launcher yet: the bundled runtime is started as the launcher would.
        var windows = config.putObject("platform_overrides").putObject("win32");
        windows.put("command", "${__dirname}/server/runtime/bin/java.exe");
        windows.putArray("args")
                .add("@${__dirname}/server/lib/jvm.options")
                .add("-jar")
                .add("${__dirname}/server/lib/purple-mcp.jar");
        windows.set("env", env.deepCopy());
        var toolList = manifest.putArray("tools");
        for (var tool : tools) {
            toolList.addObject()
                    .put("name", tool.path("name").asText())
                    .put("description", firstSentence(tool.path("description").asText()));
        }
        manifest.put("tools_generated", false);
        manifest.putArray("keywords")
                .add("sentinelone")
                .add("security")
                .add("purple-ai")
                .add("powerquery");
        var userConfig = manifest.putObject("user_config");
        userConfig
                .putObject("console_base_url")
                .put("type", "string")
                .put("title", "Console base URL")
                .put("description", "Your SentinelOne console, e.g. https://your-console.sentinelone.net")
                .put("required", true);
        userConfig
                .putObject("console_token")
                .put("type", "string")
                .put("title", "Console API token")
                .put("description", "An Account- or Site-level service user token (read-only role suffices)")
                .put("required", true)
                .put("sensitive", true);
        // Optional settings default to "": an unset value would reach the server as the literal
        // ${user_config...} text, while an empty one is the same as no variable at all.
        userConfig
                .putObject("ca_bundle")
                .put("type", "file")
                .put("title", "Extra CA certificates (PEM)")
                .put(
                        "description",
                        "Only behind a TLS-inspecting proxy or with a private CA: trusted besides the"
                                + " runtime's own")
                .put("required", false)
                .put("default", "");
        userConfig
                .putObject("https_proxy")
                .put("type", "string")
                .put("title", "HTTPS proxy")
                .put("description", "Only when the console is reached through a proxy: http://host:port")
                .put("required", false)
                .put("default", "");
        return write(manifest);
    }

    /** The registry entry without the bundle's digest (the release adds {@code fileSha256}). */
    static String serverJson(List<JsonNode> tools, String version) {
        var entry = JSON.createObjectNode();
        entry.put("$schema", REGISTRY_SCHEMA);
        entry.put("name", REGISTRY_NAME);
        entry.put("title", "Purple AI MCP (Java)");
        entry.put("description", SHORT_DESCRIPTION);
        entry.put("version", version);
        entry.putObject("repository").put("url", REPOSITORY).put("source", "github");
        var packages = entry.putArray("packages");
        var bundle = packages.addObject();
        bundle.put("registryType", "mcpb");
        bundle.put(
                "identifier",
                REPOSITORY + "/releases/download/v" + version + "/purple-mcp-" + version + "-" + PLATFORM + ".mcpb");
        bundle.put("version", version);
        bundle.putObject("transport").put("type", "stdio");
        consoleVariables(bundle.putArray("environmentVariables"));
        var image = packages.addObject();
        image.put("registryType", "oci");
        image.put("identifier", "ghcr.io/" + OWNER + "/purple-mcp:" + version);
        image.put("version", version);
        image.putObject("transport").put("type", "streamable-http").put("url", "http://localhost:8000/mcp");
        consoleVariables(image.putArray("environmentVariables"));
        var names = entry.putObject("_meta")
                .putObject("io.modelcontextprotocol.registry/publisher-provided")
                .putArray("tools");
        tools.forEach(tool -> names.add(tool.path("name").asText()));
        return write(entry);
    }

    /** A tool's description up to its first full stop: what the bundle's page shows of each tool. */
    static String firstSentence(String description) {
        var text = description.strip();
        int end = text.indexOf(". ");
        int line = text.indexOf('\n');
        if (end < 0 || (line >= 0 && line < end)) {
            return line < 0 ? text : text.substring(0, line).strip();
        }
        return text.substring(0, end + 1);
    }

    private static void consoleVariables(ArrayNode variables) {
        variables
                .addObject()
                .put("name", EnvNames.CONSOLE_BASE_URL)
                .put("description", "Your SentinelOne console, e.g. https://your-console.sentinelone.net")
                .put("isRequired", true);
        variables
                .addObject()
                .put("name", EnvNames.CONSOLE_TOKEN)
                .put("description", "An Account- or Site-level service user token")
                .put("isRequired", true)
                .put("isSecret", true);
        variables
                .addObject()
                .put("name", EnvNames.CA_BUNDLE)
                .put("description", "A PEM file of extra CA certificates to trust (private CA, TLS inspection)")
                .put("format", "filepath");
        variables
                .addObject()
                .put("name", EnvNames.HTTPS_PROXY)
                .put("description", "An http://host:port proxy for the console connection");
    }

    private static String write(ObjectNode node) {
        var indent = new DefaultIndenter("  ", "\n");
        var printer = new DefaultPrettyPrinter() {
            @Override
            public DefaultPrettyPrinter createInstance() {
                return this;
            }

            @Override
            public void writeObjectFieldValueSeparator(com.fasterxml.jackson.core.JsonGenerator g)
                    throws java.io.IOException {
                g.writeRaw(": ");
            }
        };
        printer.indentObjectsWith(indent);
        printer.indentArraysWith(indent);
        try {
            return JSON.writer(printer).writeValueAsString(node) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
