package io.purplemcp.domain.tools;

import io.purplemcp.ports.in.tools.CallContext;
import io.purplemcp.ports.in.tools.ToolCall;
import io.purplemcp.ports.in.tools.ToolCatalog;
import io.purplemcp.ports.in.tools.ToolDefinition;
import io.purplemcp.ports.in.tools.ToolResult;
import io.purplemcp.ports.in.tools.UnknownToolException;
import io.purplemcp.ports.out.telemetry.Telemetry;
import io.purplemcp.ports.out.telemetry.TelemetryEvent.Outcome;
import io.purplemcp.ports.out.telemetry.TelemetryEvent.ToolCallCrashed;
import io.purplemcp.ports.out.telemetry.TelemetryEvent.ToolCallFinished;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The catalogue the MCP side sees: tools in registration order, each call checked and accounted for. */
public final class ToolRegistry implements ToolCatalog {

    private final Map<String, Tool> tools = new LinkedHashMap<>();
    private final List<ToolDefinition> definitions;
    private final Telemetry telemetry;

    public ToolRegistry(List<Tool> tools, Telemetry telemetry) {
        for (var tool : tools) {
            var name = tool.definition().name();
            if (this.tools.putIfAbsent(name, tool) != null) {
                throw new IllegalArgumentException("two tools are named " + name);
            }
        }
        this.definitions = tools.stream().map(Tool::definition).toList();
        this.telemetry = telemetry;
    }

    @Override
    public List<ToolDefinition> definitions() {
        return definitions;
    }

    @Override
    public ToolResult call(ToolCall call, CallContext context) throws UnknownToolException {
        var tool = tools.get(call.toolName());
        if (tool == null) {
            throw new UnknownToolException(call.toolName());
        }
        long started = System.nanoTime();
        ToolResult result = run(tool, call, context);
        var outcome = context.isCancelled()
                ? Outcome.CANCELLED
                : result instanceof ToolResult.Failure ? Outcome.FAILED : Outcome.SUCCEEDED;
        telemetry.record(new ToolCallFinished(call.toolName(), outcome, Duration.ofNanos(System.nanoTime() - started)));
        return result;
    }

    private ToolResult run(Tool tool, ToolCall call, CallContext context) {
        try {
            var arguments = ToolArguments.check(tool.definition().parameters(), call.arguments());
            var result = tool.call(arguments, context);
            if (!tool.definition().resultShape().admits(result)) {
                throw new IllegalStateException("the answer does not match the tool's declared result shape");
            }
            return result;
        } catch (ToolFailure failure) {
            return new ToolResult.Failure(failure.getMessage());
        } catch (RuntimeException unexpected) {
            telemetry.record(new ToolCallCrashed(tool.definition().name(), unexpected));
            // The model cannot act on a stack trace, and its text may hold internals; say only what failed.
            return new ToolResult.Failure("The tool '" + tool.definition().name()
                    + "' failed unexpectedly (" + unexpected.getClass().getSimpleName() + "). Try again; if it"
                    + " keeps failing, report it to the server's operator.");
        }
    }
}
