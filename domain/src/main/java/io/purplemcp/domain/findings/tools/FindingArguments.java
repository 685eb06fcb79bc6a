package io.purplemcp.domain.findings.tools;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.purplemcp.domain.tools.InvalidArgument;
import io.purplemcp.domain.tools.ItemId;
import io.purplemcp.domain.tools.ToolArguments;
import io.purplemcp.ports.in.tools.ParameterSpec;
import io.purplemcp.ports.in.tools.ParameterType;
import io.purplemcp.ports.out.findings.CursorPageRequest;
import io.purplemcp.ports.out.findings.FindingId;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;

/** The parameters the findings tools share, and how their values are checked. */
final class FindingArguments {

    static final String FIRST = "first";
    static final String AFTER = "after";
    static final String VIEW_TYPE = "view_type";
    static final int DEFAULT_FIRST = 10;
    static final int MAX_CURSOR_LENGTH = 4096;

    private FindingArguments() {}

    static ParameterSpec id(FindingFamily family) {
        return ParameterSpec.requiredString(
                family.idParameter(),
                "The " + family.singular() + "'s id, e.g. the id of " + family.aSingular() + " from list_"
                        + family.plural() + " or search_" + family.plural() + ". Surrounding whitespace is ignored.");
    }

    static ParameterSpec first(String what) {
        return ParameterSpec.integer(
                FIRST,
                DEFAULT_FIRST,
                "How many " + what + " to return in this page: " + CursorPageRequest.MIN_FIRST + " to "
                        + CursorPageRequest.MAX_FIRST + " (default " + DEFAULT_FIRST + ").");
    }

    /** Notes as the reference asks for them: no {@code first} unless the caller gives one. */
    static ParameterSpec notesFirst() {
        return new ParameterSpec(
                FIRST,
                ParameterType.INTEGER,
                false,
                true,
                JsonNodeFactory.instance.nullNode(),
                List.of(),
                "How many notes to return in this page: " + CursorPageRequest.MIN_FIRST + " to "
                        + CursorPageRequest.MAX_FIRST + ". Omitted, the console's own page size; " + DEFAULT_FIRST
                        + " when after is given.");
    }

    static ParameterSpec after() {
        return ParameterSpec.nullableString(
                AFTER,
                "The page_info.end_cursor of the previous page, to get the page after it; omit it for the first"
                        + " page. Sent exactly as given.");
    }

    static ParameterSpec view(FindingFamily family) {
        var names = family.views().stream().map(FindingFamily.View::name).toList();
        var meanings = new StringBuilder("Which ").append(family.plural()).append(" to include: ");
        family.views()
                .forEach(view -> meanings.append(view.name())
                        .append(" (")
                        .append(view.meaning())
                        .append("), "));
        meanings.setLength(meanings.length() - 2);
        return ParameterSpec.choice(
                VIEW_TYPE,
                family.defaultView().orElseThrow(),
                names,
                meanings.append(". Case-sensitive.").toString());
    }

    /** The checked id: trimmed, 1 to 256 printable characters. */
    static FindingId id(FindingFamily family, ToolArguments arguments) {
        var name = family.idParameter();
        return new FindingId(ItemId.parse(name, arguments.string(name)).value());
    }

    static CursorPageRequest page(ToolArguments arguments) {
        return page(arguments.exactInteger(FIRST), arguments);
    }

    /**
     * Empty when the caller gave neither {@code first} nor {@code after}, so the console's page size applies;
     * a cursor alone pages by the default size.
     */
    static Optional<CursorPageRequest> notesPage(ToolArguments arguments) {
        var first = arguments.optionalExactInteger(FIRST);
        if (first.isEmpty() && arguments.optionalString(AFTER).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(page(first.orElse(BigInteger.valueOf(DEFAULT_FIRST)), arguments));
    }

    private static CursorPageRequest page(BigInteger first, ToolArguments arguments) {
        if (first.compareTo(BigInteger.valueOf(CursorPageRequest.MIN_FIRST)) < 0
                || first.compareTo(BigInteger.valueOf(CursorPageRequest.MAX_FIRST)) > 0) {
            throw new InvalidArgument("first must be between " + CursorPageRequest.MIN_FIRST + " and "
                    + CursorPageRequest.MAX_FIRST + ", got " + first + ".");
        }
        var after = arguments.optionalString(AFTER);
        if (after.isPresent() && after.get().isBlank()) {
            throw new InvalidArgument("The after cursor cannot be empty: pass the end_cursor of the previous page, or"
                    + " omit after for the first page.");
        }
        if (after.isPresent() && after.get().length() > MAX_CURSOR_LENGTH) {
            throw new InvalidArgument(
                    "The after cursor is too long: " + after.get().length() + " characters, at most "
                            + MAX_CURSOR_LENGTH + ". Pass page_info.end_cursor unchanged.");
        }
        return new CursorPageRequest(first.intValueExact(), after);
    }

    static Optional<String> view(FindingFamily family, ToolArguments arguments) {
        return family.views().isEmpty() ? Optional.empty() : Optional.of(arguments.string(VIEW_TYPE));
    }
}
