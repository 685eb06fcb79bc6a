package io.purplemcp.ports.out.findings;

import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * One page of records. {@code totalCount} is the size of the whole result when the console says;
 * {@code viewIgnored} is true when the request named a view but this console's API has no views, so
 * the page is not narrowed by it.
 */
public record FindingsPage(List<FindingsEdge> edges, PageInfo pageInfo, OptionalLong totalCount, boolean viewIgnored) {

    public FindingsPage {
        edges = List.copyOf(edges);
        Objects.requireNonNull(pageInfo, "pageInfo");
        Objects.requireNonNull(totalCount, "totalCount");
        if (totalCount.isPresent() && totalCount.getAsLong() < 0) {
            throw new IllegalArgumentException("a total count is never negative");
        }
    }

    /** A page with no records and nothing around it. */
    public static FindingsPage empty() {
        return new FindingsPage(List.of(), PageInfo.single(), OptionalLong.empty(), false);
    }
}
