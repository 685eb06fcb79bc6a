package io.purplemcp.domain.findings.fields;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.purplemcp.domain.findings.alerts.AlertsFamily;
import io.purplemcp.domain.tools.InvalidArgument;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Parsing, per docs/decisions/0011-findings-arguments-and-fields.md: entries trimmed, repeats dropped before the limit.
 */
class FieldsArgumentTest {

    static String array(int count) {
        return IntStream.range(0, count).mapToObj(i -> "\"f" + i + "\"").collect(Collectors.joining(",", "[", "]"));
    }

    @Test
    void readsTrimmedDistinctEntriesInOrder() {
        assertThat(FieldsArgument.entries("[\"severity\", \" status \", \"severity\", \"status\"]"))
                .containsExactly("severity", "status");
        assertThat(FieldsArgument.entries("[]")).isEmpty();
        assertThat(FieldsArgument.entries(" [\"asset { id }\"] ")).containsExactly("asset { id }");
    }

    @Test
    void fiftyDistinctEntriesAreTheLimitAndRepeatsDoNotCount() {
        assertThat(FieldsArgument.entries(array(50))).hasSize(50);
        assertThatThrownBy(() -> FieldsArgument.entries(array(51)))
                .isInstanceOf(InvalidArgument.class)
                .hasMessage("Too many fields: 51 different fields, at most 50. Leave fields out to get the default set,"
                        + " or ask for fewer.");
        var repeated = IntStream.range(0, 60).mapToObj(i -> "\"id\"").collect(Collectors.joining(",", "[", "]"));
        assertThat(FieldsArgument.entries(repeated)).containsExactly("id");
    }

    @Test
    void anEntryMayHave1024Characters() {
        var longest = "a".repeat(1024);
        assertThat(FieldsArgument.entries("[\"id\", \"" + longest + "\"]")).containsExactly("id", longest);
        assertThatThrownBy(() -> FieldsArgument.entries("[\"id\", \"" + "a".repeat(1025) + "\"]"))
                .hasMessage("fields[1] is too long: 1025 characters, at most 1024.");
    }

    @Test
    void theTextIsLimitedBeforeItIsRead() {
        var exactly = "[\"" + "a".repeat(8188) + "\"]";
        assertThat(exactly).hasSize(8192);
        assertThatThrownBy(() -> FieldsArgument.entries(exactly)).hasMessageStartingWith("fields[0] is too long");
        assertThatThrownBy(() -> FieldsArgument.entries("[" + " ".repeat(8192)))
                .hasMessage("fields is too large: 8193 characters, at most 8192. Ask for fewer fields.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"null", "\"id\"", "{}", "5", "true"})
    void mustBeAnArray(String text) {
        assertThatThrownBy(() -> FieldsArgument.entries(text))
                .isInstanceOf(InvalidArgument.class)
                .hasMessage("fields must be a JSON array of field names, e.g. '[\"id\", \"severity\"]'.");
    }

    @Test
    void invalidJsonSaysWhereAndShowsTheForm() {
        assertThatThrownBy(() -> FieldsArgument.entries("[id]"))
                .hasMessage(
                        "Invalid JSON in fields: unexpected 'i' where a value was expected (at character 2). Send a JSON array of field names"
                                + " as a string, e.g. '[\"id\", \"severity\"]'.");
    }

    @Test
    void everyEntryIsAString() {
        assertThatThrownBy(() -> FieldsArgument.entries("[1]"))
                .hasMessage("All field names must be strings: fields[0] is 1.");
        assertThatThrownBy(() -> FieldsArgument.entries("[\"id\", null]"))
                .hasMessage("All field names must be strings: fields[1] is null.");
    }

    @Test
    void noFieldsMeansTheDefaultsAndEmptyMeansOnlyTheId() {
        var catalog = AlertsFamily.family().records();
        assertThat(FieldsArgument.selection(Optional.empty(), catalog)).isEqualTo(catalog.defaults());
        assertThat(FieldsArgument.selection(Optional.of("[]"), catalog).toString())
                .isEqualTo("Selection[items=[Field[name=id, children=[]]]]");
    }
}
