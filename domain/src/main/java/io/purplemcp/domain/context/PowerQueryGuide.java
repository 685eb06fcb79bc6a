package io.purplemcp.domain.context;

import io.purplemcp.domain.powerquery.PowerQueryTool;
import io.purplemcp.domain.purpleai.PurpleAiTool;
import io.purplemcp.domain.time.TimestampRangeTool;
import io.purplemcp.domain.tools.References;

/** How to get or write a PowerQuery the data lake accepts, and how the powerquery tool runs it. */
final class PowerQueryGuide {

    private PowerQueryGuide() {}

    static String markdown() {
        return "# PowerQuery guide\n\n"
                + "PowerQuery is the pipeline language of SentinelOne's Singularity Data Lake for filtering,"
                + " transforming and aggregating security telemetry and logs. It is not Microsoft Power Query, and"
                + " although it looks like Splunk's SPL it is a different language.\n\n"
                + "## Where queries come from\n\n"
                + "Ask the " + PurpleAiTool.NAME + " tool in plain language (\"process creations by powershell on"
                + " host web-01\"); it answers with a PowerQuery the console accepts. A query the user gives you is"
                + " run exactly as given. Write one yourself only to make a small, checked change to one of those,"
                + " following the rules below.\n\n"
                + "## Shape\n\n"
                + "A query is a filter followed by commands, each after a pipe:\n\n"
                + "```\nevent.type = 'Process Creation' src.process.name contains 'powershell'\n"
                + "| group count = count() by endpoint.name\n| sort -count\n| limit 10\n```\n\n"
                + "- The filter comes first. Terms side by side must all match; `and`, `or`, `not` and"
                + " parentheses combine them.\n"
                + "- Comparisons: `=`, `!=`, `<`, `<=`, `>`, `>=`, `contains`, `in ('a', 'b')`,"
                + " `matches 'regex'`; text in single or double quotes; `contains` ignores case, `=` does not.\n"
                + "- Field names are dotted, e.g. `event.type`, `endpoint.name`, `src.process.name`,"
                + " `src.process.cmdline`, `tgt.file.path`, `src.ip.address`, `dst.ip.address`, `url.address`,"
                + " `event.dns.request`.\n"
                + "- Commands: `columns a, b` (keep these), `group n = count() by a` (also `sum`, `min`,"
                + " `max`, `avg`, `estimate_distinct`), `sort -n` (minus for descending), `limit 100`,"
                + " `let x = expression`, `filter expression` (filter again after a command).\n\n"
                + "## Running it\n\n"
                + "The " + PowerQueryTool.NAME + " tool takes the query and a time window (start_datetime and"
                + " end_datetime, ISO 8601 with an explicit zone; see " + References.TIME_RANGES + "). Without"
                + " another wish of the user, search the last 24 hours: " + TimestampRangeTool.NAME + " with"
                + " hours=24. Longer windows are slower; a query still running after 5 minutes is stopped, and a"
                + " shorter window or a narrower filter helps.\n\n"
                + "## Reading the answer\n\n"
                + "'Match Count', 'Columns', 'Rows' and 'Column Names' lines, then the rows under 'Results:',"
                + " each a JSON array in column order; the first 100 rows are shown and the rest counted. A query"
                + " the data lake cannot run is an error carrying its message: fix the query or ask Purple AI"
                + " again. No rows is a normal answer; do not re-run the same query, change the window or the"
                + " criteria instead.\n";
    }
}
