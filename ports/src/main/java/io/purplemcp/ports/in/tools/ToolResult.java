package io.purplemcp.ports.in.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/** How a tool call ended. A failure is an answer for the model to read and act on, not a crash. */
public sealed interface ToolResult {

    /** Prose, from a tool that declares no output schema. */
    record Text(String text) implements ToolResult {
        public Text {
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * A document matching the tool's output schema, and the text that older clients and the model read.
     * The text is kept apart because its layout is part of the contract (reference parity), and because
     * a wrapped answer (an object around {@code null} or a number) reads better unwrapped.
     *
     * <p>The document is handed over, not copied: a tool builds it for this result alone and keeps no hold
     * on it, and the transport that renders it may redact its strings in place. Copying it on the way in
     * and out cost two copies of every answer per call (docs/decisions/0019-json-trees-handed-over.md).
     */
    record Structured(ObjectNode value, String text) implements ToolResult {
        public Structured {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(text, "text");
        }

        /**
         * An answer that may be missing (a get tool's record), under {@code key}: structured content is
         * always an object, while the text stays the bare answer, or {@code textWhenMissing}.
         */
        public static Structured wrapping(
                String key,
                Optional<? extends JsonNode> answer,
                Function<JsonNode, String> text,
                String textWhenMissing) {
            var document = JsonNodeFactory.instance.objectNode();
            document.set(key, answer.<JsonNode>map(found -> found).orElseGet(NullNode::getInstance));
            return new Structured(document, answer.<String>map(text).orElse(textWhenMissing));
        }

        /** The document, with its compact JSON as the text. */
        public Structured(ObjectNode value) {
            this(value, Objects.requireNonNull(value, "value").toString());
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
