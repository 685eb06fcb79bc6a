package io.purplemcp.domain.findings.tools;

import io.purplemcp.domain.findings.fields.FieldCatalog;
import io.purplemcp.domain.findings.fields.FieldSpec;
import io.purplemcp.domain.findings.fields.FieldsArgument;
import io.purplemcp.domain.findings.filters.FilterDialect;
import io.purplemcp.domain.findings.filters.FiltersArgument;
import io.purplemcp.domain.tools.References;
import io.purplemcp.ports.out.findings.FilterOperator;
import io.purplemcp.ports.out.findings.Selection;
import java.util.stream.Collectors;

/**
 * The filter and field reference of one findings family, written from its catalogs and filter dialect
 * so it always matches what the tools accept: the document the search and list descriptions point to.
 */
public final class FamilyReference {

    private FamilyReference() {}

    public static String uri(FindingFamily family) {
        return References.filters(family.plural());
    }

    /** The reference as Markdown. */
    public static String markdown(FindingFamily family) {
        return "# Filters and fields of " + family.plural() + "\n\n"
                + "Used by search_" + family.plural() + " (filters and fields) and list_" + family.plural()
                + " (fields).\n\n" + filters(family) + "\n\n" + fields(family) + "\n";
    }

    private static String filters(FindingFamily family) {
        var guidance = family.guidance();
        var dialect = family.filters();
        var types = dialect.operators();
        return "## Filters\n\n"
                + "`filters` is a JSON array of filter objects, written as a string; every filter must match. A"
                + " filter is `{\"fieldId\": <field>, \"filterType\": <type>, ...the keys of its type}`, with"
                + " `\"isNegated\": true` to invert it.\n\n"
                + "| filterType | keys |\n|---|---|\n"
                + types.stream()
                        .sorted()
                        .map(type -> "| " + FilterDialect.typeName(type) + " | " + keys(type) + " |\n")
                        .collect(Collectors.joining())
                + (dialect.operator("fulltext_in").isPresent()
                        ? ""
                        : "\nThe " + dialect.apiName() + " API has no fulltext_in.\n")
                + "\nA range needs at least one of start and end. Right: `\"filterType\": \"string_in\"`; wrong:"
                + " `\"IN\"` or `\"EQUALS\"`. Right: `\"fieldId\": \"status\"`; wrong: `\"status.value\"`.\n\n"
                + "### Field ids\n\nField ids are flat camelCase names, never dotted paths. " + guidance.fieldIds()
                + (guidance.filterNotes().isEmpty() ? "" : "\n\n" + guidance.filterNotes()) + "\n\n"
                + "### Times\n\nDatetime values are UTC epoch milliseconds, as numbers or numeric strings. Convert an"
                + " ISO datetime with the iso_to_unix_timestamp tool first: 2024-10-30T08:00:00-04:00 becomes"
                + " \"1730289600000\" (see " + References.TIME_RANGES
                + "). Numbers below 100000000000 look like seconds and are refused, and so"
                + " are numbers of more than 13 digits (micro- or nanoseconds). When the user names no time field, filter on "
                + guidance.defaultDatetimeField() + ".\n\n"
                + "### Limits\n\nLimits: " + FiltersArgument.MAX_FILTERS + " filters, " + FiltersArgument.MAX_VALUES
                + " values per filter, " + FiltersArgument.MAX_STRING_LENGTH + " characters per text, "
                + FiltersArgument.MAX_TEXT_LENGTH + " characters in all.\n\n"
                + "### Example\n\n`" + guidance.example() + "`";
    }

    private static String keys(FilterOperator type) {
        return switch (type) {
            case STRING_EQUALS -> "`value` (text or null)";
            case STRING_IN -> "`values` (list of texts)";
            case INT_EQUALS, LONG_EQUALS -> "`value` (integer)";
            case INT_IN, LONG_IN -> "`values` (integers)";
            case INT_RANGE, LONG_RANGE, DATETIME_RANGE ->
                "`start` and/or `end`" + (type == FilterOperator.DATETIME_RANGE ? " (UTC epoch milliseconds)" : "")
                        + ", optional `startInclusive`/`endInclusive` (default true)";
            case BOOLEAN_EQUALS -> "`value` (true, false or null)";
            case BOOLEAN_IN -> "`values` (true, false or null)";
            case FULLTEXT -> "`values` (terms, matched case-insensitively as parts of the field)";
            case FULLTEXT_IN -> "`values` (several terms, any of which may match)";
        };
    }

    private static String fields(FindingFamily family) {
        var catalog = family.records();
        var plain = catalog.selectable().stream()
                .filter(field -> !field.hasFields())
                .toList();
        var objects = catalog.selectable().stream().filter(FieldSpec::hasFields).toList();
        var defaults = catalog.defaults().items().stream()
                .map(item -> ((Selection.Field) item).name())
                .collect(Collectors.joining(", "));
        return "## Fields\n\n"
                + "`fields` is a JSON array of field names, written as a string. Name fields as the console does, in"
                + " camelCase; the answer uses snake_case keys (detectedAt comes back as detected_at) and holds only"
                + " the fields asked for. id is always included; at most " + FieldsArgument.MAX_ENTRIES
                + " fields.\n\n"
                + "Without fields: " + defaults + ".\n\n"
                + "Plain fields: " + plain.stream().map(FieldSpec::name).collect(Collectors.joining(", ")) + ".\n\n"
                + "Objects: name one alone for its usual sub-fields, or pick sub-fields in braces, e.g. `"
                + objects.get(0).name() + " { "
                + objects.get(0).children().get(1).name() + " }`; an object with an"
                + " id always includes it.\n\n"
                + objects.stream()
                        .map(object -> "- " + offer(catalog, object) + "\n")
                        .collect(Collectors.joining())
                + "\nExamples: `[\"id\"]` to page through quickly and save context; `[\"id\", \"severity\","
                + " \"status\", \"name\", \"detectedAt\"]` for a summary; no fields for full detail.";
    }

    private static String offer(FieldCatalog catalog, FieldSpec object) {
        var all = syntax(object);
        var alone = syntax(catalog.expansion(object).items().get(0));
        return "`" + all + "`" + (alone.equals(all) ? "" : " (alone: `" + alone + "`)");
    }

    /** {@code asset { id name cloudInfo { region } }}: everything an object offers, as the model writes it. */
    private static String syntax(FieldSpec object) {
        if (!object.hasFields()) {
            return object.name();
        }
        var inner = object.children().stream()
                .filter(child -> child.kind() != FieldSpec.Kind.ON_TYPE)
                .map(FamilyReference::syntax)
                .collect(Collectors.joining(" "));
        return object.name() + " { " + inner + " }";
    }

    private static String syntax(Selection.Item item) {
        var field = (Selection.Field) item;
        if (field.children().isEmpty()) {
            return field.name();
        }
        return field.name() + " { "
                + field.children().stream().map(FamilyReference::syntax).collect(Collectors.joining(" ")) + " }";
    }
}
