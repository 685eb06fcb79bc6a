package io.purplemcp.bootstrap;

import io.purplemcp.adapters.mcp.protocol.ServerIdentity;

/** How the server introduces itself to MCP clients. The name is the reference's, so set-ups keep working. */
final class ProductIdentity {

    static final String SERVER_NAME = "PurpleAIMCP";

    private static final String INSTRUCTIONS = String.join(
            " ",
            "Read-only access to a SentinelOne console for security analysis.",
            "Every tool only reads; none changes anything in the console.",
            "For time windows, call get_timestamp_range (e.g. hours=24 for the last day) and use offset_time as",
            "the start and current_time as the end.",
            "Date filters of the search tools take epoch milliseconds: convert with iso_to_unix_timestamp,",
            "passing the date-time with the user's own UTC offset rather than converting it yourself.");

    private ProductIdentity() {}

    static ServerIdentity of(String version) {
        return new ServerIdentity(SERVER_NAME, "Purple AI MCP (Java)", version, INSTRUCTIONS);
    }
}
