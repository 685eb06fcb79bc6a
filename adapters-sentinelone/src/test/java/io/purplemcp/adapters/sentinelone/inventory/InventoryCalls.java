package io.purplemcp.adapters.sentinelone.inventory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.purplemcp.domain.inventory.InventoryTools;
import io.purplemcp.domain.tools.ToolRegistry;
import io.purplemcp.ports.in.tools.ToolResult;
import io.purplemcp.ports.out.inventory.AssetInventory;
import io.purplemcp.ports.out.telemetry.Telemetry;
import io.purplemcp.testsupport.tools.CatalogCalls;
import java.time.Clock;

/** Runs the inventory tools over an adapter through the registry, as the MCP side would. */
final class InventoryCalls {

    private InventoryCalls() {}

    static ToolResult call(AssetInventory inventory, String tool, Object... namesAndValues) {
        var registry = new ToolRegistry(
                InventoryTools.all(inventory, Clock.systemUTC(), InventoryTools.DEFAULT_TIMEOUT), Telemetry.none());
        return new CatalogCalls(registry).call(tool, namesAndValues);
    }

    static JsonNode json(String text) {
        return CatalogCalls.parse(text);
    }

    static ObjectNode object(String text) {
        return (ObjectNode) json(text);
    }

    /** The text of a successful call, read back as JSON. */
    static JsonNode answer(ToolResult result) {
        return json(CatalogCalls.text(result));
    }
}
