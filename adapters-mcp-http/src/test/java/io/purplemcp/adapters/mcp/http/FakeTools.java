package io.purplemcp.adapters.mcp.http;

import io.purplemcp.ports.tools.CallContext;
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

/** A catalogue with one tool per behaviour the transport must carry: quick, slow with progress, failing. */
final class FakeTools implements ToolCatalog {

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
                        "slow",
                        "Slow",
                        "Reports progress, then waits to be released or cancelled.",
                        List.of(),
                        ResultShape.text(),
                        ToolHints.consoleRead()),
                new ToolDefinition(
                        "fail", "Fail", "Always fails.", List.of(), ResultShape.text(), ToolHints.localComputation()));
    }

    @Override
    public ToolResult call(ToolCall call, CallContext context) throws UnknownToolException {
        return switch (call.toolName()) {
            case "echo" -> new ToolResult.Text(call.arguments().path("text").asText());
            case "fail" -> new ToolResult.Failure("It failed on purpose.");
            case "slow" -> slow(context);
            default -> throw new UnknownToolException(call.toolName());
        };
    }

    private ToolResult slow(CallContext context) {
        context.onCancel(slowCancelled::countDown);
        context.progress(1, 2.0, "half way");
        slowStarted.countDown();
        try {
            if (!releaseSlow.await(30, TimeUnit.SECONDS)) {
                return new ToolResult.Failure("never released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new ToolResult.Failure("interrupted");
        }
        return new ToolResult.Text("slow done");
    }
}
