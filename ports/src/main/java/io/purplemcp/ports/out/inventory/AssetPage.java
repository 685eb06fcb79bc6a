package io.purplemcp.ports.out.inventory;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of assets as the console sent them, in its order, and what it said about the whole result.
 *
 * <p>Items are normally JSON objects, but an odd item is passed on as it came rather than failing
 * the page. The list is unmodifiable; the nodes are shared, not copied (a page can hold a thousand
 * assets), and must not be modified.
 *
 * @param pagination empty when the console sent no pagination details
 */
public record AssetPage(List<JsonNode> items, Optional<Pagination> pagination) {

    public AssetPage {
        items = List.copyOf(items);
        Objects.requireNonNull(pagination, "pagination");
    }
}
