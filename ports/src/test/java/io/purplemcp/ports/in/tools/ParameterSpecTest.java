package io.purplemcp.ports.in.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParameterSpecTest {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Test
    void aRequiredStringHasNoDefault() {
        var spec = ParameterSpec.requiredString("query", "What to ask.");

        assertThat(spec)
                .isEqualTo(
                        new ParameterSpec("query", ParameterType.STRING, true, false, null, List.of(), "What to ask."));
    }

    @Test
    void aNullableStringDefaultsToNull() {
        var spec = ParameterSpec.nullableString("surface", "Where.");

        assertThat(spec.required()).isFalse();
        assertThat(spec.nullable()).isTrue();
        assertThat(spec.defaultValue()).isEqualTo(NODES.nullNode());
        assertThat(spec.type()).isEqualTo(ParameterType.STRING);
        assertThat(spec.allowedValues()).isEmpty();
        assertThat(spec.description()).isEqualTo("Where.");
    }

    @Test
    void anIntegerDefaultsToItsValue() {
        var spec = ParameterSpec.integer("limit", 50, "How many.");

        assertThat(spec)
                .isEqualTo(new ParameterSpec(
                        "limit", ParameterType.INTEGER, false, false, NODES.numberNode(50L), List.of(), "How many."));
    }

    @Test
    void aChoiceIsAStringEnumeration() {
        var spec = ParameterSpec.choice("direction", "past", List.of("past", "future"), "Which way.");

        assertThat(spec)
                .isEqualTo(new ParameterSpec(
                        "direction",
                        ParameterType.STRING,
                        false,
                        false,
                        NODES.textNode("past"),
                        List.of("past", "future"),
                        "Which way."));
    }

    @Test
    void aChoiceDefaultsToOneOfItsValues() {
        assertThatThrownBy(() -> ParameterSpec.choice("direction", "up", List.of("past", "future"), "d"))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("parameter direction: the default must be one of the choices");
    }

    @Test
    void needsNameTypeAndDescription() {
        assertThatThrownBy(() -> new ParameterSpec(null, ParameterType.STRING, true, false, null, List.of(), "d"))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("name");
        assertThatThrownBy(() -> new ParameterSpec("n", null, true, false, null, List.of(), "d"))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("type");
        assertThatThrownBy(() -> new ParameterSpec("n", ParameterType.STRING, true, false, null, List.of(), null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("description");
        assertThatThrownBy(() -> new ParameterSpec("n", ParameterType.STRING, true, false, null, null, "d"))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void refusesABlankName() {
        assertThatThrownBy(() -> ParameterSpec.requiredString(" ", "d"))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("a parameter needs a name");
        assertThatThrownBy(() -> ParameterSpec.requiredString("", "d")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void isEitherRequiredOrDefaulted() {
        assertThatThrownBy(() ->
                        new ParameterSpec("n", ParameterType.STRING, true, false, NODES.textNode("x"), List.of(), "d"))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("parameter n: a required parameter has no default, an optional one has one");
        assertThatThrownBy(() -> new ParameterSpec("n", ParameterType.STRING, false, false, null, List.of(), "d"))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("parameter n: a required parameter has no default, an optional one has one");
    }

    @Test
    void onlyANullableParameterDefaultsToNull() {
        assertThatThrownBy(() ->
                        new ParameterSpec("n", ParameterType.STRING, false, false, NODES.nullNode(), List.of(), "d"))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("parameter n: only a nullable parameter defaults to null");
        assertThat(new ParameterSpec("n", ParameterType.INTEGER, false, true, NODES.numberNode(1), List.of(), "d")
                        .defaultValue())
                .isEqualTo(NODES.numberNode(1));
    }

    @Test
    void defaultsAreScalar() {
        assertThatThrownBy(() ->
                        new ParameterSpec("n", ParameterType.STRING, false, false, NODES.objectNode(), List.of(), "d"))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("parameter n: defaults are scalar values");
        assertThatThrownBy(() ->
                        new ParameterSpec("n", ParameterType.STRING, false, false, NODES.arrayNode(), List.of(), "d"))
                .hasMessage("parameter n: defaults are scalar values");
        assertThatThrownBy(() -> new ParameterSpec(
                        "n", ParameterType.STRING, false, false, MissingNode.getInstance(), List.of(), "d"))
                .hasMessage("parameter n: defaults are scalar values");
    }

    @Test
    void onlyStringsAreEnumerations() {
        assertThatThrownBy(() -> new ParameterSpec(
                        "n", ParameterType.INTEGER, false, false, NODES.numberNode(1), List.of("1"), "d"))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("parameter n: only strings can be enumerations");
    }

    @Test
    void keepsItsOwnCopyOfTheChoices() {
        var choices = new ArrayList<>(List.of("a", "b"));
        var spec = ParameterSpec.choice("n", "a", choices, "d");

        choices.add("c");

        assertThat(spec.allowedValues()).containsExactly("a", "b");
        assertThatThrownBy(() -> spec.allowedValues().add("d")).isInstanceOf(UnsupportedOperationException.class);
    }
}
