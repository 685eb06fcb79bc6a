package io.purplemcp.adapters.mcp.protocol;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.purplemcp.ports.tools.CallContext;
import io.purplemcp.ports.tools.LogLevel;
import io.purplemcp.ports.tools.ParameterSpec;
import io.purplemcp.ports.tools.ResultShape;
import io.purplemcp.ports.tools.ToolCall;
import io.purplemcp.ports.tools.ToolCatalog;
import io.purplemcp.ports.tools.ToolDefinition;
import io.purplemcp.ports.tools.ToolHints;
import io.purplemcp.ports.tools.ToolResult;
import io.purplemcp.ports.tools.UnknownToolException;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** A catalogue with one tool per behaviour the protocol layer must carry. */
final class FakeCatalog implements ToolCatalog {

    final CountDownLatch slowStarted = new CountDownLatch(1);
    final CountDownLatch slowCancelled = new CountDownLatch(1);
    final CountDownLatch releaseSlow = new CountDownLatch(1);

    @Override
    public List<ToolDefinition> definitions() {
        return List.of(
                new ToolDefinition(
                        "echo",
                        "Echo",
                        "Returns its text.",
                        List.of(ParameterSpec.requiredString("text", "What to echo.")),
                        ResultShape.text(),
                        ToolHints.localComputation()),
                new ToolDefinition(
                        "clock",
                        "Clock",
                        "Returns an object.",
                        List.of(
                                ParameterSpec.nullableString("zone", "A zone."),
                                ParameterSpec.integer("hours", 0, "Hours."),
                                ParameterSpec.choice("direction", "past", List.of("past", "future"), "Which way.")),
                        ResultShape.objectOfStrings(List.of("now")),
                        ToolHints.consoleRead()),
                new ToolDefinition(
                        "fail", "Fail", "Always fails.", List.of(), ResultShape.text(), ToolHints.localComputation()),
                new ToolDefinition(
                        "slow",
                        "Slow",
                        "Waits to be released or cancelled, reporting progress.",
                        List.of(),
                        ResultShape.text(),
                        ToolHints.consoleRead()));
    }

    @Override
    public ToolResult call(ToolCall call, CallContext context) throws UnknownToolException {
        return switch (call.toolName()) {
            case "echo" -> new ToolResult.Text(call.arguments().path("text").asText());
            case "clock" ->
                new ToolResult.Structured(JsonNodeFactory.instance.objectNode().put("now", "noon"));
            case "fail" -> new ToolResult.Failure("It failed because of SECRET-123.");
            case "slow" -> slow(context);
            default -> throw new UnknownToolException(call.toolName());
        };
    }

    private ToolResult slow(CallContext context) {
        context.onCancel(slowCancelled::countDown);
        context.progress(1, 3.0, "one");
        context.progress(1, 3.0, "one again");
        context.progress(2, 3.0, "two");
        context.log(LogLevel.INFO, "informational");
        context.log(LogLevel.ERROR, "an error");
        slowStarted.countDown();
        try {
            releaseSlow.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return new ToolResult.Text("slow done");
    }
}
