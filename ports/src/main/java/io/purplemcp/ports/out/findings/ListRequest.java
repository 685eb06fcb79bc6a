package io.purplemcp.ports.out.findings;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A page of findings: a plain listing, or a search whose filters all have to match. {@code view} is the
 * family's named view (e.g. {@code ASSIGNED_TO_ME}) where it has views.
 */
public record ListRequest(
        Selection fields, CursorPageRequest page, Optional<String> view, List<Filter> filters, boolean search) {

    private static final Pattern VIEW = Pattern.compile("[A-Z][A-Z0-9_]*");

    public ListRequest {
        Objects.requireNonNull(fields, "fields");
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(view, "view");
        filters = List.copyOf(filters);
        if (view.isPresent() && !VIEW.matcher(view.get()).matches()) {
            throw new IllegalArgumentException("not a view name: " + view.get());
        }
        if (!search && !filters.isEmpty()) {
            throw new IllegalArgumentException("only a search has filters");
        }
    }

    public static ListRequest list(Selection fields, CursorPageRequest page, Optional<String> view) {
        return new ListRequest(fields, page, view, List.of(), false);
    }

    public static ListRequest search(
            Selection fields, CursorPageRequest page, Optional<String> view, List<Filter> filters) {
        return new ListRequest(fields, page, view, filters, true);
    }
}
