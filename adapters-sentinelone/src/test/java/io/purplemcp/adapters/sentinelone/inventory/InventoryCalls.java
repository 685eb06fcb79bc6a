package io.purplemcp.adapters.sentinelone.inventory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.purplemcp.domain.inventory.InventoryTools;
import io.purplemcp.domain.tools.ToolRegistry;
import io.purplemcp.ports.inventory.AssetInventory;
import io.purplemcp.ports.telemetry.Telemetry;
import io.purplemcp.ports.tools.CallContext;
import io.purplemcp.ports.tools.ToolCall;
import io.purplemcp.ports.tools.ToolResult;
import io.purplemcp.testsupport.tools.ToolArgs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;

/** Runs the inventory tools over an adapter through the registry, as the MCP side would. */
final class InventoryCalls {

    private static final ObjectMapper JSON = new ObjectMapper();

    private InventoryCalls() {}

    static ToolResult call(AssetInventory inventory, String tool, Object... namesAndValues) {
        var registry = new ToolRegistry(InventoryTools.all(inventory, Clock.systemUTC()), Telemetry.none());
        var arguments = ToolArgs.of(namesAndValues);
        try {
            return registry.call(new ToolCall(tool, arguments), CallContext.unobserved());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ObjectNode object(String text) {
        return (ObjectNode) json(text);
    }

    /** The text of a successful call, read back as JSON. */
    static JsonNode answer(ToolResult result) {
        if (!(result instanceof ToolResult.Text text)) {
            throw new AssertionError("expected a text result, got " + result);
        }
        return json(text.text());
    }
}
