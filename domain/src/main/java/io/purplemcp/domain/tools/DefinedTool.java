package io.purplemcp.domain.tools;

import io.purplemcp.ports.in.tools.ToolDefinition;
import java.util.Objects;

/** A tool whose contract is fixed when it is built, as every tool's is. */
public abstract class DefinedTool implements Tool {

    private final ToolDefinition definition;

    protected DefinedTool(ToolDefinition definition) {
        this.definition = Objects.requireNonNull(definition, "definition");
    }

    @Override
    public final ToolDefinition definition() {
        return definition;
    }
}
