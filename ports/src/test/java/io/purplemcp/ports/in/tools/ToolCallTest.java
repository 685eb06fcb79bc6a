package io.purplemcp.ports.in.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.junit.jupiter.api.Test;

class ToolCallTest {

    @Test
    void itsArgumentsCannotBeChangedThroughItsInputOrOutput() {
        var arguments = JsonNodeFactory.instance.objectNode().put("hours", 2);
        var call = new ToolCall("get_timestamp_range", arguments);

        arguments.put("hours", 3);
        call.arguments().put("days", 1);

        assertThat(call.toolName()).isEqualTo("get_timestamp_range");
        assertThat(call.arguments())
                .isEqualTo(JsonNodeFactory.instance.objectNode().put("hours", 2));
    }

    @Test
    void needsANameAndArguments() {
        var arguments = JsonNodeFactory.instance.objectNode();
        assertThatThrownBy(() -> new ToolCall(null, arguments))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("toolName");
        assertThatThrownBy(() -> new ToolCall("t", null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("arguments");
    }
}
