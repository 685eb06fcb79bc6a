package io.purplemcp.ports.in.tools;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;

/** A request to run one tool with the arguments the model chose (an empty object when it sent none). */
public record ToolCall(String toolName, ObjectNode arguments) {

    public ToolCall {
        Objects.requireNonNull(toolName, "toolName");
        Objects.requireNonNull(arguments, "arguments");
        arguments = arguments.deepCopy();
    }

    @Override
    public ObjectNode arguments() {
        return arguments.deepCopy();
    }
}
