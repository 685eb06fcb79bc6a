package io.purplemcp.domain.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.purplemcp.ports.in.tools.CallContext;
import io.purplemcp.ports.in.tools.ParameterSpec;
import io.purplemcp.ports.in.tools.ResultShape;
import io.purplemcp.ports.in.tools.ToolCall;
import io.purplemcp.ports.in.tools.ToolDefinition;
import io.purplemcp.ports.in.tools.ToolHints;
import io.purplemcp.ports.in.tools.ToolResult;
import io.purplemcp.ports.in.tools.UnknownToolException;
import io.purplemcp.ports.out.telemetry.TelemetryEvent;
import io.purplemcp.ports.out.telemetry.TelemetryEvent.Outcome;
import io.purplemcp.ports.out.telemetry.TelemetryEvent.ToolCallCrashed;
import io.purplemcp.ports.out.telemetry.TelemetryEvent.ToolCallFinished;
import io.purplemcp.testsupport.tools.RecordingCallContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

class ToolRegistryTest {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final List<TelemetryEvent> events = new ArrayList<>();

    @Test
    void listsToolsInRegistrationOrder() {
        var registry = registry(echo("b"), echo("a"), echo("c"));

        assertThat(registry.definitions()).extracting(ToolDefinition::name).containsExactly("b", "a", "c");
    }

    @Test
    void refusesTwoToolsWithOneName() {
        assertThatThrownBy(() -> registry(echo("a"), echo("b"), echo("a")))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("two tools are named a");
    }

    @Test
    void anUnknownToolIsAProtocolErrorNotAFailure() {
        var registry = registry(echo("known"));

        assertThatThrownBy(() -> registry.call(new ToolCall("unknown", NODES.objectNode()), CallContext.unobserved()))
                .isInstanceOfSatisfying(
                        UnknownToolException.class,
                        e -> assertThat(e.toolName()).isEqualTo("unknown"));
        assertThat(events).isEmpty();
    }

    @Test
    void runsTheToolWithCheckedArgumentsAndTheCallersContext() throws UnknownToolException {
        var context = new RecordingCallContext();
        var seen = new ArrayList<CallContext>();
        var registry = registry(tool("echo", (arguments, callContext) -> {
            seen.add(callContext);
            return new ToolResult.Text(arguments.string("text") + arguments.integer("times"));
        }));

        var result = registry.call(call("echo", "text", "hi"), context);

        assertThat(result).isEqualTo(new ToolResult.Text("hi1"));
        assertThat(seen).containsExactly(context);
        assertThat(events).singleElement().satisfies(event -> {
            var finished = (ToolCallFinished) event;
            assertThat(finished.tool()).isEqualTo("echo");
            assertThat(finished.outcome()).isEqualTo(Outcome.SUCCEEDED);
            assertThat(finished.elapsed()).isBetween(Duration.ZERO, Duration.ofMinutes(1));
        });
    }

    @Test
    void aToolFailureBecomesAFailureResult() throws UnknownToolException {
        var registry = registry(tool("fails", (arguments, context) -> {
            throw new ToolFailure("Try a shorter range.");
        }));

        assertThat(registry.call(call("fails", "text", "x"), CallContext.unobserved()))
                .isEqualTo(new ToolResult.Failure("Try a shorter range."));
        assertThat(outcomes()).containsExactly(Outcome.FAILED);
    }

    @Test
    void anAnswerThatContradictsTheDeclaredShapeIsACrashNotAnAnswer() throws UnknownToolException {
        // A client validates structured content against the listed schema; a prose tool must not send any.
        var registry = registry(tool("prose", (arguments, context) -> new ToolResult.Structured(NODES.objectNode())));

        var result = registry.call(call("prose", "text", "x"), CallContext.unobserved());

        assertThat(result).isInstanceOf(ToolResult.Failure.class);
        assertThat(((ToolResult.Failure) result).message()).contains("'prose' failed unexpectedly");
        assertThat(events).first().isInstanceOf(ToolCallCrashed.class);
        assertThat(outcomes()).containsExactly(Outcome.FAILED);
    }

