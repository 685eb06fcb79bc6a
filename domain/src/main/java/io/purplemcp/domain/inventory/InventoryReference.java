package io.purplemcp.domain.inventory;

import io.purplemcp.domain.time.IsoToUnixTimestampTool;
import io.purplemcp.domain.tools.References;
import java.util.stream.Collectors;

/**
 * The filter reference of search_inventory_items, written from the asset field catalogue and the
 * filter reader's limits, so the field names it offers are exactly those the answers carry.
 */
public final class InventoryReference {

    public static final String URI = References.filters("inventory");

    private InventoryReference() {}

    /** The reference as Markdown. */
    public static String markdown() {
        return "# Filters of the asset inventory\n\n"
                + "Used by " + SearchInventoryItemsTool.NAME + ". `filters` is a JSON object written as a string;"
                + " every criterion must match (AND). Its names are the console's camelCase names, not the"
                + " snake_case keys of the answers: resource_type is filtered as resourceType.\n\n"
                + "## Forms of a criterion\n\n"
                + "| form | matches |\n|---|---|\n"
                + "| `\"field\": [values]` | exactly any of the values (resourceType, assetStatus, category,"
                + " infectionStatus, cloudProvider) |\n"
                + "| `\"field__contains\": [texts]` | contains any of the texts, ignoring case (name,"
                + " cloudProviderAccountName, osName) |\n"
                + "| `\"field__between\": {\"from\": ..., \"to\": ...}` | a range of date-times (lastActiveDt), as"
                + " epoch milliseconds or ISO dates |\n"
                + "| `\"id__in\": [ids]` | these asset ids |\n"
                + "| `\"field__nin\": [values]` | anything but these values (assetStatus, resourceType) |\n\n"
                + "Inventory times are UTC: turn the user's local time into milliseconds with "
                + IsoToUnixTimestampTool.NAME + ", giving it the user's offset; see " + References.TIME_RANGES
                + ". Surfaces cannot be searched here; use " + ListInventoryItemsTool.NAME + " with surface.\n\n"
                + "## Limits\n\n"
                + AssetFiltersArgument.MAX_LENGTH + " characters in all, " + AssetFiltersArgument.MAX_STRING
                + " characters per text, " + AssetFiltersArgument.MAX_ENTRIES
                + " values per criterion, nesting at most "
                + AssetFiltersArgument.MAX_DEPTH + " deep. limit and skip are parameters of the tool, not criteria.\n\n"
                + "## Examples\n\n"
                + "- production servers: `{\"name__contains\": [\"prod\"], \"resourceType\": [\"Windows Server\","
                + " \"Linux Server\"]}`\n"
                + "- active AWS assets: `{\"cloudProvider\": [\"AWS\"], \"assetStatus\": [\"Active\"]}`\n"
                + "- active in January 2024 (UTC): `{\"lastActiveDt__between\": {\"from\": 1704067200000, \"to\":"
                + " 1706745599999}}`\n\n"
                + "## Fields (filter name, answer key)\n\n"
                + AssetFields.ASSET.stream()
                        .map(field -> "- " + field.upstream() + " (" + field.output() + ")")
                        .collect(Collectors.joining("\n"))
                + "\n";
    }
}
