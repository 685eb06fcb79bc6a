package io.purplemcp.bootstrap;

import io.purplemcp.adapters.mcp.protocol.ServerIdentity;

/** How the server introduces itself to MCP clients. The name is the reference's, so set-ups keep working. */
final class ProductIdentity {

    static final String SERVER_NAME = "PurpleAIMCP";

    private static final String INSTRUCTIONS = String.join(
            " ",
            "Read-only access to a SentinelOne console for security analysis; no tool changes anything.",
            "To hunt in telemetry, ask purple_ai in plain language, then run the PowerQuery it returns with",
            "powerquery (get_timestamp_range gives the window: offset_time is the start, current_time the end).",
            "For triage, list or search alerts, vulnerabilities and misconfigurations, then open one with its get",
            "tool and read its notes and history; the inventory tools describe the assets involved.",
            "Date filters take epoch milliseconds: convert with iso_to_unix_timestamp, passing the date-time with",
            "the user's own UTC offset rather than converting it yourself.");

    private ProductIdentity() {}

    static ServerIdentity of(String version) {
        return new ServerIdentity(SERVER_NAME, "Purple AI MCP (Java)", version, INSTRUCTIONS);
    }
}
