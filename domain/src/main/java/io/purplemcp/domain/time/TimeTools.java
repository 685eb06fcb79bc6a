package io.purplemcp.domain.time;

import io.purplemcp.domain.tools.Tool;
import java.time.Clock;
import java.util.List;

/** The tools that compute times locally and never reach the console. */
public final class TimeTools {

    private TimeTools() {}

    /** {@code get_timestamp_range} then {@code iso_to_unix_timestamp}, the order clients list them in. */
    public static List<Tool> all(Clock clock) {
        return List.of(new TimestampRangeTool(clock), new IsoToUnixTimestampTool());
    }
}
