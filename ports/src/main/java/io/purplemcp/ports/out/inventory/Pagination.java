package io.purplemcp.ports.out.inventory;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * What the console said about a paged result: how many assets match in all, and the page it returned.
 * Each value is empty when the console did not state it (or stated something that is not a whole number).
 */
public record Pagination(OptionalLong totalCount, OptionalLong limit, OptionalLong skip) {

    public Pagination {
        Objects.requireNonNull(totalCount, "totalCount");
        Objects.requireNonNull(limit, "limit");
        Objects.requireNonNull(skip, "skip");
    }
}
