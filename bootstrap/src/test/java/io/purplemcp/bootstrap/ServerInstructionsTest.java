package io.purplemcp.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.purplemcp.adapters.sentinelone.ConsoleSettings;
import io.purplemcp.adapters.sentinelone.SentinelOneConsole;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ServerInstructionsTest {

    private static final List<String> TOOLS = everyToolName();
    private static final Pattern TOOL_NAME = Pattern.compile("\\b[a-z]+(?:_[a-z]+)+\\b|\\bpowerquery\\b");

    private static List<String> everyToolName() {
        try (var console = SentinelOneConsole.connect(
                ConsoleSettings.of(URI.create("https://console.example.test"), "token-for-tests", "test", "s"))) {
            return ProductCatalog.byToolset(console, Clock.systemUTC()).values().stream()
                    .flatMap(List::stream)
                    .map(tool -> tool.definition().name())
                    .toList();
        }
    }

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
        assertThat(TOOLS).hasSize(22);
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
