package io.purplemcp.domain.inventory;

import io.purplemcp.domain.tools.ConsoleCall;
import io.purplemcp.domain.tools.ItemId;
import io.purplemcp.domain.tools.ToolArguments;
import io.purplemcp.ports.in.tools.CallContext;
import io.purplemcp.ports.in.tools.ParameterSpec;
import io.purplemcp.ports.in.tools.ToolDefinition;
import io.purplemcp.ports.in.tools.ToolHints;
import io.purplemcp.ports.in.tools.ToolResult;
import io.purplemcp.ports.out.inventory.AssetId;
import io.purplemcp.ports.out.inventory.AssetInventory;
import java.util.List;

/** {@code get_inventory_item}: one asset of the inventory by its id. */
final class GetInventoryItemTool extends InventoryTool {

    static final String NAME = "get_inventory_item";
    static final String ITEM_ID = "item_id";
    /** The answer when no asset has the id: the JSON literal, as the reference answers. */
    static final String NOT_FOUND = "null";

    private static final String DESCRIPTION = "Returns one asset of the SentinelOne asset inventory by its id: a"
            + " computer, server, workstation, cloud resource, identity (Active Directory or Entra ID entity) or"
            + " network device, with its details, cloud information, agent, tags and notes. Take the id from the"
            + " id key of an asset that list_inventory_items or search_inventory_items returned.\n\n"
            + "The answer is the asset as a JSON object, or the text null when no asset has that id. "
            + AssetDescriptions.ASSET + "\n\n" + AssetDescriptions.FAILURES;

    private static final ToolDefinition DEFINITION = new ToolDefinition(
            NAME,
            "Get an inventory asset",
            DESCRIPTION,
            List.of(ParameterSpec.requiredString(
                    ITEM_ID,
                    "The asset's id, e.g. '1f0c3e6a-9b7d-4e2a-8c55-7a1d2b3c4d5e'; surrounding whitespace is"
                            + " ignored.")),
            InventorySchemas.single(),
            ToolHints.consoleRead());

    GetInventoryItemTool(AssetInventory inventory, ConsoleCall console) {
        super(DEFINITION, inventory, console);
    }

    @Override
    public ToolResult call(ToolArguments arguments, CallContext context) {
        var id = new AssetId(ItemId.parse(ITEM_ID, arguments.string(ITEM_ID)).value());
        var asset = send(
                context,
                "Failed to retrieve inventory item " + id,
                InventoryFailures::explain,
                deadline -> inventory.asset(id, deadline));
        var shaped = asset.map(AssetShape::asset);
        // The text stays the bare asset (or null), as the reference prints it.
        return ToolResult.Structured.wrapping(InventorySchemas.ASSET, shaped, PrettyJson::write, NOT_FOUND);
    }
}
