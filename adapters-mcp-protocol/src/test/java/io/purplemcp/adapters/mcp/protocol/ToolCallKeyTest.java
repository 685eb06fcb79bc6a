package io.purplemcp.adapters.mcp.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class ToolCallKeyTest {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Test
    void aStringIdAndANumberIdWithTheSameDigitsAreDifferentCalls() {
        assertThat(ToolCalls.key(NODES.textNode("7"))).isNotEqualTo(ToolCalls.key(NODES.numberNode(7)));
    }

    @Test
    void theSameIdAlwaysGivesTheSameKeyWhateverItsNumericType() {
        assertThat(ToolCalls.key(NODES.numberNode(7))).isEqualTo(ToolCalls.key(NODES.numberNode(7L)));
        assertThat(ToolCalls.key(NODES.numberNode(BigInteger.valueOf(7))))
                .isEqualTo(ToolCalls.key(NODES.numberNode(7)));
        assertThat(ToolCalls.key(NODES.textNode("a"))).isEqualTo(ToolCalls.key(NODES.textNode("a")));
        assertThat(ToolCalls.key(NODES.textNode("a"))).isNotEqualTo(ToolCalls.key(NODES.textNode("b")));
        assertThat(ToolCalls.key(NODES.numberNode(7))).isNotEqualTo(ToolCalls.key(NODES.numberNode(8)));
    }
}
