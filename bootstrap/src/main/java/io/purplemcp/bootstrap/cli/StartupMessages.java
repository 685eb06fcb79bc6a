package io.purplemcp.bootstrap.cli;

import io.purplemcp.bootstrap.config.TransportMode;

/** The fixed stderr lines of start-up (spec §1.4, §1.11), without line terminators. */
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

    /** The failure line; pass a message that went through the redactor. */
    public static String failedToStart(String message) {
        return "✗ Failed to start server: " + message;
    }
}
