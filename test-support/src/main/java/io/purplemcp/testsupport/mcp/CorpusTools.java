package io.purplemcp.testsupport.mcp;

import io.purplemcp.ports.in.tools.CallContext;
import io.purplemcp.ports.in.tools.ParameterSpec;
import io.purplemcp.ports.in.tools.ResultShape;
import io.purplemcp.ports.in.tools.ToolCall;
import io.purplemcp.ports.in.tools.ToolCatalog;
import io.purplemcp.ports.in.tools.ToolDefinition;
import io.purplemcp.ports.in.tools.ToolHints;
import io.purplemcp.ports.in.tools.ToolResult;
import io.purplemcp.ports.in.tools.UnknownToolException;
import java.util.List;

/**
 * The catalogue the fault corpus is replayed against: one tool that checks its argument as the real
 * tools do, so a wrong argument is a tool error (isError) rather than a protocol error.
 */
public final class CorpusTools implements ToolCatalog {

    public static final String ECHO = "echo";

    @Override
    public List<ToolDefinition> definitions() {
        return List.of(new ToolDefinition(
                ECHO,
                "Echo",
                "Returns its text.",
                List.of(ParameterSpec.requiredString("text", "What to echo.")),
                ResultShape.text(),
                ToolHints.localComputation()));
    }

    @Override
    public ToolResult call(ToolCall call, CallContext context) throws UnknownToolException {
        if (!call.toolName().equals(ECHO)) {
            throw new UnknownToolException(call.toolName());
        }
        var text = call.arguments().get("text");
        if (text == null || !text.isTextual()) {
            return new ToolResult.Failure("Invalid value for 'text': expected a string.");
        }
        return new ToolResult.Text(text.textValue());
    }
}
