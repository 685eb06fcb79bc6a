package io.purplemcp.domain.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.purplemcp.ports.in.tools.ParameterSpec;
import io.purplemcp.ports.in.tools.ParameterType;
import io.purplemcp.ports.in.tools.ResultShape;
import io.purplemcp.ports.in.tools.ToolHints;
import io.purplemcp.ports.in.tools.ToolResult;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimestampRangeToolTest {

    private static final String TOOL = "get_timestamp_range";
    private static final String REF = "2024-01-15T12:00:00Z";
    private static final String NAIVE_MESSAGE =
            "Timestamp must include explicit timezone information (e.g., 'Z' or '±HH:MM'). Received naive timestamp: ";
    private static final String OUT_OF_RANGE = "The requested offset leads outside the supported years 1 to 9999."
            + " Use smaller amounts or a different reference_time.";

    private final ToolCalls tools = ToolCalls.atFixedNow();

    /** The reference's examples with a reference time (docs/REFERENCE-BEHAVIOUR.md): arguments, current, offset. */
    static Stream<Arguments> verifiedExamples() {
        return Stream.of(
                row(REF, REF, "2024-01-15T10:00:00Z", "hours", 2),
                row(REF, REF, "2024-01-14T12:00:00Z", "days", 1),
                row(REF, REF, "2024-01-08T12:00:00Z", "weeks", 1),
                row(REF, REF, "2023-01-15T12:00:00Z", "years", 1),
                row(REF, REF, "2023-12-15T12:00:00Z", "months", 1),
                row(REF, REF, "2024-01-14T09:30:00Z", "days", 1, "hours", 2, "minutes", 30),
                row(REF, REF, "2024-01-15T14:00:00Z", "hours", 2, "direction", "future"),
                row(REF, REF, "2024-01-15T14:00:00Z", "hours", -2),
                row(REF, REF, "2024-01-14T10:58:59Z", "seconds", 90061),
                row(REF, REF, "2024-01-15T12:00:00Z"),
                row("2024-03-15T12:00:00Z", "2024-03-15T12:00:00Z", "2024-02-15T12:00:00Z", "months", 1),
                row("2024-03-01T12:00:00Z", "2024-03-01T12:00:00Z", "2024-02-01T12:00:00Z", "months", 1),
                row(
                        "2024-01-31T12:00:00Z",
                        "2024-01-31T12:00:00Z",
                        "2024-02-29T12:00:00Z",
                        "months",
                        1,
                        "direction",
                        "future"),
                row("2024-03-31T12:00:00Z", "2024-03-31T12:00:00Z", "2022-02-28T12:00:00Z", "years", 1, "months", 13),
                row("2024-01-15T12:00:00+05:00", "2024-01-15T12:00:00+05:00", "2024-01-15T06:00:00Z", "hours", 1),
                row("2024-01-15T12:00:00+05:00", "2024-01-15T12:00:00+05:00", "2024-01-15T07:00:00Z"),
                row("2024-01-15T12:00:00.5Z", "2024-01-15T12:00:00.5Z", "2024-01-15T10:00:00.500000Z", "hours", 2),
                row("2024-01-15T12:00:00z", "2024-01-15T12:00:00z", "2024-01-15T11:00:00Z", "hours", 1),
                // Month-end clamping (checklist 10.4) and the calendar part moving first.
                row("2024-03-31T12:00:00Z", "2024-03-31T12:00:00Z", "2024-02-29T12:00:00Z", "months", 1),
                row("2024-02-29T12:00:00Z", "2024-02-29T12:00:00Z", "2023-02-28T12:00:00Z", "years", 1),
                row("2024-03-31T12:00:00Z", "2024-03-31T12:00:00Z", "2024-02-28T12:00:00Z", "months", 1, "days", 1),
                row(
                        "2024-01-31T12:00:00Z",
                        "2024-01-31T12:00:00Z",
                        "2024-03-01T12:00:00Z",
                        "months",
                        1,
                        "days",
                        1,
                        "direction",
                        "future"),
                // Every exact unit on its own, and a negative amount into the future.
                row(REF, REF, "2024-01-15T11:59:59Z", "seconds", 1),
                row(REF, REF, "2024-01-15T11:59:00Z", "minutes", 1),
                row(REF, REF, "2024-01-15T10:00:00Z", "hours", -2, "direction", "future"),
                row(REF, REF, "2025-03-15T12:00:00Z", "years", 1, "months", 2, "direction", "future"),
                row(REF, REF, "2024-01-22T12:00:00Z", "weeks", 1, "direction", "future"),
                // Sub-microsecond digits are echoed in current_time but dropped from offset_time.
                row("2024-01-15T12:00:00.123456789Z", "2024-01-15T12:00:00.123456789Z", "2024-01-15T12:00:00.123456Z"),
                // The earliest and latest instants the answer can name.
                row(REF, REF, "0001-01-15T12:00:00Z", "years", 2023),
                row("9999-12-31T23:59:59.999999Z", "9999-12-31T23:59:59.999999Z", "9999-12-31T23:59:59.999999Z"));
    }

    private static Arguments row(String reference, String current, String offset, Object... amounts) {
        var arguments = new ArrayList<Object>(List.of("reference_time", reference));
        arguments.addAll(List.of(amounts));
        return Arguments.of(arguments.toArray(), current, offset);
    }

    @ParameterizedTest
    @MethodSource("verifiedExamples")
    void computesTheVerifiedExamples(Object[] arguments, String current, String offset) {
        assertThat(tools.call(TOOL, arguments)).isEqualTo(answer(current, offset));
    }

    @Test
    void withoutArgumentsBothValuesAreNowToTheMicrosecond() {
        assertThat(tools.call(TOOL)).isEqualTo(answer("2026-11-23T22:31:58.807881Z", "2026-11-23T22:31:58.807881Z"));
    }

    @Test
    void aNullReferenceTimeMeansNow() {
        assertThat(tools.call(TOOL, "reference_time", null, "minutes", 1))
                .isEqualTo(answer("2026-11-23T22:31:58.807881Z", "2026-11-23T22:30:58.807881Z"));
    }

    @Test
    void lastTwentyFourHoursAreExactlyOneDayApart() {
        var values = ((ToolResult.Structured) tools.call(TOOL, "hours", 24)).value();
        var current = Instant.parse(values.get("current_time").textValue());
        var offset = Instant.parse(values.get("offset_time").textValue());

        assertThat(values.get("current_time").textValue()).isEqualTo("2026-11-23T22:31:58.807881Z");
        assertThat(Duration.between(offset, current)).isEqualTo(Duration.ofHours(24));
    }

    @Test
    void writesNowWithoutAFractionWhenItHasNoMicroseconds() {
        var whole = ToolCalls.at(Instant.parse("2026-11-23T22:31:58.000000999Z"));

        assertThat(whole.call(TOOL)).isEqualTo(answer("2026-11-23T22:31:58Z", "2026-11-23T22:31:58Z"));
    }

    @Test
    void padsSmallFractionsToSixDigits() {
        var early = ToolCalls.at(Instant.parse("2026-11-23T22:31:58.000500Z"));

        assertThat(early.call(TOOL, "days", 1))
                .isEqualTo(answer("2026-11-23T22:31:58.000500Z", "2026-11-22T22:31:58.000500Z"));
    }

    @Test
    void withTheSystemClockNowIsWithinASecondOfTheCall() {
        var before = Instant.now();
        var values = ((ToolResult.Structured) new ToolCalls(Clock.systemUTC()).call(TOOL)).value();
        var after = Instant.now();

        var current = values.get("current_time").textValue();
        assertThat(current)
                .matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{6})?Z")
                .isEqualTo(values.get("offset_time").textValue());
        assertThat(Instant.parse(current)).isBetween(before.minusSeconds(1), after.plusSeconds(1));
    }

    @Test
    void keepsTheKeysInTheDocumentedOrder() {
        var values = ((ToolResult.Structured) tools.call(TOOL, "reference_time", REF)).value();
        var names = new ArrayList<String>();
        values.fieldNames().forEachRemaining(names::add);

        assertThat(names).containsExactly("current_time", "offset_time");
    }

    @Test
    void coercesLaxIntegers() {
        var expected = answer(REF, "2024-01-15T11:00:00Z");

        assertThat(tools.call(TOOL, "reference_time", REF, "hours", "1")).isEqualTo(expected);
        assertThat(tools.call(TOOL, "reference_time", REF, "hours", 1.0)).isEqualTo(expected);
        assertThat(tools.call(TOOL, "reference_time", REF, "hours", true)).isEqualTo(expected);
    }

    @Test
    void refusesADirectionOutsideTheChoices() {
        assertThat(tools.call(TOOL, "reference_time", REF, "direction", "sideways"))
                .isEqualTo(new ToolResult.Failure("Invalid value for 'direction': must be one of 'past', 'future'."));
    }

    @Test
    void refusesAReferenceWithoutZone() {
        assertThat(tools.call(TOOL, "reference_time", "2024-01-15T12:00:00"))
                .isEqualTo(new ToolResult.Failure(NAIVE_MESSAGE + "2024-01-15T12:00:00"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"garbage", "10:30Z", "", "2024-01-15Z", "1705314600"})
    void refusesAnUnreadableReference(String reference) {
        assertThat(tools.call(TOOL, "reference_time", reference))
                .isEqualTo(new ToolResult.Failure("Invalid ISO 8601 datetime string: " + reference));
    }

    @Test
    void refusesAReferenceThatIsNotAString() {
        assertThat(tools.call(TOOL, "reference_time", 1705314600))
                .isEqualTo(new ToolResult.Failure(
                        "Invalid value for 'reference_time': expected a string or null, got an integer."));
    }

    @Test
    void refusesAMisspeltAmount() {
        assertThat(tools.call(TOOL, "hour", 2))
                .isEqualTo(new ToolResult.Failure("Unknown argument 'hour'. Expected only: reference_time, years,"
                        + " months, weeks, days, hours, minutes, seconds, direction."));
    }

    @Test
    void refusesANullAmount() {
        assertThat(tools.call(TOOL, "hours", null))
                .isEqualTo(new ToolResult.Failure("Invalid value for 'hours': expected an integer, got null."));
    }

    @Test
    void refusesAFractionalAmount() {
        assertThat(tools.call(TOOL, "hours", 1.5))
                .isEqualTo(new ToolResult.Failure(
                        "Invalid value for 'hours': expected an integer, got a number with a fraction."));
    }

    static Stream<Arguments> outOfRange() {
        return Stream.of(
                Arguments.of((Object) new Object[] {"reference_time", REF, "years", 10000}),
                Arguments.of((Object) new Object[] {"reference_time", REF, "years", 2024}),
                Arguments.of((Object) new Object[] {"reference_time", REF, "years", 7976, "direction", "future"}),
                Arguments.of((Object) new Object[] {"years", Long.MAX_VALUE}),
                Arguments.of((Object) new Object[] {"years", Long.MIN_VALUE}),
                Arguments.of((Object) new Object[] {"years", 1, "months", Long.MAX_VALUE}),
                Arguments.of((Object) new Object[] {"months", Long.MIN_VALUE}),
                Arguments.of((Object) new Object[] {"weeks", Long.MAX_VALUE}),
                Arguments.of((Object) new Object[] {"days", Long.MAX_VALUE}),
                Arguments.of((Object) new Object[] {"hours", Long.MAX_VALUE}),
                Arguments.of((Object) new Object[] {"minutes", Long.MAX_VALUE}),
                Arguments.of((Object) new Object[] {"seconds", Long.MAX_VALUE}),
                Arguments.of((Object) new Object[] {"seconds", Long.MIN_VALUE}),
                Arguments.of((Object) new Object[] {"days", 1, "seconds", Long.MAX_VALUE}),
                Arguments.of((Object) new Object[] {"days", 999_999_999}),
                Arguments.of((Object) new Object[] {"reference_time", "9999-12-31T23:59:59Z", "seconds", -1}),
                Arguments.of((Object) new Object[] {"reference_time", "0001-01-01T00:00:00Z", "seconds", 1}),
                Arguments.of((Object) new Object[] {"reference_time", "0001-01-01T00:00:00+01:00"}));
    }

    @ParameterizedTest
    @MethodSource("outOfRange")
    void reportsAmountsBeyondTheCalendarAsAToolFailure(Object[] arguments) {
        assertThat(tools.call(TOOL, arguments)).isEqualTo(new ToolResult.Failure(OUT_OF_RANGE));
    }

    @Test
    void reportsAClockBeyondTheCalendarAsAToolFailure() {
        assertThat(ToolCalls.at(Instant.MAX).call(TOOL)).isEqualTo(new ToolResult.Failure(OUT_OF_RANGE));
        assertThat(ToolCalls.at(Instant.parse("+10000-01-01T00:00:00Z")).call(TOOL))
                .isEqualTo(new ToolResult.Failure(OUT_OF_RANGE));
    }

    @Test
    void describesItselfAsTheSpecSays() {
        var definition = new TimestampRangeTool(Clock.systemUTC()).definition();
        var nodes = JsonNodeFactory.instance;

        assertThat(definition.name()).isEqualTo(TOOL);
        assertThat(definition.title()).isEqualTo("Timestamp range");
        assertThat(definition.description())
                .contains("PowerQuery", "Singularity Data Lake", "current_time", "offset_time", "hours=24");
        assertThat(definition.parameters())
                .extracting(ParameterSpec::name)
                .containsExactly(
                        "reference_time",
                        "years",
                        "months",
                        "weeks",
                        "days",
                        "hours",
                        "minutes",
                        "seconds",
                        "direction");
        var reference = definition.parameters().get(0);
        assertThat(reference.type()).isEqualTo(ParameterType.STRING);
        assertThat(reference.nullable()).isTrue();
        assertThat(reference.required()).isFalse();
        assertThat(reference.defaultValue()).isEqualTo(nodes.nullNode());
        for (var amount : definition.parameters().subList(1, 8)) {
            assertThat(amount.type()).isEqualTo(ParameterType.INTEGER);
            assertThat(amount.required()).isFalse();
            assertThat(amount.nullable()).isFalse();
            assertThat(amount.defaultValue()).isEqualTo(nodes.numberNode(0L));
            assertThat(amount.description()).isNotBlank();
        }
        var direction = definition.parameters().get(8);
        assertThat(direction.type()).isEqualTo(ParameterType.STRING);
        assertThat(direction.allowedValues()).containsExactly("past", "future");
        assertThat(direction.defaultValue()).isEqualTo(nodes.textNode("past"));
        assertThat(definition.resultShape())
                .isEqualTo(ResultShape.objectOfStrings(List.of("current_time", "offset_time")));
        assertThat(definition.hints()).isEqualTo(ToolHints.localComputation());
    }

    @Test
    void needsAClock() {
        assertThatThrownBy(() -> new TimestampRangeTool(null)).isInstanceOf(NullPointerException.class);
    }

    private static ToolResult answer(String current, String offset) {
        var value = JsonNodeFactory.instance.objectNode();
        value.put("current_time", current);
        value.put("offset_time", offset);
        return new ToolResult.Structured(value);
    }
}
