package io.purplemcp.testsupport.tools;

import io.purplemcp.ports.in.tools.CallContext;
import io.purplemcp.ports.in.tools.ResultShape;
import io.purplemcp.ports.in.tools.ToolCall;
import io.purplemcp.ports.in.tools.ToolCatalog;
import io.purplemcp.ports.in.tools.ToolDefinition;
import io.purplemcp.ports.in.tools.ToolHints;
import io.purplemcp.ports.in.tools.ToolResult;
import java.util.List;
import java.util.Objects;

/** A catalogue of one text tool without parameters, for a test that decides how the tool behaves. */
public final class OneToolCatalog implements ToolCatalog {

    /** What a call of the tool does. */
    @FunctionalInterface
    public interface Behaviour {
        ToolResult call(ToolCall call, CallContext context);
    }

    private final List<ToolDefinition> definitions;
    private final Behaviour behaviour;

    public OneToolCatalog(String name, String title, String description, Behaviour behaviour) {
        this.definitions = List.of(
                new ToolDefinition(name, title, description, List.of(), ResultShape.text(), ToolHints.consoleRead()));
        this.behaviour = Objects.requireNonNull(behaviour, "behaviour");
    }

    @Override
    public List<ToolDefinition> definitions() {
        return definitions;
    }

    @Override
    public ToolResult call(ToolCall call, CallContext context) {
        return behaviour.call(call, context);
    }
}
