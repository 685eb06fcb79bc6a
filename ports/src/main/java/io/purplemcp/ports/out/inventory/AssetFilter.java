package io.purplemcp.ports.out.inventory;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;

/**
 * Search criteria in the console's own filter language, passed through unchanged: each member names a
 * camelCase asset field, optionally with an operator suffix ({@code name__contains},
 * {@code lastActiveDt__between}, {@code id__in}, {@code assetStatus__nin}), and holds the values to
 * match. Every member must match. The page is not part of the criteria: {@code limit} and
 * {@code skip} members are refused, they come from the {@link OffsetPageRequest}.
 *
 * <p>The criteria are copied in and out, so a filter never changes after it was built.
 */
public record AssetFilter(ObjectNode criteria) {

    public AssetFilter {
        criteria = Objects.requireNonNull(criteria, "criteria").deepCopy();
        if (criteria.has("limit") || criteria.has("skip")) {
            throw new IllegalArgumentException("the page (limit, skip) is not a filter criterion");
        }
    }

    /** No criteria: every asset matches. */
    public static AssetFilter none() {
        return new AssetFilter(JsonNodeFactory.instance.objectNode());
    }

    @Override
    public ObjectNode criteria() {
        return criteria.deepCopy();
    }
}
