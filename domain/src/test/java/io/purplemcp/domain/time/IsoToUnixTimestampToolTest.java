package io.purplemcp.domain.time;

import static org.assertj.core.api.Assertions.assertThat;

import io.purplemcp.ports.in.tools.ParameterType;
import io.purplemcp.ports.in.tools.ToolHints;
import io.purplemcp.ports.in.tools.ToolResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IsoToUnixTimestampToolTest {

    private static final String TOOL = "iso_to_unix_timestamp";

    private final ToolCalls tools = ToolCalls.atFixedNow();

    /** The reference's verified values (docs/REFERENCE-BEHAVIOUR.md), and the lower-case {@code z} we accept. */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "2025-10-30T12:00:00Z         | 1761825600000",
                "2025-10-30T12:00:00+00:00    | 1761825600000",
                "2025-10-30T17:00:00+05:00    | 1761825600000",
                "2025-10-30T08:00:00-04:00    | 1761825600000",
                "2025-10-30T13:00:00+01:00    | 1761825600000",
                "2025-10-30T12:00:00          | 1761825600000",
                "2025-10-30 12:00:00Z         | 1761825600000",
                "2025-10-30T12:00:00z         | 1761825600000",
                "2025-10-30T12:00:00.500Z     | 1761825600500",
                "2025-10-30T12:00:00.123456Z  | 1761825600123",
                "2025-10-30T12:00:00.12Z      | 1761825600120",
                "1970-01-01T00:00:00Z         | 0",
                "2000-01-01T00:00:00Z         | 946684800000",
                "2024-10-30T12:00:00Z         | 1730289600000",
                "2024-02-29T12:00:00Z         | 1709208000000",
                "2025-10-30T23:59:59Z         | 1761868799000",
                "2025-10-30                   | 1761782400000",
                "2100-01-01T00:00:00Z         | 4102444800000",
                "1969-12-31T23:59:59Z         | -1000",
                "1969-12-31T23:59:59.5Z       | -500",
                "2025-10-30T12:00:00-0400     | 1761840000000",
                "20251030T120000Z             | 1761825600000",
                "2025-10-30T12Z               | 1761825600000",
                "2025-10-30T1200              | 1761825600000",
                "2025-W44-4                   | 1761782400000",
            })
    void convertsTheVerifiedValues(String input, String millis) {
        var answer = (ToolResult.Structured) tools.call(TOOL, "iso_datetime", input);

        // The text stays the bare number the reference prints; the document carries it as a number.
        assertThat(answer.text()).isEqualTo(millis);
        assertThat(answer.value().toString()).isEqualTo("{\"unix_timestamp_ms\":" + millis + "}");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "not-a-datetime",
                "",
                "2025-02-30T12:00:00Z",
                "2025-10-30T25:00:00Z",
                " 2025-10-30T12:00:00Z",
                "2025-10-30T12:00:00Z ",
                "2025-304",
                "2025-10-30T24:00:00Z",
                "2025-10-30T12:00:60Z",
                "10:30Z"
            })
    void refusesWhatIsNotAnIsoDateTime(String input) {
        var result = tools.call(TOOL, "iso_datetime", input);

        assertThat(result).isInstanceOf(ToolResult.Failure.class);
        assertThat(((ToolResult.Failure) result).message())
                .startsWith("Invalid ISO 8601 datetime format: '" + input
                        + "'. Expected format like '2025-10-30T12:00:00Z'. Error: ");
    }

    @Test
    void answersThirteenDigitsForCurrentDatesAndANegativeNumberBefore1970() {
        var current = (ToolResult.Structured) tools.call(TOOL, "iso_datetime", "2026-11-23T22:31:58Z");
        var old = (ToolResult.Structured) tools.call(TOOL, "iso_datetime", "1960-06-01T00:00:00Z");

        assertThat(current.text()).matches("\\d{13}");
        assertThat(old.text()).startsWith("-").isEqualTo("-302486400000");
    }

    @Test
    void needsTheDateTime() {
        assertThat(tools.call(TOOL)).isEqualTo(new ToolResult.Failure("Missing required argument 'iso_datetime'."));
        assertThat(tools.call(TOOL, "iso_datetime", null))
                .isEqualTo(new ToolResult.Failure("Invalid value for 'iso_datetime': expected a string, got null."));
        assertThat(tools.call(TOOL, "iso_datetime", 1761825600000L))
                .isEqualTo(
                        new ToolResult.Failure("Invalid value for 'iso_datetime': expected a string, got an integer."));
    }

    @Test
    void describesItselfAsTheSpecSays() {
        var definition = new IsoToUnixTimestampTool().definition();

        assertThat(definition.name()).isEqualTo(TOOL);
        assertThat(definition.title()).isEqualTo("ISO 8601 to Unix milliseconds");
        assertThat(definition.description())
                .contains(
                        "milliseconds",
                        "2024-10-30T08:00:00-04:00",
                        "do not convert to UTC yourself",
                        "1761825600000",
                        "2025-10-30T17:00:00+05:00",
                        "no zone at all, which is read as UTC");
        assertThat(definition.parameters()).singleElement().satisfies(parameter -> {
            assertThat(parameter.name()).isEqualTo("iso_datetime");
            assertThat(parameter.type()).isEqualTo(ParameterType.STRING);
            assertThat(parameter.required()).isTrue();
            assertThat(parameter.nullable()).isFalse();
            assertThat(parameter.description()).contains("UTC");
        });
        assertThat(definition.resultShape().outputSchema().orElseThrow().toString())
                .isEqualTo("{\"type\":\"object\",\"properties\":{\"unix_timestamp_ms\":{\"type\":\"integer\"}},"
                        + "\"required\":[\"unix_timestamp_ms\"]}");
        assertThat(definition.hints()).isEqualTo(ToolHints.localComputation());
    }
}
