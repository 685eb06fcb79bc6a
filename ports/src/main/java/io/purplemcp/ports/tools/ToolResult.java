package io.purplemcp.ports.tools;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;

/** How a tool call ended. A failure is an answer for the model to read and act on, not a crash. */
public sealed interface ToolResult {

    record Text(String text) implements ToolResult {
        public Text {
            Objects.requireNonNull(text, "text");
        }
    }

    record Structured(ObjectNode value) implements ToolResult {
        public Structured {
            value = Objects.requireNonNull(value, "value").deepCopy();
        }

        @Override
        public ObjectNode value() {
            return value.deepCopy();
        }
    }

    /** The call could not produce an answer; {@code message} tells the model what to change or why. */
    record Failure(String message) implements ToolResult {
        public Failure {
            Objects.requireNonNull(message, "message");
            if (message.isBlank()) {
                throw new IllegalArgumentException("a failure always says why");
            }
        }
    }
}
