package io.purplemcp.ports.out.findings;

import java.util.Objects;
import java.util.Optional;

/**
 * Which page to read: at most {@code first} records ({@value #MIN_FIRST}-{@value #MAX_FIRST}) after the
 * opaque cursor {@code after} (from the first record when empty). The cursor is sent exactly as given.
 */
public record CursorPageRequest(int first, Optional<String> after) {

    public static final int MIN_FIRST = 1;
    public static final int MAX_FIRST = 100;

    public CursorPageRequest {
        Objects.requireNonNull(after, "after");
        if (first < MIN_FIRST || first > MAX_FIRST) {
            throw new IllegalArgumentException("first must be between " + MIN_FIRST + " and " + MAX_FIRST);
        }
        if (after.isPresent() && after.get().isBlank()) {
            throw new IllegalArgumentException("a cursor is never blank");
        }
    }

    public static CursorPageRequest first(int first) {
        return new CursorPageRequest(first, Optional.empty());
    }
}
