package io.purplemcp.domain.inventory;

import io.purplemcp.domain.tools.ConsoleCall;
import io.purplemcp.domain.tools.ToolArguments;
import io.purplemcp.ports.in.tools.CallContext;
import io.purplemcp.ports.in.tools.ParameterSpec;
import io.purplemcp.ports.in.tools.ToolDefinition;
import io.purplemcp.ports.in.tools.ToolHints;
import io.purplemcp.ports.in.tools.ToolResult;
import io.purplemcp.ports.out.inventory.AssetInventory;
import java.util.List;

/** {@code list_inventory_items}: a page of the inventory, optionally of one surface. */
final class ListInventoryItemsTool extends InventoryTool {

    static final String NAME = "list_inventory_items";

    private static final String DESCRIPTION = "Lists the assets of the SentinelOne asset inventory a page at a"
            + " time: computers, servers, workstations, cloud resources, identities and network devices.\n\n"
            + "surface limits the list to one part of the estate: ENDPOINT (agents: workstations, servers,"
            + " computers), CLOUD (AWS, Azure and Google Cloud resources), IDENTITY (Active Directory and Entra ID"
            + " entities), NETWORK_DISCOVERY (devices found by network discovery, Ranger). Leave it out for every"
            + " surface. To find assets by name, type, status, tags or activity, use search_inventory_items.\n\n"
            + AssetDescriptions.PAGE + "\n\n" + AssetDescriptions.FAILURES;

    private static final ToolDefinition DEFINITION = new ToolDefinition(
            NAME,
            "List inventory assets",
            DESCRIPTION,
            List.of(
                    ParameterSpec.integer(
                            InventoryRequests.LIMIT, InventoryRequests.DEFAULT_LIMIT, AssetDescriptions.LIMIT),
                    ParameterSpec.integer(InventoryRequests.SKIP, 0, AssetDescriptions.SKIP),
                    ParameterSpec.nullableString(
                            InventoryRequests.SURFACE,
                            "Only assets of this surface: ENDPOINT, CLOUD, IDENTITY or NETWORK_DISCOVERY, in"
                                    + " capitals. Null or omitted for every surface.")),
            InventorySchemas.page(),
            ToolHints.consoleRead());

    ListInventoryItemsTool(AssetInventory inventory, ConsoleCall console) {
        super(DEFINITION, inventory, console);
    }

    @Override
    public ToolResult call(ToolArguments arguments, CallContext context) {
        var page = InventoryRequests.page(arguments);
        var surface = InventoryRequests.surface(arguments);
        return page(send(
                context,
                "Failed to list inventory items",
                InventoryFailures::explain,
                deadline -> inventory.list(page, surface, deadline)));
    }
}
