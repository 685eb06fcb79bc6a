package io.purplemcp.bootstrap.cli;

import io.purplemcp.bootstrap.config.ToolSelection;
import io.purplemcp.bootstrap.config.Toolset;
import io.purplemcp.bootstrap.config.TransportMode;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The fixed stderr lines of start-up (docs/decisions/0006-startup-binding-and-cli-messages.md), without line
 * terminators.
 */
public final class StartupMessages {

    public static final String CONFIGURATION_VALID = "✓ Configuration validated successfully";

    private StartupMessages() {}

    /** The two indented lines printed after validation with {@code --verbose}. */
    public static String verboseDetails(String graphqlUrl, TransportMode mode) {
        return "  GraphQL URL: " + graphqlUrl + "\n  Mode: " + mode.cliName();
    }

    public static String starting(TransportMode mode, String host, int port) {
        if (mode == TransportMode.STDIO) {
            return "Starting Purple MCP server in STDIO mode...";
        }
        return "Starting Purple MCP server in " + mode.displayName() + " mode on " + host + ":" + port + "...";
    }

    /** Reported when the operator chose tools: how many are served, and from what. */
    public static String toolsServed(int count, ToolSelection selection) {
        var chosen = new StringBuilder("Serving " + count + (count == 1 ? " tool" : " tools"));
        chosen.append(" (toolsets: ")
                .append(
                        selection.toolsets().isEmpty()
                                ? "none"
                                : selection.toolsets().stream()
                                        .map(Toolset::wireName)
                                        .collect(Collectors.joining(",")));
        if (!selection.tools().isEmpty()) {
            chosen.append("; tools: ").append(String.join(",", new TreeSet<>(selection.tools())));
        }
        if (!selection.excludedTools().isEmpty()) {
            chosen.append("; excluded: ").append(String.join(",", new TreeSet<>(selection.excludedTools())));
        }
        return chosen.append(')').toString();
    }

    /** The failure line; pass a message that went through the redactor. */
    public static String failedToStart(String message) {
        return "✗ Failed to start server: " + message;
    }
}
