package io.purplemcp.bootstrap;

import io.purplemcp.adapters.mcp.protocol.ServerIdentity;
import java.util.function.Predicate;

/** How the server introduces itself to MCP clients. The name is the reference's, so set-ups keep working. */
final class ProductIdentity {

    static final String SERVER_NAME = "PurpleAIMCP";

    private ProductIdentity() {}

    /** With instructions for every tool. */
    static ServerIdentity of(String version) {
        return of(version, tool -> true);
    }

    /** With instructions that name only the tools {@code served} accepts. */
    static ServerIdentity of(String version, Predicate<String> served) {
        return new ServerIdentity(SERVER_NAME, "Purple AI MCP (Java)", version, ServerInstructions.describe(served));
    }
}
