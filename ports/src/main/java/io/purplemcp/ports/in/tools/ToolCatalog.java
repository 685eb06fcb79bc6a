package io.purplemcp.ports.in.tools;

import java.util.List;

/** The inbound port: what the MCP side may ask of the core. */
public interface ToolCatalog {

    /** Every tool, in the order clients should list them. */
    List<ToolDefinition> definitions();

    /**
     * Runs a tool. Bad arguments and upstream trouble come back as {@link ToolResult.Failure};
     * only a tool name the catalogue does not know is an exception.
     */
    ToolResult call(ToolCall call, CallContext context) throws UnknownToolException;
}
