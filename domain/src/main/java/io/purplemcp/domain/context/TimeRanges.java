package io.purplemcp.domain.context;

import io.purplemcp.domain.time.IsoToUnixTimestampTool;
import io.purplemcp.domain.time.TimestampRangeTool;

/** How times are written for each kind of tool, and how to get them right. */
final class TimeRanges {

    private TimeRanges() {}

    static String markdown() {
        return "# Time ranges\n\n"
                + "Every time the console compares is UTC. Turn the user's local time into UTC with the tools"
                + " below rather than by hand, giving them the user's offset.\n\n"
                + "| tools | time format |\n|---|---|\n"
                + "| powerquery | start_datetime and end_datetime: ISO 8601 with an explicit zone, e.g."
                + " `2024-01-15T10:30:00Z` or `2024-01-15T10:30:00-05:00` |\n"
                + "| search_alerts, search_vulnerabilities, search_misconfigurations | datetime_range filters:"
                + " UTC epoch milliseconds, as numbers or numeric strings |\n"
                + "| search_inventory_items | `__between` criteria: UTC epoch milliseconds or ISO dates |\n\n"
                + "## The last N hours, days, ...\n\n"
                + TimestampRangeTool.NAME + " with hours, days, weeks, months or years (direction past, the"
                + " default) answers current_time and offset_time: pass offset_time as the start and current_time as"
                + " the end. The last 24 hours is hours=24, the default window when the user names none.\n\n"
                + "## A given date and time\n\n"
                + IsoToUnixTimestampTool.NAME + " turns an ISO 8601 datetime into epoch milliseconds:"
                + " `2024-10-30T08:00:00-04:00` becomes `1730289600000`. A datetime without a zone is read as UTC.\n\n"
                + "## Mistakes the tools refuse\n\n"
                + "- epoch seconds where milliseconds are due: numbers below 100000000000 look like seconds;\n"
                + "- micro- or nanoseconds: numbers of more than 13 digits;\n"
                + "- a window whose end is not after its start.\n";
    }
}
