package io.purplemcp.bootstrap;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The server's {@code instructions}: how the tools work together, naming only tools that are served, so
 * a model is never told to call a tool the operator left out.
 */
final class ServerInstructions {

    /** A finding family by the words its tool names use: {@code get_alert}, {@code list_alerts}. */
    private record Family(String singular, String plural) {}

    private static final List<Family> FINDING_FAMILIES = List.of(
            new Family("alert", "alerts"),
            new Family("vulnerability", "vulnerabilities"),
            new Family("misconfiguration", "misconfigurations"));

    private ServerInstructions() {}

    static String describe(Predicate<String> served) {
        var sentences = new ArrayList<String>();
        sentences.add("Read-only access to a SentinelOne console for security analysis; no tool changes anything.");
        hunting(served).ifPresent(sentences::add);
        triage(served).ifPresent(sentences::add);
        if (served.test("iso_to_unix_timestamp")) {
            sentences.add("Date filters take epoch milliseconds: convert with iso_to_unix_timestamp, passing the"
                    + " date-time with the user's own UTC offset rather than converting it yourself.");
        }
        return String.join(" ", sentences);
    }

    private static Optional<String> hunting(Predicate<String> served) {
        boolean ask = served.test("purple_ai");
        boolean query = served.test("powerquery");
        var window = served.test("get_timestamp_range")
                ? " (get_timestamp_range gives the window: offset_time is the start, current_time the end)"
                : "";
        if (ask && query) {
            return Optional.of("To hunt in telemetry, ask purple_ai in plain language, then run the"
                    + " PowerQuery it returns with powerquery" + window + ".");
        }
        if (query) {
            return Optional.of("To hunt in telemetry, run a PowerQuery with powerquery" + window + ".");
        }
        if (ask) {
            return Optional.of("Ask purple_ai security questions in plain language.");
        }
        return Optional.empty();
    }

    private static Optional<String> triage(Predicate<String> served) {
        var families = new ArrayList<String>();
        for (var family : FINDING_FAMILIES) {
            if (served.test("list_" + family.plural())
                    || served.test("search_" + family.plural())
                    || served.test("get_" + family.singular())) {
                families.add(family.plural());
            }
        }
        boolean inventory = served.test("list_inventory_items")
                || served.test("search_inventory_items")
                || served.test("get_inventory_item");
        var triage = families.isEmpty()
                ? ""
                : "For triage, list or search " + joined(families)
                        + ", then open one with its get tool and read its notes and history";
        if (inventory) {
            triage = triage.isEmpty()
                    ? "The inventory tools describe the assets in the console"
                    : triage + "; the inventory tools describe the assets involved";
        }
        return triage.isEmpty() ? Optional.empty() : Optional.of(triage + ".");
    }

    private static String joined(List<String> words) {
        if (words.size() == 1) {
            return words.get(0);
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + " and " + words.get(words.size() - 1);
    }
}
