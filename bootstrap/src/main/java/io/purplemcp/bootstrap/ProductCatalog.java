package io.purplemcp.bootstrap;

import io.purplemcp.adapters.sentinelone.SentinelOneConsole;
import io.purplemcp.domain.findings.FindingsTools;
import io.purplemcp.domain.inventory.InventoryTools;
import io.purplemcp.domain.powerquery.PowerQueryTools;
import io.purplemcp.domain.purpleai.PurpleAiTools;
import io.purplemcp.domain.time.TimeTools;
import io.purplemcp.domain.tools.Tool;
import io.purplemcp.domain.tools.ToolRegistry;
import io.purplemcp.ports.telemetry.Telemetry;
import java.time.Clock;
import java.util.ArrayList;

/** The tools this server offers, in the reference's order: the one list every transport serves. */
final class ProductCatalog {

    private ProductCatalog() {}

    static ToolRegistry create(SentinelOneConsole console, Clock clock, Telemetry telemetry) {
        var tools = new ArrayList<Tool>();
        tools.addAll(PurpleAiTools.all(console.purpleAi(), clock));
        tools.addAll(PowerQueryTools.all(console.dataLake(), console.sleeper(), clock));
        tools.addAll(TimeTools.all(clock));
        tools.addAll(
                FindingsTools.all(console.alerts(), console.misconfigurations(), console.vulnerabilities(), clock));
        tools.addAll(InventoryTools.all(console.inventory(), clock));
        return new ToolRegistry(tools, telemetry);
    }
}
