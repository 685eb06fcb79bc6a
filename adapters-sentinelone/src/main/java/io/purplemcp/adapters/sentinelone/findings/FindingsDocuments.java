package io.purplemcp.adapters.sentinelone.findings;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.purplemcp.adapters.sentinelone.graphql.GraphQlRequest;
import io.purplemcp.ports.out.findings.CursorPageRequest;
import io.purplemcp.ports.out.findings.FindingId;
import io.purplemcp.ports.out.findings.ListRequest;
import io.purplemcp.ports.out.findings.Selection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The GraphQL operations of a findings API. A document is fixed text around a {@link Selection}, whose
 * names are GraphQL names by construction; ids, cursors, page sizes, views and filters travel only as
 * variables. {@code missing} names the schema parts the console lacks: they are left out.
 */
final class FindingsDocuments {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String PAGE_INFO = "pageInfo { hasNextPage hasPreviousPage startCursor endCursor }";

    private FindingsDocuments() {}

    static GraphQlRequest get(FindingsApi api, FindingId id, Selection fields, Set<String> missing) {
        var variable = api.recordIdVariable();
        var document = "query Get" + api.type() + "($" + variable + ": ID!) { " + api.record() + "(id: $" + variable
                + ") { " + selection(fields, missing) + " } }";
        return new GraphQlRequest(
                api.name() + " get", document, NODES.objectNode().put(variable, id.value()));
    }

    static GraphQlRequest list(FindingsApi api, ListRequest request, Set<String> missing) {
        boolean view = request.view().isPresent() && api.views() && !missing.contains(FindingsApi.VIEW_TYPE);
        var declarations = new StringBuilder();
        var arguments = new StringBuilder();
        var variables = NODES.objectNode();
        if (request.search()) {
            declarations.append("$filters: [FilterInput!], ");
            arguments.append("filters: $filters, ");
            if (!request.filters().isEmpty()) {
                variables.set("filters", FilterInputs.of(api, request.filters()));
            } else if (api.explicitNulls()) {
                variables.putNull("filters");
            }
        }
        declarations.append("$first: Int!, $after: String");
        arguments.append("first: $first, after: $after");
        page(api, variables, request.page());
        if (view) {
            declarations.append(", $viewType: ViewType");
            arguments.append(", viewType: $viewType");
            variables.put(FindingsApi.VIEW_TYPE, request.view().get());
        }
        var operation = (request.search() ? "Search" : "List") + api.types();
        var document = "query " + operation + "(" + declarations + ") { " + api.records() + "(" + arguments + ") { "
                + connection(request.fields(), missing) + " } }";
        return new GraphQlRequest(api.name() + (request.search() ? " search" : " list"), document, variables);
    }

    static GraphQlRequest notes(FindingsApi api, FindingId id, Selection fields, Optional<CursorPageRequest> page) {
        var argument = api.findingIdArgument();
        var variables = NODES.objectNode().put(argument, id.value());
        String document;
        if (api.pagedNotes()) {
            page.ifPresent(request -> page(api, variables, request));
            document = "query Get" + api.type() + "Notes($" + argument + ": ID!, $first: Int, $after: String) { "
                    + api.notes() + "(" + argument + ": $" + argument + ", first: $first, after: $after) { "
                    + connection(fields, Set.of()) + " } }";
        } else {
            document = "query Get" + api.type() + "Notes($" + argument + ": ID!) { " + api.notes() + "(" + argument
                    + ": $" + argument + ") { data { " + selection(fields, Set.of()) + " } } }";
        }
        return new GraphQlRequest(api.name() + " notes", document, variables);
    }

    static GraphQlRequest history(FindingsApi api, FindingId id, Selection fields, CursorPageRequest page) {
        var argument = api.findingIdArgument();
        var variables = NODES.objectNode().put(argument, id.value());
        page(api, variables, page);
        var document = "query Get" + api.type() + "History($" + argument + ": ID!, $first: Int!, $after: String) { "
                + api.history() + "(" + argument + ": $" + argument + ", first: $first, after: $after) { "
                + connection(fields, Set.of()) + " } }";
        return new GraphQlRequest(api.name() + " history", document, variables);
    }

    /** The schema parts of {@code fields} that an older console may lack. */
    static Set<String> optionalFieldsIn(FindingsApi api, Selection fields) {
        return fields.items().stream()
                .filter(item -> item instanceof Selection.Field field
                        && api.optionalFields().contains(field.name()))
                .map(item -> ((Selection.Field) item).name())
                .collect(Collectors.toUnmodifiableSet());
    }

    private static void page(FindingsApi api, ObjectNode variables, CursorPageRequest page) {
        variables.put("first", page.first());
        if (page.after().isPresent()) {
            variables.put("after", page.after().get());
        } else if (api.explicitNulls()) {
            variables.putNull("after");
        }
    }

    private static String connection(Selection fields, Set<String> missing) {
        return "edges { node { " + selection(fields, missing) + " } cursor } " + PAGE_INFO + " totalCount";
    }

    /** {@code id severity asset { id name }}, leaving out the top-level fields in {@code missing}. */
    static String selection(Selection fields, Set<String> missing) {
        return join(fields.items().stream()
                .filter(item -> !(item instanceof Selection.Field field && missing.contains(field.name())))
                .toList());
    }

    private static String join(List<Selection.Item> items) {
        return items.stream().map(FindingsDocuments::render).collect(Collectors.joining(" "));
    }

    private static String render(Selection.Item item) {
        if (item instanceof Selection.OnType member) {
            return "... on " + member.typeName() + " { " + join(member.children()) + " }";
        }
        var field = (Selection.Field) item;
        return field.children().isEmpty() ? field.name() : field.name() + " { " + join(field.children()) + " }";
    }
}
