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

/** {@code search_inventory_items}: a page of the assets that match the console's filter criteria. */
final class SearchInventoryItemsTool extends InventoryTool {

    static final String NAME = "search_inventory_items";
    static final String FILTERS = "filters";

    private static final String DESCRIPTION = "Finds assets of the SentinelOne asset inventory by criteria such as"
            + " name, type, status, cloud provider, tags or last activity. Every criterion must match (AND)."
            + " Surfaces cannot be searched here; use list_inventory_items with surface for that.\n\n"
            + "filters is a JSON object written as a string, e.g. '{\"resourceType\": [\"Windows Server\"],"
            + " \"assetStatus\": [\"Active\"]}', with the console's camelCase names (resourceType, not"
            + " resource_type). Criteria: \"field\": [values] (any of), \"field__contains\": [texts],"
            + " \"field__between\": {\"from\", \"to\"} (UTC epoch milliseconds), \"id__in\", \"field__nin\"."
            + " Omit filters (or pass null or \"{}\") to match every asset. Read the resource "
            + InventoryReference.URI + " for the field names, the forms, limits and examples.\n\n"
            + AssetDescriptions.PAGE + " No match is an empty data list.\n\n" + AssetDescriptions.FAILURES;

    private static final ToolDefinition DEFINITION = new ToolDefinition(
            NAME,
            "Search inventory assets",
            DESCRIPTION,
            List.of(
                    ParameterSpec.nullableString(
                            FILTERS,
                            "The criteria as a JSON object in a string, with camelCase field names, e.g."
                                    + " '{\"assetStatus\": [\"Active\"], \"name__contains\": [\"web\"]}'. Null or"
                                    + " omitted for no criteria."),
                    ParameterSpec.integer(
                            InventoryRequests.LIMIT, InventoryRequests.DEFAULT_LIMIT, AssetDescriptions.LIMIT),
                    ParameterSpec.integer(InventoryRequests.SKIP, 0, AssetDescriptions.SKIP)),
            InventorySchemas.page(),
            ToolHints.consoleRead());

    SearchInventoryItemsTool(AssetInventory inventory, ConsoleCall console) {
        super(DEFINITION, inventory, console);
    }

    @Override
    public ToolResult call(ToolArguments arguments, CallContext context) {
        var page = InventoryRequests.page(arguments);
        var filter = AssetFiltersArgument.parse(arguments.optionalString(FILTERS));
        return page(send(
                context,
                "Failed to search inventory items",
                failure -> InventoryFailures.explainSearch(failure, filter),
                deadline -> inventory.search(filter, page, deadline)));
    }
}
