package io.purplemcp.bootstrap;

import io.purplemcp.domain.time.TimeTools;
import io.purplemcp.domain.tools.Tool;
import io.purplemcp.domain.tools.ToolRegistry;
import io.purplemcp.ports.telemetry.Telemetry;
import java.time.Clock;
import java.util.ArrayList;

/** The tools this server offers, in the reference's order: the one list every transport serves. */
final class ProductCatalog {

    private ProductCatalog() {}

    static ToolRegistry create(Clock clock, Telemetry telemetry) {
        var tools = new ArrayList<Tool>();
        tools.addAll(TimeTools.all(clock));
        return new ToolRegistry(tools, telemetry);
    }
}
