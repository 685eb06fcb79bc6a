package io.purplemcp.domain.inventory;

import io.purplemcp.domain.tools.UpstreamFailures;
import io.purplemcp.ports.out.inventory.AssetFilter;
import io.purplemcp.ports.out.upstream.UpstreamFailure;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The sentence a failed inventory call ends with: {@link UpstreamFailures#inReferenceWords}, with what a missing
 * inventory and a refused search mean here.
 */
final class InventoryFailures {

    private static final Map<String, String> UPSTREAM_BY_OUTPUT_KEY = AssetFields.ASSET.stream()
            .filter(field -> !field.output().equals(field.upstream()))
            .collect(Collectors.toUnmodifiableMap(AssetFields.Field::output, AssetFields.Field::upstream));

    private InventoryFailures() {}

    static String explain(UpstreamFailure failure) {
        if (failure instanceof UpstreamFailure.ClientError client && client.status() == 404) {
            return "Inventory resource not found (HTTP 404)" + UpstreamFailures.detail(failure)
                    + ". The console has no asset inventory at the configured endpoint.";
        }
        return UpstreamFailures.inReferenceWords(failure, "read the asset inventory", "fewer assets");
    }

    /**
     * As {@link #explain}, and when the console refused a search whose criteria use the snake_case keys of
     * the answers, a reminder that filters take the console's camelCase names.
     */
    static String explainSearch(UpstreamFailure failure, AssetFilter filter) {
        var explanation = explain(failure);
        if (!(failure instanceof UpstreamFailure.ClientError client) || client.status() == 404) {
            return explanation;
        }
        var renames = new LinkedHashSet<String>();
        for (var names = filter.criteria().fieldNames(); names.hasNext(); ) {
            var name = names.next();
            int operator = name.indexOf("__");
            var field = operator < 0 ? name : name.substring(0, operator);
            var upstream = UPSTREAM_BY_OUTPUT_KEY.get(field);
            if (upstream != null) {
                renames.add(upstream + " instead of " + field);
            }
        }
        if (renames.isEmpty()) {
            return explanation;
        }
        return explanation + " Filters take the console's camelCase field names, not the snake_case keys of the"
                + " answers: use " + String.join(", ", renames) + ".";
    }
}