    @Test
    void badArgumentsFailBeforeTheToolRuns() throws UnknownToolException {
        var runs = new AtomicInteger();
        var registry = registry(tool("echo", (arguments, context) -> {
            runs.incrementAndGet();
            return new ToolResult.Text("ran");
        }));

        assertThat(registry.call(call("echo"), CallContext.unobserved()))
                .isEqualTo(new ToolResult.Failure("Missing required argument 'text'."));
        assertThat(registry.call(call("echo", "text", "x", "times", "many"), CallContext.unobserved()))
                .isEqualTo(new ToolResult.Failure("Invalid value for 'times': expected an integer, got a string."));
        assertThat(registry.call(call("echo", "text", "x", "extra", "y"), CallContext.unobserved()))
                .isEqualTo(new ToolResult.Failure("Unknown argument 'extra'. Expected only: text, times."));
        assertThat(runs).hasValue(0);
        assertThat(outcomes()).containsExactly(Outcome.FAILED, Outcome.FAILED, Outcome.FAILED);
    }

    @Test
    void anUnexpectedExceptionBecomesAFailureWithoutItsMessage() throws UnknownToolException {
        var registry = registry(tool("boom", (arguments, context) -> {
            throw new IllegalStateException("secret internals");
        }));

        var result = registry.call(call("boom", "text", "x"), CallContext.unobserved());

        assertThat(result)
                .isEqualTo(new ToolResult.Failure("The tool 'boom' failed unexpectedly (IllegalStateException)."
                        + " Try again; if it keeps failing, report it to the server's operator."));
        assertThat(((ToolResult.Failure) result).message()).doesNotContain("secret");
        assertThat(outcomes()).containsExactly(Outcome.FAILED);
        assertThat(events)
                .filteredOn(ToolCallCrashed.class::isInstance)
                .singleElement()
                .satisfies(event -> {
                    var crashed = (ToolCallCrashed) event;
                    assertThat(crashed.tool()).isEqualTo("boom");
                    assertThat(crashed.error()).hasMessage("secret internals");
                });
    }

    @Test
    void aCancelledCallIsCountedAsCancelledWhateverItReturned() throws UnknownToolException {
        var registry = registry(echo("echo"));

        registry.call(call("echo", "text", "x"), RecordingCallContext.alreadyCancelled());

        assertThat(outcomes()).containsExactly(Outcome.CANCELLED);
    }

    @Test
    void theDefinitionsCannotBeChangedFromOutside() {
        var registry = registry(echo("a"));

        assertThatThrownBy(() -> registry.definitions().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    private ToolRegistry registry(Tool... tools) {
        return new ToolRegistry(List.of(tools), events::add);
    }

    private List<Outcome> outcomes() {
        return events.stream()
                .filter(ToolCallFinished.class::isInstance)
                .map(event -> ((ToolCallFinished) event).outcome())
                .toList();
    }

    private static ToolCall call(String tool, String... namesAndValues) {
        ObjectNode arguments = NODES.objectNode();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            arguments.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return new ToolCall(tool, arguments);
    }

    private static Tool echo(String name) {
        return tool(name, (arguments, context) -> new ToolResult.Text(arguments.string("text")));
    }

    private static Tool tool(String name, BiFunction<ToolArguments, CallContext, ToolResult> behaviour) {
        var definition = new ToolDefinition(
                name,
                name,
                "A test tool.",
                List.of(ParameterSpec.requiredString("text", "text"), ParameterSpec.integer("times", 1, "times")),
                ResultShape.text(),
                ToolHints.localComputation());
        return new Tool() {
            @Override
            public ToolDefinition definition() {
                return definition;
            }

            @Override
            public ToolResult call(ToolArguments arguments, CallContext context) {
                return behaviour.apply(arguments, context);
            }
        };
    }
}
