package io.purplemcp.bootstrap;

import io.purplemcp.adapters.sentinelone.SentinelOneConsole;
import io.purplemcp.bootstrap.config.ToolSelection;
import io.purplemcp.bootstrap.config.Toolset;
import io.purplemcp.domain.findings.FindingsTools;
import io.purplemcp.domain.inventory.InventoryTools;
import io.purplemcp.domain.powerquery.PowerQueryTools;
import io.purplemcp.domain.purpleai.PurpleAiTools;
import io.purplemcp.domain.time.TimeTools;
import io.purplemcp.domain.tools.Tool;
import io.purplemcp.domain.tools.ToolRegistry;
import io.purplemcp.ports.out.telemetry.Telemetry;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The tools this server offers, in the reference's order: the one list every transport serves. */
final class ProductCatalog {

    private ProductCatalog() {}

    static ToolRegistry create(SentinelOneConsole console, Clock clock, Telemetry telemetry) {
        return create(console, clock, telemetry, ToolSelection.everything());
    }

    /**
     * Only the tools the operator chose; a tool left out is unknown to clients.
     *
     * @throws IllegalArgumentException when the selection names a tool that does not exist, or serves none
     */
    static ToolRegistry create(SentinelOneConsole console, Clock clock, Telemetry telemetry, ToolSelection selection) {
        var all = byToolset(console, clock);
        var known = all.values().stream()
                .flatMap(List::stream)
                .map(tool -> tool.definition().name())
                .collect(Collectors.toSet());
        var unknown = selection.unknownTools(known);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("unknown tool "
                    + unknown.stream().map(name -> "'" + name + "'").collect(Collectors.joining(", "))
                    + "; the tools are " + known.stream().sorted().collect(Collectors.joining(", ")) + ".");
        }
        var served = new ArrayList<Tool>();
        all.forEach((toolset, tools) -> tools.stream()
                .filter(tool -> selection.serves(toolset, tool.definition().name()))
                .forEach(served::add));
        if (served.isEmpty()) {
            throw new IllegalArgumentException("the tool selection leaves no tool to serve.");
        }
        return new ToolRegistry(served, telemetry);
    }

    /** Every tool, grouped by toolset in the reference's order. */
    static Map<Toolset, List<Tool>> byToolset(SentinelOneConsole console, Clock clock) {
        var tools = new LinkedHashMap<Toolset, List<Tool>>();
        for (var toolset : Toolset.values()) {
            tools.put(
                    toolset,
                    switch (toolset) {
                        case PURPLE_AI -> PurpleAiTools.all(console.purpleAi(), clock, PurpleAiTools.DEFAULT_TIMEOUT);
                        case POWERQUERY -> PowerQueryTools.all(console.dataLake(), console.sleeper(), clock);
                        case TIME -> TimeTools.all(clock);
                        case ALERTS -> FindingsTools.alerts(console.alerts(), clock, FindingsTools.DEFAULT_TIMEOUT);
                        case MISCONFIGURATIONS ->
                            FindingsTools.misconfigurations(
                                    console.misconfigurations(), clock, FindingsTools.DEFAULT_TIMEOUT);
                        case VULNERABILITIES ->
                            FindingsTools.vulnerabilities(
                                    console.vulnerabilities(), clock, FindingsTools.DEFAULT_TIMEOUT);
                        case INVENTORY ->
                            InventoryTools.all(console.inventory(), clock, InventoryTools.DEFAULT_TIMEOUT);
                    });
        }
        return tools;
    }
}
