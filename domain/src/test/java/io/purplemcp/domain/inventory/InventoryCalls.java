package io.purplemcp.domain.inventory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.purplemcp.domain.tools.ToolRegistry;
import io.purplemcp.ports.in.tools.ToolResult;
import io.purplemcp.ports.out.telemetry.Telemetry;
import io.purplemcp.testsupport.tools.CatalogCalls;
import io.purplemcp.testsupport.tools.RecordingCallContext;
import io.purplemcp.testsupport.tools.ToolArgs;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** The inventory tools over a fake, called by name through the registry as the MCP side does. */
final class InventoryCalls {

    static final Instant NOW = Instant.parse("2026-01-15T12:00:00Z");
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    final FakeInventory inventory = new FakeInventory();
    final RecordingCallContext context = new RecordingCallContext();
    private final CatalogCalls calls = new CatalogCalls(new ToolRegistry(
                    InventoryTools.all(inventory, Clock.fixed(NOW, ZoneOffset.UTC), InventoryTools.DEFAULT_TIMEOUT),
                    Telemetry.none()))
            .in(context);

    ToolResult call(String tool, Object... namesAndValues) {
        return calls.call(tool, namesAndValues);
    }

    static ObjectNode structured(ToolResult result) {
        return CatalogCalls.structured(result);
    }

    static String text(ToolResult result) {
        return CatalogCalls.text(result);
    }

    static String failure(ToolResult result) {
        return CatalogCalls.failure(result);
    }

    static JsonNode json(String text) {
        return CatalogCalls.parse(text);
    }

    /** An argument object from alternating names and values, as {@link ToolArgs#of} reads them. */
    static ObjectNode arguments(Object... namesAndValues) {
        return ToolArgs.of(namesAndValues);
    }
}
