package io.purplemcp.sandbox.findings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.purplemcp.sandbox.faults.Phase;
import io.purplemcp.sandbox.graphql.RootResolver;
import io.purplemcp.sandbox.graphql.Schema;
import java.util.List;
import java.util.function.Predicate;

/**
 * One findings GraphQL API as the endpoint serves it: its schema, and root fields resolved from its
 * catalogue and filtered by its filter fields.
 *
 * @param schema the family's schema, possibly an older one (see {@code SandboxOptions.missingSchemaFeatures})
 */
public record FamilyGraph(SandboxFamily family, Schema schema, FindingCatalog catalog, Filters filters) {

    /** The family's filter fields from {@code <many>.fields}. */
    public FamilyGraph(SandboxFamily family, Schema schema, FindingCatalog catalog) {
        this(family, schema, catalog, Filters.load(family.many()));
    }

    /** The API's name in messages: {@code alerts}, {@code vulnerabilities}, {@code misconfigurations}. */
    public String name() {
        return family.many();
    }

    public String path() {
        return family.path();
    }

    public Phase phase(String rootField) {
        return family.phase(rootField);
    }

    public RootResolver resolver() {
        return this::resolve;
    }

    private JsonNode resolve(String field, ObjectNode arguments) {
        var one = family.one();
        var id = arguments.path(one + "Id").asText();
        return switch (family.phase(field)) {
            case LIST ->
                page(
                        catalog.items(),
                        family.many(),
                        arguments,
                        catalog.view(arguments.path("viewType").asText("ALL"))
                                .and(filters.compile(arguments.get("filters"))));
            case NOTES -> family.pagedNotes() ? page(catalog.notes(id), one + "-notes:" + id, arguments) : list(id);
            case HISTORY -> page(catalog.history(id), one + "-history:" + id, arguments);
            default -> field.equals(one) ? catalog.byId(arguments.path("id").asText()) : null;
        };
    }

    private JsonNode list(String id) {
        var list = JsonNodeFactory.instance.objectNode();
        catalog.notes(id).forEach(list.putArray("data")::add);
        return list;
    }

    private static JsonNode page(List<ObjectNode> items, String series, ObjectNode arguments) {
        return page(items, series, arguments, item -> true);
    }

    private static JsonNode page(
            List<ObjectNode> items, String series, ObjectNode arguments, Predicate<JsonNode> matching) {
        return Connections.page(items, matching, series, arguments.get("first"), arguments.get("after"));
    }
}
