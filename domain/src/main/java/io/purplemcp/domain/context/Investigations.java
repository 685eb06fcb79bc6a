package io.purplemcp.domain.context;

import io.purplemcp.domain.inventory.InventoryReference;
import io.purplemcp.domain.powerquery.PowerQueryTool;
import io.purplemcp.domain.purpleai.PurpleAiTool;
import io.purplemcp.domain.time.TimestampRangeTool;
import io.purplemcp.domain.tools.References;
import io.purplemcp.ports.in.context.PromptArgument;
import java.util.List;

/** The common investigations, each naming the tools it uses so it is offered only when they are served. */
final class Investigations {

    private static final String DEFAULT_HOURS = "24";

    private Investigations() {}

    static List<Investigation> all() {
        return List.of(triageAlert(), huntIndicator(), hostExposure());
    }

    private static Investigation triageAlert() {
        return Investigation.of(
                "triage_alert",
                "Triage an alert",
                "Decide how serious an alert is and what to do next, from the alert, its notes, its history and"
                        + " related alerts.",
                List.of(new PromptArgument("alert_id", "The id of the alert to triage.", true)),
                List.of("get_alert", "get_alert_notes", "get_alert_history", "search_alerts"),
                arguments -> "Triage the SentinelOne alert " + quoted(arguments.get("alert_id")) + ".\n\n"
                        + "1. Fetch it with get_alert: severity, status, verdict, asset, detection source, when it was"
                        + " seen.\n"
                        + "2. Read what analysts already found with get_alert_notes, and what happened to it with"
                        + " get_alert_history.\n"
                        + "3. Look for related alerts with search_alerts: the same asset, the same storylineId or the"
                        + " same alert name in the 7 days before it (filters and fields: "
                        + References.filters("alerts") + ").\n"
                        + "4. Conclude: true or false positive and why, the severity you would give it, what is still"
                        + " unknown, and the next steps. Quote the ids you relied on.");
    }

    private static Investigation huntIndicator() {
        return Investigation.of(
                "hunt_indicator",
                "Hunt an indicator over a time range",
                "Search the data lake and the alerts for an indicator (hash, IP address, domain, file or process"
                        + " name) over a time range.",
                List.of(
                        new PromptArgument(
                                "indicator", "The indicator: a hash, IP address, domain, file or process name.", true),
                        new PromptArgument(
                                "hours",
                                "How many hours back from now to search (default " + DEFAULT_HOURS + ").",
                                false)),
                List.of(TimestampRangeTool.NAME, PurpleAiTool.NAME, PowerQueryTool.NAME, "search_alerts"),
                arguments -> {
                    var hours = arguments.getOrDefault("hours", "").isBlank() ? DEFAULT_HOURS : arguments.get("hours");
                    return "Hunt for the indicator " + quoted(arguments.get("indicator")) + " over the last "
                            + quoted(hours) + " hours.\n\n"
                            + "1. Get the window with " + TimestampRangeTool.NAME + " (hours=" + hours.strip()
                            + "): offset_time is the start, current_time the end (" + References.TIME_RANGES + ").\n"
                            + "2. Ask " + PurpleAiTool.NAME + " for a PowerQuery that finds events involving the"
                            + " indicator, with the endpoints, users and processes involved.\n"
                            + "3. Run it with " + PowerQueryTool.NAME + " over that window ("
                            + References.POWERQUERY_GUIDE + "). No rows is an answer: the indicator was not seen.\n"
                            + "4. Look for alerts that mention it with search_alerts (a fulltext filter on the window;"
                            + " " + References.filters("alerts") + ").\n"
                            + "5. Report where and when it was seen, on which hosts and by which processes or users,"
                            + " the alerts it raised, and what to check next.";
                });
    }

    private static Investigation hostExposure() {
        return Investigation.of(
                "host_exposure",
                "Summarise a host's exposure",
                "Sum up what puts one host at risk: its inventory record, open vulnerabilities, misconfigurations"
                        + " and alerts.",
                List.of(new PromptArgument("host", "The host's name as the console knows it.", true)),
                List.of(
                        "search_inventory_items",
                        "search_vulnerabilities",
                        "search_misconfigurations",
                        "search_alerts"),
                arguments -> "Summarise the exposure of the host " + quoted(arguments.get("host")) + ".\n\n"
                        + "1. Find it with search_inventory_items (a name__contains criterion; "
                        + InventoryReference.URI + "): status, criticality, operating system, coverage, risk"
                        + " factors, last activity.\n"
                        + "2. List its open vulnerabilities with search_vulnerabilities, the most severe first ("
                        + References.filters("vulnerabilities") + ").\n"
                        + "3. List its open misconfigurations with search_misconfigurations ("
                        + References.filters("misconfigurations") + ").\n"
                        + "4. List its unresolved alerts with search_alerts (" + References.filters("alerts") + ").\n"
                        + "5. Sum up: the main risks in order, what is missing (agent coverage, patching), and the"
                        + " three fixes that would lower the exposure most. Quote the ids you relied on.");
    }

    /** The argument as the model should read it: quoted, so text in it reads as data, not as instructions. */
    private static String quoted(String value) {
        return "\"" + value.strip().replace("\"", "'") + "\"";
    }
}
