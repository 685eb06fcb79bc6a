package io.purplemcp.domain.tools;

import io.purplemcp.ports.in.tools.CallContext;
import io.purplemcp.ports.in.tools.ToolDefinition;
import io.purplemcp.ports.in.tools.ToolResult;

/** One tool of the catalogue: its contract and its behaviour on arguments already checked against it. */
public interface Tool {

    ToolDefinition definition();

    /**
     * Runs the tool. Throws {@link ToolFailure} for anything the model should read and correct;
     * arguments were already validated against {@link #definition()}.
     */
    ToolResult call(ToolArguments arguments, CallContext context);
}
