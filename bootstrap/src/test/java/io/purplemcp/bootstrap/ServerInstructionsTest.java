package io.purplemcp.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ServerInstructionsTest {

    private static final List<String> TOOLS = List.of(
            "purple_ai",
            "powerquery",
            "get_timestamp_range",
            "iso_to_unix_timestamp",
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
            "get_vulnerability_history",
            "get_inventory_item",
            "list_inventory_items",
            "search_inventory_items");
    private static final Pattern TOOL_NAME = Pattern.compile("\\b[a-z]+(?:_[a-z]+)+\\b|\\bpowerquery\\b");

    @Test
    void everyToolServedGivesTheWholeWorkflow() {
        assertThat(ServerInstructions.describe(tool -> true))
                .isEqualTo("Read-only access to a SentinelOne console for security analysis; no tool changes"
                        + " anything. To hunt in telemetry, ask purple_ai in plain language, then run the PowerQuery"
                        + " it returns with powerquery (get_timestamp_range gives the window: offset_time is the"
                        + " start, current_time the end). For triage, list or search alerts, vulnerabilities and"
                        + " misconfigurations, then open one with its get tool and read its notes and history; the"
                        + " inventory tools describe the assets involved. Date filters take epoch milliseconds:"
                        + " convert with iso_to_unix_timestamp, passing the date-time with the user's own UTC offset"
                        + " rather than converting it yourself.");
    }

    @Test
    void onlyServedToolsAreNamedWhateverTheSubset() {
        var random = new Random(20261204);
        for (int round = 0; round < 500; round++) {
            var served = new HashSet<String>();
            TOOLS.stream().filter(tool -> random.nextBoolean()).forEach(served::add);

            var text = ServerInstructions.describe(served::contains);

            var named = new ArrayList<String>();
            var matcher = TOOL_NAME.matcher(text);
            while (matcher.find()) {
                if (TOOLS.contains(matcher.group())) {
                    named.add(matcher.group());
                }
            }
            assertThat(served).as("served %s, text %s", served, text).containsAll(named);
        }
    }

    @Test
    void aSingleFamilyIsNamedAlone() {
        var text = ServerInstructions.describe(tool -> tool.endsWith("alerts") || tool.startsWith("get_alert"));

        assertThat(text)
                .contains("For triage, list or search alerts, then open one")
                .doesNotContain("vulnerabilities", "inventory", "purple_ai", "powerquery");
    }
}
