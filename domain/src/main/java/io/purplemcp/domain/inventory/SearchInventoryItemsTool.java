package io.purplemcp.domain.inventory;

import io.purplemcp.domain.tools.Tool;
import io.purplemcp.domain.tools.ToolArguments;
import io.purplemcp.ports.inventory.AssetInventory;
import io.purplemcp.ports.tools.CallContext;
import io.purplemcp.ports.tools.ParameterSpec;
import io.purplemcp.ports.tools.ResultShape;
import io.purplemcp.ports.tools.ToolDefinition;
import io.purplemcp.ports.tools.ToolHints;
import io.purplemcp.ports.tools.ToolResult;
import java.util.List;
import java.util.Objects;

/** {@code search_inventory_items}: a page of the assets that match the console's filter criteria. */
final class SearchInventoryItemsTool implements Tool {

    static final String NAME = "search_inventory_items";
    static final String FILTERS = "filters";

    private static final String DESCRIPTION = "Finds assets of the SentinelOne asset inventory by criteria such as"
            + " name, type, status, cloud provider, tags or last activity. Every criterion must match (AND)."
            + " Surfaces cannot be searched here; use list_inventory_items with surface for that.\n\n"
            + "filters is a JSON object written as a string, e.g. '{\"resourceType\": [\"Windows Server\"],"
            + " \"assetStatus\": [\"Active\"]}'. Its field names are the console's camelCase names, not the"
            + " snake_case keys of the answers: resource_type is filtered as resourceType, asset_status as"
            + " assetStatus, last_active_dt as lastActiveDt, cloud_provider_account_name as"
            + " cloudProviderAccountName. Forms of a criterion:\n"
            + "- \"field\": [values]: exact match with any of the values (resourceType, assetStatus, category,"
            + " infectionStatus, cloudProvider);\n"
            + "- \"field__contains\": [texts]: contains any of the texts, ignoring case (name,"
            + " cloudProviderAccountName, osName);\n"
            + "- \"field__between\": {\"from\": ..., \"to\": ...}: a range of date-times (lastActiveDt), as epoch"
            + " milliseconds or ISO dates. Inventory times are UTC: turn the user's local time into milliseconds"
            + " with iso_to_unix_timestamp, giving it the user's offset (2024-01-01T00:00:00-05:00 gives"
            + " 1704085200000);\n"
            + "- \"id__in\": [ids]: these asset ids; \"field__nin\": [values]: anything but these values"
            + " (assetStatus, resourceType).\n"
            + "Examples: production servers {\"name__contains\": [\"prod\"], \"resourceType\": [\"Windows Server\","
            + " \"Linux Server\"]}; active AWS assets {\"cloudProvider\": [\"AWS\"], \"assetStatus\": [\"Active\"]};"
            + " endpoints active in January 2024 (UTC) {\"lastActiveDt__between\": {\"from\": 1704067200000, \"to\":"
            + " 1706745599999}}.\n"
            + "Limits: filters at most 65536 characters, each text at most 1024 characters, at most 100 values per"
            + " criterion. limit and skip are parameters of this tool, not criteria. Omit filters (or pass null or"
            + " \"{}\") to match every asset.\n\n"
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
            ResultShape.text(),
            ToolHints.consoleRead());

    private final AssetInventory inventory;
    private final InventoryRequests requests;

    SearchInventoryItemsTool(AssetInventory inventory, InventoryRequests requests) {
        this.inventory = Objects.requireNonNull(inventory, "inventory");
        this.requests = Objects.requireNonNull(requests, "requests");
    }

    @Override
    public ToolDefinition definition() {
        return DEFINITION;
    }

    @Override
    public ToolResult call(ToolArguments arguments, CallContext context) {
        var page = InventoryRequests.page(arguments);
        var filter = FiltersArgument.parse(arguments.optionalString(FILTERS));
        var assets = requests.send(
                context,
                "Failed to search inventory items",
                failure -> InventoryFailures.explainSearch(failure, filter),
                deadline -> inventory.search(filter, page, deadline));
        return new ToolResult.Text(PrettyJson.write(AssetShape.page(assets)));
    }
}
