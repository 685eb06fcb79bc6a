package io.purplemcp.domain.time;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.purplemcp.domain.tools.DefinedTool;
import io.purplemcp.domain.tools.ToolArguments;
import io.purplemcp.ports.in.tools.CallContext;
import io.purplemcp.ports.in.tools.ParameterSpec;
import io.purplemcp.ports.in.tools.ResultShape;
import io.purplemcp.ports.in.tools.ToolDefinition;
import io.purplemcp.ports.in.tools.ToolHints;
import io.purplemcp.ports.in.tools.ToolResult;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/** {@code get_timestamp_range}: the two ends of a time window, ready for the PowerQuery tool. */
public final class TimestampRangeTool extends DefinedTool {

    public static final String NAME = "get_timestamp_range";
    static final String CURRENT_TIME = "current_time";
    static final String OFFSET_TIME = "offset_time";

    private static final String DESCRIPTION = "Works out the two ends of a time window for PowerQuery"
            + " analytics on the Singularity Data Lake. The answer holds current_time (reference_time exactly"
            + " as given, or the current UTC time when it is omitted) and offset_time (that moment moved into"
            + " the past, or into the future with direction \"future\", by the given amounts, written in UTC)."
            + " For the last 24 hours call it with hours=24, then pass offset_time as start_datetime and"
            + " current_time as end_datetime. A reference_time must be a full ISO 8601 date and time with an"
            + " explicit zone, such as 2024-01-15T12:00:00Z or 2024-01-15T12:00:00+05:00; a value without a"
            + " zone or without a date is refused rather than guessed.";

    private static final ToolDefinition DEFINITION = new ToolDefinition(
            NAME,
            "Timestamp range",
            DESCRIPTION,
            List.of(
                    ParameterSpec.nullableString(
                            "reference_time",
                            "The moment to measure from: an ISO 8601 date and time with a zone ('Z' or an offset"
                                    + " such as '-05:00'), e.g. '2024-01-15T12:00:00Z'. Omit it, or send null, for"
                                    + " the current time."),
                    ParameterSpec.integer(
                            "years",
                            0,
                            "Calendar years to move by, applied together with months before the other amounts;"
                                    + " 29 February becomes 28 February in a common year."),
                    ParameterSpec.integer(
                            "months",
                            0,
                            "Calendar months to move by; a day the target month lacks becomes its last day"
                                    + " (31 March minus one month is the end of February)."),
                    ParameterSpec.integer("weeks", 0, "Weeks of exactly seven days to move by."),
                    ParameterSpec.integer("days", 0, "Days of exactly 24 hours to move by."),
                    ParameterSpec.integer("hours", 0, "Hours to move by, e.g. 24 for the last day."),
                    ParameterSpec.integer("minutes", 0, "Minutes to move by."),
                    ParameterSpec.integer("seconds", 0, "Seconds to move by."),
                    ParameterSpec.choice(
                            "direction",
                            "past",
                            Direction.NAMES,
                            "'past' puts offset_time before the reference time, 'future' after it. A negative"
                                    + " amount moves the other way.")),
            ResultShape.objectOfStrings(List.of(CURRENT_TIME, OFFSET_TIME)),
            ToolHints.localComputation());

    private final Clock clock;

    /** {@code clock} supplies "now" when no reference time is given. */
    public TimestampRangeTool(Clock clock) {
        super(DEFINITION);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public ToolResult call(ToolArguments arguments, CallContext context) {
        var reference = arguments.optionalString("reference_time");
        // Read the clock once, and at the precision the answer is written in, so both values agree.
        Instant base = reference
                .map(ExplicitZoneDateTimeParser::parse)
                .orElseGet(() -> clock.instant().truncatedTo(ChronoUnit.MICROS));
        var offset = new RangeOffset(
                arguments.integer("years"),
                arguments.integer("months"),
                arguments.integer("weeks"),
                arguments.integer("days"),
                arguments.integer("hours"),
                arguments.integer("minutes"),
                arguments.integer("seconds"));
        Instant moved = offset.applyTo(base, Direction.of(arguments.string("direction")));
        var result = JsonNodeFactory.instance.objectNode();
        // The caller's own spelling is echoed, as the reference does, so the model recognises its input.
        result.put(CURRENT_TIME, reference.orElseGet(() -> UtcTimestamp.format(base)));
        result.put(OFFSET_TIME, UtcTimestamp.format(moved));
        return new ToolResult.Structured(result);
    }
}
