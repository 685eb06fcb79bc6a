package io.purplemcp.ports.out.inventory;

/**
 * Which slice of a result to read: at most {@code limit} assets (1 to {@value #MAX_LIMIT}) after
 * skipping the first {@code skip} (0 or more). The next page starts at {@code skip + limit}.
 */
public record OffsetPageRequest(int limit, long skip) {

    public static final int MAX_LIMIT = 1000;

    public OffsetPageRequest {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("a page holds 1 to " + MAX_LIMIT + " assets: " + limit);
        }
        if (skip < 0) {
            throw new IllegalArgumentException("a page cannot skip a negative number of assets: " + skip);
        }
    }
}
