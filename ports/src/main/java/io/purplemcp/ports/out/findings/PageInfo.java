package io.purplemcp.ports.out.findings;

import java.util.Objects;
import java.util.Optional;

/** Where a page stands: whether more records follow or precede it, and its first and last cursors. */
public record PageInfo(
        boolean hasNextPage, boolean hasPreviousPage, Optional<String> startCursor, Optional<String> endCursor) {

    public PageInfo {
        Objects.requireNonNull(startCursor, "startCursor");
        Objects.requireNonNull(endCursor, "endCursor");
    }

    /** A page with nothing before or after it. */
    public static PageInfo single() {
        return new PageInfo(false, false, Optional.empty(), Optional.empty());
    }
}
