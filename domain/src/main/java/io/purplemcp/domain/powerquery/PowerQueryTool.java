package io.purplemcp.domain.powerquery;

import io.purplemcp.domain.time.ExplicitZoneDateTimeParser;
import io.purplemcp.domain.tools.DefinedTool;
import io.purplemcp.domain.tools.References;
import io.purplemcp.domain.tools.ToolArguments;
import io.purplemcp.domain.tools.ToolFailure;
import io.purplemcp.ports.in.tools.CallContext;
import io.purplemcp.ports.in.tools.ParameterSpec;
import io.purplemcp.ports.in.tools.ResultShape;
import io.purplemcp.ports.in.tools.ToolDefinition;
import io.purplemcp.ports.in.tools.ToolHints;
import io.purplemcp.ports.in.tools.ToolResult;
import io.purplemcp.ports.out.datalake.DataLake;
import io.purplemcp.ports.out.datalake.QueryRequest;
import io.purplemcp.ports.out.time.Sleeper;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** {@code powerquery}: runs a PowerQuery on the Singularity Data Lake over a time window. */
public final class PowerQueryTool extends DefinedTool {

    public static final String NAME = "powerquery";

    private static final String DESCRIPTION = "Runs a PowerQuery on SentinelOne's Singularity Data Lake and"
            + " returns the matching rows, for threat hunting and investigation.\n\n"
            + "PowerQuery is SentinelOne's pipeline language for filtering, transforming and aggregating"
            + " security telemetry and logs. It is not Microsoft Power Query, and although it looks like"
            + " Splunk's SPL it is a different language.\n\n"
            + "Important: get PowerQueries from the purple_ai tool by describing in plain language what to"
            + " find; do not write PowerQuery yourself, it is unlikely to be correct. When the user gives you a"
            + " PowerQuery that did not come from Purple AI, run it exactly as given, unchanged.\n\n"
            + "Time window: unless the user asks for another, the last 24 hours (get_timestamp_range with"
            + " hours=24: offset_time is start_datetime, current_time end_datetime). A query still running after 5"
            + " minutes is stopped; a shorter window or a narrower query helps. The language, the window and the"
            + " answer are explained in the resources " + References.POWERQUERY_GUIDE + " and "
            + References.TIME_RANGES + ".\n\n"
            + "Answer: 'Match Count', 'Columns', 'Rows' and 'Column Names' lines, then the rows under"
            + " 'Results:', each a JSON array in column order. The first 100 rows are shown and the rest"
            + " counted; at most 10 000 rows are kept. A line says when the data lake returned partial results"
            + " or the rows were truncated at that cap. A query the data lake cannot run (e.g. a syntax error)"
            + " is an error carrying its message.\n\n"
            + "No rows is a normal answer: nothing matched in the window (no data there, criteria narrower than"
            + " the data, or the activity did not happen). Do not re-run or re-phrase a query that"
            + " legitimately returned nothing; if results were expected, change the time window or the"
            + " criteria instead.";

    private static final ToolDefinition DEFINITION = new ToolDefinition(
            NAME,
            "Run a PowerQuery",
            DESCRIPTION,
            List.of(
                    ParameterSpec.requiredString(
                            "query",
                            "The PowerQuery to run, exactly as Purple AI wrote it or the user gave it; it is sent"
                                    + " unchanged."),
                    ParameterSpec.requiredString(
                            "start_datetime",
                            "Start of the time window: an ISO 8601 date and time with an explicit zone, e.g."
                                    + " '2024-01-15T10:30:00Z' or '2024-01-15T10:30:00-05:00'."),
                    ParameterSpec.requiredString(
                            "end_datetime",
                            "End of the time window, later than start_datetime, in the same form, e.g."
                                    + " '2024-01-16T10:30:00Z'.")),
            ResultShape.text(),
            ToolHints.consoleRead());

    private final DataLake dataLake;
    private final Sleeper sleeper;
    private final Clock clock;
    private final PowerQueryPolicy policy;

    public PowerQueryTool(DataLake dataLake, Sleeper sleeper, Clock clock, PowerQueryPolicy policy) {
        super(DEFINITION);
        this.dataLake = Objects.requireNonNull(dataLake, "dataLake");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    @Override
    public ToolResult call(ToolArguments arguments, CallContext context) {
        var rawStart = arguments.string("start_datetime");
        var rawEnd = arguments.string("end_datetime");
        Instant start = ExplicitZoneDateTimeParser.parse(rawStart);
        Instant end = ExplicitZoneDateTimeParser.parse(rawEnd);
        if (!end.isAfter(start)) {
            throw new ToolFailure("end_datetime must be later than start_datetime. Got start_datetime=" + rawStart
                    + ", end_datetime=" + rawEnd);
        }
        var request = new QueryRequest(arguments.string("query"), start, end);
        var cleanup = new QueryCleanup(dataLake);
        context.onCancel(cleanup::release);
        try {
            var table = new QueryRun(dataLake, sleeper, clock, policy, context, cleanup).run(request);
            return new ToolResult.Text(ResultText.render(table, rawStart, rawEnd));
        } finally {
            cleanup.release();
        }
    }
}
