package io.purplemcp.bootstrap;

import io.purplemcp.adapters.sentinelone.ConsoleSettings;
import io.purplemcp.adapters.sentinelone.SentinelOneConsole;
import io.purplemcp.bootstrap.config.ToolSelection;
import java.net.URI;
import java.time.Clock;
import java.util.Set;
import java.util.TreeSet;

/** The {@code --list-tools} text: each served tool with its toolset and title, one per line. */
final class ToolList {

    // Tools only reach the console when called, and this listing calls none: no credentials are needed.
    private static final URI NO_CONSOLE = URI.create("https://console.invalid");

    private ToolList() {}

    /** The names of the tools {@code selection} serves: the closed set of tool labels for metrics. */
    static Set<String> names(ToolSelection selection, String version) {
        var names = new TreeSet<String>();
        try (var console = SentinelOneConsole.connect(ConsoleSettings.of(NO_CONSOLE, "list-tools", version, "-"))) {
            ProductCatalog.byToolset(console, Clock.systemUTC())
                    .forEach((toolset, tools) -> tools.stream()
                            .map(tool -> tool.definition().name())
                            .filter(name -> selection.serves(toolset, name))
                            .forEach(names::add));
        }
        return names;
    }

    static String render(ToolSelection selection, String version) {
        var text = new StringBuilder();
        int served = 0;
        try (var console = SentinelOneConsole.connect(ConsoleSettings.of(NO_CONSOLE, "list-tools", version, "-"))) {
            for (var entry :
                    ProductCatalog.byToolset(console, Clock.systemUTC()).entrySet()) {
                for (var tool : entry.getValue()) {
                    var definition = tool.definition();
                    if (selection.serves(entry.getKey(), definition.name())) {
                        text.append(String.format(
                                "%-18s %-34s %s%n", entry.getKey().wireName(), definition.name(), definition.title()));
                        served++;
                    }
                }
            }
        }
        return String.format("%-18s %-34s %s%n", "TOOLSET", "TOOL", "TITLE") + text + served + " tools";
    }
}
