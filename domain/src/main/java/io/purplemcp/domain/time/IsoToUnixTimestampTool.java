package io.purplemcp.domain.time;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.purplemcp.domain.json.Schemas;
import io.purplemcp.domain.tools.DefinedTool;
import io.purplemcp.domain.tools.ToolArguments;
import io.purplemcp.ports.in.tools.CallContext;
import io.purplemcp.ports.in.tools.ParameterSpec;
import io.purplemcp.ports.in.tools.ResultShape;
import io.purplemcp.ports.in.tools.ToolDefinition;
import io.purplemcp.ports.in.tools.ToolHints;
import io.purplemcp.ports.in.tools.ToolResult;
import java.util.List;

/** {@code iso_to_unix_timestamp}: the epoch milliseconds the findings and inventory date filters expect. */
public final class IsoToUnixTimestampTool extends DefinedTool {

    public static final String NAME = "iso_to_unix_timestamp";

    /** The key of the number in the structured answer, which MCP requires to be an object. */
    public static final String MILLIS = "unix_timestamp_ms";

    private static final String DESCRIPTION = "Turns an ISO 8601 date and time into a UNIX timestamp in"
            + " milliseconds (UTC), the form the date filters of the alert, vulnerability, misconfiguration and"
            + " inventory search tools expect.\n\n"
            + "Important: write the time the way the user meant it, in their own time zone with its UTC offset,"
            + " and let this tool convert it; do not convert to UTC yourself. For example, 8 AM US Eastern on"
            + " 30 October 2024 is 2024-10-30T08:00:00-04:00.\n\n"
            + "Accepted: a 'Z' (or 'z') suffix such as 2025-10-30T12:00:00Z, an explicit offset such as +00:00,"
            + " -04:00 or +05:30, or no zone at all, which is read as UTC (2025-10-30T12:00:00). A date alone"
            + " means midnight.\n\n"
            + "The answer is the number as a string, e.g. \"1761825600000\". These three give that same value:"
            + " 2025-10-30T12:00:00Z (noon UTC), 2025-10-30T08:00:00-04:00 (8 AM at UTC-4) and"
            + " 2025-10-30T17:00:00+05:00 (5 PM at UTC+5).\n\n"
            + "The result is always milliseconds (not seconds or nanoseconds) and always UTC; a value without a"
            + " zone is taken as UTC.";

    private static final ToolDefinition DEFINITION = new ToolDefinition(
            NAME,
            "ISO 8601 to Unix milliseconds",
            DESCRIPTION,
            List.of(ParameterSpec.requiredString(
                    "iso_datetime",
                    "The date and time in ISO 8601 with the user's UTC offset, e.g."
                            + " '2025-10-30T08:00:00-04:00'; without a zone it is read as UTC.")),
            ResultShape.document(
                    Schemas.object().required(MILLIS, Schemas.type("integer")).build()),
            ToolHints.localComputation());

    public IsoToUnixTimestampTool() {
        super(DEFINITION);
    }

    @Override
    public ToolResult call(ToolArguments arguments, CallContext context) {
        long millis = LenientIsoDateTimeParser.epochMillis(arguments.string("iso_datetime"));
        return new ToolResult.Structured(
                JsonNodeFactory.instance.objectNode().put(MILLIS, millis), Long.toString(millis));
    }
}
