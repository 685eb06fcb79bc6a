package io.purplemcp.ports.in.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ToolResultTest {

    private static void assertRefusesNull(ThrowingCallable construction, String part) {
        assertThatThrownBy(construction)
                .isInstanceOf(NullPointerException.class)
                .hasMessage(part);
    }

    @Test
    void textMayBeEmptyButNotNull() {
        assertThat(new ToolResult.Text("").text()).isEmpty();
        assertRefusesNull(() -> new ToolResult.Text(null), "text");
    }

    @Test
    void aStructuredResultHoldsTheDocumentItWasHandedWithoutCopyingIt() {
        var value = JsonNodeFactory.instance.objectNode().put("a", "1");
        var result = new ToolResult.Structured(value);

        // Two copies of every answer per call were an eighth of a findings call's allocation.
        assertThat(result.value()).isSameAs(value);
        assertThat(result)
                .isEqualTo(new ToolResult.Structured(
                        JsonNodeFactory.instance.objectNode().put("a", "1")));
        assertRefusesNull(() -> new ToolResult.Structured(null), "value");
    }

    @Test
    void aStructuredResultKeepsItsOwnTextOrShowsItsCompactJson() {
        var value = JsonNodeFactory.instance.objectNode().put("n", 5);

        assertThat(new ToolResult.Structured(value).text()).isEqualTo("{\"n\":5}");
        assertThat(new ToolResult.Structured(value, "5").text()).isEqualTo("5");
        assertThat(new ToolResult.Structured(value, "5").value()).isEqualTo(value);
        assertRefusesNull(() -> new ToolResult.Structured(value, null), "text");
    }

    @Test
    void aFailureSaysWhy() {
        assertThat(new ToolResult.Failure("Use a shorter range.").message()).isEqualTo("Use a shorter range.");
        assertRefusesNull(() -> new ToolResult.Failure(null), "message");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\n\t"})
    void aFailureIsNeverBlank(String message) {
        assertThatThrownBy(() -> new ToolResult.Failure(message))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("a failure always says why");
    }

    @Test
    void aMissingAnswerTravelsAsNullUnderItsKeyWithItsOwnText() {
        var found = JsonNodeFactory.instance.objectNode().put("id", "a1");

        var present = ToolResult.Structured.wrapping("alert", Optional.of(found), node -> "text of " + node, "none");
        var missing = ToolResult.Structured.wrapping("alert", Optional.<JsonNode>empty(), node -> "unused", "none");

        assertThat(present.value().toString()).isEqualTo("{\"alert\":{\"id\":\"a1\"}}");
        assertThat(present.text()).isEqualTo("text of {\"id\":\"a1\"}");
        assertThat(missing.value().toString()).isEqualTo("{\"alert\":null}");
        assertThat(missing.text()).isEqualTo("none");
    }
}
