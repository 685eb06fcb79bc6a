package io.purplemcp.testsupport.tools;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.purplemcp.ports.in.tools.CallContext;
import io.purplemcp.ports.in.tools.LogLevel;
import io.purplemcp.ports.in.tools.ParameterSpec;
import io.purplemcp.ports.in.tools.ResultShape;
import io.purplemcp.ports.in.tools.ToolCall;
import io.purplemcp.ports.in.tools.ToolCatalog;
import io.purplemcp.ports.in.tools.ToolDefinition;
import io.purplemcp.ports.in.tools.ToolHints;
import io.purplemcp.ports.in.tools.ToolResult;
import io.purplemcp.ports.in.tools.UnknownToolException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A catalogue with one tool per behaviour the MCP layers must carry: {@code echo} (quick), {@code fail}
 * (a tool error naming a secret, for redaction), {@code slow} (reports, then waits to be released or
 * cancelled) and, for the protocol, {@code clock} (a structured result).
 */
public final class ScriptedTools implements ToolCatalog {

    /** The text of {@code fail}'s error; it names this secret so that redaction can be checked. */
    public static final String SECRET = "SECRET-123";

    public final CountDownLatch slowStarted = new CountDownLatch(1);
    public final CountDownLatch slowCancelled = new CountDownLatch(1);
    public final CountDownLatch releaseSlow = new CountDownLatch(1);

    private final boolean structured;
    private final Consumer<CallContext> slowReports;

    private ScriptedTools(boolean structured, Consumer<CallContext> slowReports) {
        this.structured = structured;
        this.slowReports = slowReports;
    }

    /**
     * For the transports: one progress report, so that a streamed reply reads progress then result;
     * three tools.
     */
    public static ScriptedTools forTransports() {
        return new ScriptedTools(false, context -> context.progress(1, 2.0, "half way"));
    }

    /**
     * For the protocol: a repeated and then a higher progress value and two log levels, so that the
     * session's filtering of each can be seen; and the structured {@code clock} tool.
     */
    public static ScriptedTools forProtocol() {
        return new ScriptedTools(true, context -> {
            context.progress(1, 3.0, "one");
            context.progress(1, 3.0, "one again");
            context.progress(2, 3.0, "two");
            context.log(LogLevel.INFO, "informational");
            context.log(LogLevel.ERROR, "an error");
        });
    }

    @Override
    public List<ToolDefinition> definitions() {
        var definitions = new ArrayList<ToolDefinition>();
        definitions.add(new ToolDefinition(
                "echo",
                "Echo",
                "Returns its text.",
                List.of(ParameterSpec.requiredString("text", "What to echo.")),
                ResultShape.text(),
                ToolHints.localComputation()));
        if (structured) {
            definitions.add(new ToolDefinition(
                    "clock",
                    "Clock",
                    "Returns an object.",
                    List.of(
                            ParameterSpec.nullableString("zone", "A zone."),
                            ParameterSpec.integer("hours", 0, "Hours."),
                            ParameterSpec.choice("direction", "past", List.of("past", "future"), "Which way.")),
                    ResultShape.objectOfStrings(List.of("now")),
                    ToolHints.consoleRead()));
        }
        definitions.add(new ToolDefinition(
                "fail", "Fail", "Always fails.", List.of(), ResultShape.text(), ToolHints.localComputation()));
        definitions.add(new ToolDefinition(
                "slow",
                "Slow",
                "Reports progress, then waits to be released or cancelled.",
                List.of(),
                ResultShape.text(),
                ToolHints.consoleRead()));
        return List.copyOf(definitions);
    }

    @Override
    public ToolResult call(ToolCall call, CallContext context) throws UnknownToolException {
        return switch (call.toolName()) {
            case "echo" -> new ToolResult.Text(call.arguments().path("text").asText());
            case "clock" -> {
                if (!structured) {
                    throw new UnknownToolException(call.toolName());
                }
                yield new ToolResult.Structured(
                        JsonNodeFactory.instance.objectNode().put("now", "noon"));
            }
            case "fail" -> new ToolResult.Failure("It failed because of " + SECRET + ".");
            case "slow" -> slow(context);
            default -> throw new UnknownToolException(call.toolName());
        };
    }

    private ToolResult slow(CallContext context) {
        context.onCancel(slowCancelled::countDown);
        slowReports.accept(context);
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
