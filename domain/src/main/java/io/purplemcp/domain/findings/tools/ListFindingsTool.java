package io.purplemcp.domain.findings.tools;

import io.purplemcp.domain.findings.fields.FieldsArgument;
import io.purplemcp.domain.findings.filters.FiltersArgument;
import io.purplemcp.domain.tools.ConsoleCall;
import io.purplemcp.domain.tools.ToolArguments;
import io.purplemcp.domain.tools.ToolFailure;
import io.purplemcp.ports.in.tools.CallContext;
import io.purplemcp.ports.in.tools.ParameterSpec;
import io.purplemcp.ports.in.tools.ToolResult;
import io.purplemcp.ports.out.findings.Filter;
import io.purplemcp.ports.out.findings.Findings;
import io.purplemcp.ports.out.findings.ListRequest;
import java.util.ArrayList;
import java.util.List;

/** {@code list_<findings>} and {@code search_<findings>}: a page of records, filtered when searching. */
final class ListFindingsTool extends FindingTool {

    private final boolean search;

    ListFindingsTool(FindingFamily family, Findings findings, ConsoleCall console, boolean search) {
        super(
                family,
                findings,
                console,
                (search ? "search_" : "list_") + family.plural(),
                (search ? "Search " : "List ") + family.plural(),
                search ? Descriptions.search(family) : Descriptions.list(family),
                parameters(family, search),
                FindingSchemas.connection());
        this.search = search;
    }

    private static List<ParameterSpec> parameters(FindingFamily family, boolean search) {
        var parameters = new ArrayList<ParameterSpec>();
        if (search) {
            parameters.add(ParameterSpec.nullableString(
                    FiltersArgument.NAME,
                    "A JSON array of filter objects, as a string; all must match (see the description). Omit it,"
                            + " or send '[]', for no filtering."));
        }
        parameters.add(FindingArguments.first(family.plural()));
        parameters.add(FindingArguments.after());
        if (!family.views().isEmpty()) {
            parameters.add(FindingArguments.view(family));
        }
        parameters.add(ParameterSpec.nullableString(
                FieldsArgument.NAME,
                "A JSON array of field names, as a string, e.g. '[\"id\", \"severity\"]': what each "
                        + family.singular() + " contains (see the description). Omit it for the default set."));
        return parameters;
    }

    @Override
    public ToolResult call(ToolArguments arguments, CallContext context) {
        var page = FindingArguments.page(arguments);
        var view = FindingArguments.view(family, arguments);
        List<Filter> filters = search
                ? FiltersArgument.parse(arguments.optionalString(FiltersArgument.NAME), family.filters())
                : List.of();
        var selection = FieldsArgument.selection(arguments.optionalString(FieldsArgument.NAME), family.records());
        var request =
                search ? ListRequest.search(selection, page, view, filters) : ListRequest.list(selection, page, view);
        var failure = "Failed to " + (search ? "search " : "list ") + family.plural();
        var result = send(context, failure, deadline -> findings.list(request, deadline));
        if (result.viewIgnored() && !view.equals(family.defaultView())) {
            throw new ToolFailure(failure + ": this console's " + family.plural() + " API has no view types, so"
                    + " view_type " + view.orElseThrow() + " cannot be applied. Call again with view_type "
                    + family.defaultView().orElseThrow() + (search ? " and narrow the results with filters." : "."));
        }
        var shaped = PageShaper.connection(result, family.records(), selection);
        return new ToolResult.Structured(shaped, shaped.toPrettyString());
    }
}
