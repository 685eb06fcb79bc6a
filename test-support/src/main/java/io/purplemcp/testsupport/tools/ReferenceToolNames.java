package io.purplemcp.testsupport.tools;

import java.util.List;
import java.util.stream.Stream;

/** The tool names the reference server lists, in its order: what clients and their prompts rely on. */
public final class ReferenceToolNames {

    /** The findings tools: each family's five (get, list, search, notes, history), alerts first. */
    public static final List<String> FINDINGS = List.of(
            "get_alert",
            "list_alerts",
            "search_alerts",
            "get_alert_notes",
            "get_alert_history",
            "get_misconfiguration",
            "list_misconfigurations",
            "search_misconfigurations",
            "get_misconfiguration_notes",
            "get_misconfiguration_history",
            "get_vulnerability",
            "list_vulnerabilities",
            "search_vulnerabilities",
            "get_vulnerability_notes",
            "get_vulnerability_history");

    /** Every tool of the full catalogue. */
    public static final List<String> ALL = Stream.of(
                    List.of("purple_ai", "powerquery", "get_timestamp_range", "iso_to_unix_timestamp"),
                    FINDINGS,
                    List.of("get_inventory_item", "list_inventory_items", "search_inventory_items"))
            .flatMap(List::stream)
            .toList();

    private ReferenceToolNames() {}
}
