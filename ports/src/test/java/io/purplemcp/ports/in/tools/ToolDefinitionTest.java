package io.purplemcp.ports.in.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ToolDefinitionTest {

    private static final List<ParameterSpec> PARAMETERS =
            List.of(ParameterSpec.requiredString("a", "A."), ParameterSpec.integer("b", 0, "B."));

    @ParameterizedTest
    @ValueSource(
            strings = {
                "get_timestamp_range",
                "a",
                "A-b.c_9",
                "x234567890123456789012345678901234567890123456789012345678901234"
            })
    void acceptsNamesEveryClientAccepts(String name) {
        assertThat(definition(name, PARAMETERS).name()).isEqualTo(name);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(
            strings = {
                "has space",
                "slash/name",
                "ümlaut",
                "x2345678901234567890123456789012345678901234567890123456789012345"
            })
    void refusesOtherNames(String name) {
        assertThatThrownBy(() -> definition(name, PARAMETERS))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("tool names are 1-64 characters of A-Z a-z 0-9 _ . -: " + name);
    }

    @Test
    void refusesAParameterNamedTwice() {
        var twice = List.of(ParameterSpec.requiredString("a", "A."), ParameterSpec.integer("a", 0, "A again."));

        assertThatThrownBy(() -> definition("tool", twice))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("tool tool names parameter a twice");
    }

    @Test
    void needsEveryPart() {
        var shape = ResultShape.text();
        var hints = ToolHints.localComputation();
        assertThatThrownBy(() -> new ToolDefinition("t", null, "d", PARAMETERS, shape, hints))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("title");
        assertThatThrownBy(() -> new ToolDefinition("t", "T", null, PARAMETERS, shape, hints))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("description");
        assertThatThrownBy(() -> new ToolDefinition("t", "T", "d", PARAMETERS, null, hints))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("resultShape");
        assertThatThrownBy(() -> new ToolDefinition("t", "T", "d", PARAMETERS, shape, null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("hints");
        assertThatThrownBy(() -> new ToolDefinition("t", "T", "d", null, shape, hints))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void keepsItsOwnCopyOfTheParameters() {
        var parameters = new ArrayList<>(PARAMETERS);
        var definition = definition("tool", parameters);

        parameters.clear();

        assertThat(definition.parameters()).isEqualTo(PARAMETERS);
        assertThatThrownBy(() -> definition.parameters().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void mayTakeNoParameters() {
        assertThat(definition("tool", List.of()).parameters()).isEmpty();
    }

    private static ToolDefinition definition(String name, List<ParameterSpec> parameters) {
        return new ToolDefinition(
                name, "Title", "Description.", parameters, ResultShape.text(), ToolHints.localComputation());
    }
}
