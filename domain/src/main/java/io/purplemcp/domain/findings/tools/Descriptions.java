package io.purplemcp.domain.findings.tools;

import io.purplemcp.domain.findings.fields.FieldCatalog;
import io.purplemcp.domain.findings.fields.FieldSpec;
import io.purplemcp.domain.findings.fields.FieldsArgument;
import io.purplemcp.domain.findings.filters.FiltersArgument;
import io.purplemcp.ports.findings.Selection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The tool descriptions, written once for every family: the shared guidance (paging, choosing fields,
 * the filter object, datetimes) with the family's own text, and the lists of fields and output keys
 * taken from its catalogs, so they always match what the tools accept and return.
 */
final class Descriptions {

    private static final String EXAMPLES = "Examples: '[\"id\"]' to page through quickly and save context;"
            + " '[\"id\", \"severity\", \"status\", \"name\", \"detectedAt\"]' for a summary; no fields for full"
            + " detail.";

    private Descriptions() {}

    static String get(FindingFamily family) {
        var records = family.records();
        return "Fetches one " + family.singular() + " by its id. "
                + family.guidance().record() + "\n\n"
                + "Answer: the " + family.singular() + " as a JSON object with snake_case keys; null or missing"
                + " values are left out and lists may be empty. Keys: " + keys(records.record(), records.full())
                + ". Values this server does not know yet (say, a new severity) come through as the console"
                + " sent them. The answer is the text null when the console has no " + family.singular()
                + " with that id.\n\n"
                + "Use it for: " + family.guidance().uses();
    }

    static String list(FindingFamily family) {
        var views = family.views().isEmpty() ? "" : ", optionally narrowed to a view (view_type)";
        return "Lists " + family.plural() + " page by page" + views + ". To filter by severity, status, time or"
                + " any other field, use search_" + family.plural() + ".\n\n"
                + fields(family) + "\n\n" + paging();
    }

    static String search(FindingFamily family) {
        var guidance = family.guidance();
        var dialect = family.filters();
        var fulltextIn = dialect.operator("fulltext_in").isPresent()
                ? "; fulltext_in: \"values\" (several terms, any of which may match)"
                : " (the " + dialect.apiName() + " API has no fulltext_in)";
        return "Searches " + family.plural() + " with filters, all of which must match, and returns them page by"
                + " page like list_" + family.plural() + ". For 'how many' questions pass first=1 and read"
                + " total_count.\n\n"
                + "Filters (filters): a JSON array of filter objects, as a string. A filter is {\"fieldId\":"
                + " <field>, \"filterType\": <type>, ...the keys of its type}, with \"isNegated\": true to invert"
                + " it. Types and their keys:\n"
                + "- string_equals: \"value\" (text or null); string_in: \"values\" (list of texts)\n"
                + "- int_equals, long_equals: \"value\" (integer); int_in, long_in: \"values\" (integers);"
                + " int_range, long_range: \"start\" and/or \"end\", optional \"startInclusive\"/\"endInclusive\""
                + " (default true)\n"
                + "- boolean_equals: \"value\" (true, false or null); boolean_in: \"values\" (true, false or"
                + " null)\n"
                + "- datetime_range: \"start\" and/or \"end\" in UTC epoch milliseconds, optional"
                + " \"startInclusive\"/\"endInclusive\" (default true)\n"
                + "- fulltext: \"values\" (terms, matched case-insensitively as parts of the field)" + fulltextIn
                + "\n"
                + "A range needs at least one of start and end. Supported here: "
                + String.join(", ", dialect.typeNames()) + ".\n\n"
                + "Field ids are flat camelCase names, never dotted paths. " + guidance.fieldIds() + "\n"
                + (guidance.filterNotes().isEmpty() ? "" : guidance.filterNotes() + "\n")
                + "\nTimes: datetime values are UTC epoch milliseconds, as numbers or numeric strings. Convert an"
                + " ISO datetime with the iso_to_unix_timestamp tool first: 2024-10-30T08:00:00-04:00 becomes"
                + " \"1730289600000\". Numbers below 100000000000 look like seconds and are refused, and so are"
                + " numbers of more than 13 digits (micro- or nanoseconds). When the user names no time field,"
                + " filter on " + guidance.defaultDatetimeField() + ".\n"
                + "Limits: " + FiltersArgument.MAX_FILTERS + " filters, " + FiltersArgument.MAX_VALUES
                + " values per filter, " + FiltersArgument.MAX_STRING_LENGTH + " characters per text, "
                + FiltersArgument.MAX_TEXT_LENGTH + " characters in all.\n"
                + "Example: " + guidance.example() + "\n"
                + "Right: \"filterType\": \"string_in\"; wrong: \"IN\" or \"EQUALS\". Right: \"fieldId\":"
                + " \"status\"; wrong: \"status.value\".\n\n"
                + fields(family) + "\n\n" + paging();
    }

    static String notes(FindingFamily family) {
        var notes = family.notes();
        var shape = keys(notes.record(), notes.full());
        var hint = family.records().record().field("noteExists").isPresent()
                ? " get_" + family.singular() + "'s note_exists says whether there are any."
                : "";
        if (!family.pagedNotes()) {
            return "Returns all notes on " + family.aSingular() + " at once, usually newest first:"
                    + " {\"data\": [{" + shape + "}]}, with snake_case keys and null values left out;"
                    + " {\"data\": []} when there are none." + hint
                    + " Use it for the analysts' findings, collaboration and audit.";
        }
        return "Returns the notes on " + family.aSingular() + " page by page, usually newest first: first"
                + " (1-100; omitted, the console's own page size) and after (the previous page's page_info.end_cursor). Answer: {\"edges\":"
                + " [{\"node\": {" + shape + "}, \"cursor\"}], \"page_info\": {\"has_next_page\","
                + " \"has_previous_page\", \"start_cursor\", \"end_cursor\"}, \"total_count\"}, with snake_case"
                + " keys and null values left out." + hint
                + " Use it for the analysts' findings, collaboration and audit.";
    }

    static String history(FindingFamily family) {
        var history = family.history();
        return "Returns the audit trail of " + family.aSingular() + " page by page: first (1-100, default 10)"
                + " and after (the previous page's page_info.end_cursor). Answer: {\"edges\": [{\"node\": {"
                + keys(history.record(), history.full()) + "}, \"cursor\"}], \"page_info\": {\"has_next_page\","
                + " \"has_previous_page\", \"start_cursor\", \"end_cursor\"}, \"total_count\"}, with snake_case"
                + " keys and null values left out. " + family.guidance().historyEvents()
                + " Use it for timelines, compliance evidence, response-time metrics and forensics.";
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
        return "Choosing fields (fields): a JSON array of field names, as a string. Name fields as the console"
                + " does, in camelCase; the answer uses snake_case keys (detectedAt comes back as detected_at) and"
                + " holds only the fields asked for. id is always included; at most " + FieldsArgument.MAX_ENTRIES
                + " fields. Without fields you get: " + defaults + ".\n"
                + "Plain fields: " + names(plain) + ".\n"
                + "Objects: name one alone for its usual sub-fields, or pick sub-fields in braces, e.g. \""
                + objects.get(0).name() + " { "
                + objects.get(0).children().get(1).name() + " }\"; an object with"
                + " an id always includes it. What each object offers:"
                + objects.stream().map(object -> offer(catalog, object)).collect(Collectors.joining(";"))
                + ".\n" + EXAMPLES;
    }

    private static String offer(FieldCatalog catalog, FieldSpec object) {
        var all = syntax(object);
        var alone = syntax(catalog.expansion(object).items().get(0));
        return " " + all + (alone.equals(all) ? "" : " (alone: " + alone + ")");
    }

    private static String paging() {
        return "Answer: {\"edges\": [{\"node\": {...}, \"cursor\": \"...\"}], \"page_info\": {\"has_next_page\","
                + " \"has_previous_page\", \"start_cursor\", \"end_cursor\"}, \"total_count\"}. Nodes use"
                + " snake_case keys; null values are left out, lists may be empty, and values this server does not"
                + " know yet come through as the console sent them. total_count is the size of the whole result."
                + " To read on, call again with the same arguments and after = page_info.end_cursor while"
                + " page_info.has_next_page is true. Pages come one after another (there is no jumping to the"
                + " n-th page), so page with '[\"id\"]' when you only need to find something.";
    }

    /** {@code id, severity, asset {id, name}}: the output keys of a selection. */
    static String keys(FieldSpec spec, Selection selection) {
        return keys(spec, selection.items());
    }

    private static String keys(FieldSpec spec, List<Selection.Item> items) {
        return items.stream()
                .map(item -> {
                    if (item instanceof Selection.OnType member) {
                        return keys(spec.member(member.typeName()).orElseThrow(), member.children());
                    }
                    var field = (Selection.Field) item;
                    var child = spec.field(field.name()).orElseThrow();
                    return field.children().isEmpty()
                            ? child.outputKey()
                            : child.outputKey() + " {" + keys(child, field.children()) + "}";
                })
                .collect(Collectors.joining(", "));
    }

    /** {@code asset { id name cloudInfo { region } }}: everything an object offers, as the model writes it. */
    private static String syntax(FieldSpec object) {
        if (!object.hasFields()) {
            return object.name();
        }
        var inner = object.children().stream()
                .filter(child -> child.kind() != FieldSpec.Kind.ON_TYPE)
                .map(Descriptions::syntax)
                .collect(Collectors.joining(" "));
        return object.name() + " { " + inner + " }";
    }

    private static String syntax(Selection.Item item) {
        var field = (Selection.Field) item;
        if (field.children().isEmpty()) {
            return field.name();
        }
        return field.name() + " { "
                + field.children().stream().map(Descriptions::syntax).collect(Collectors.joining(" ")) + " }";
    }

    private static String names(List<FieldSpec> fields) {
        return fields.stream().map(FieldSpec::name).collect(Collectors.joining(", "));
    }
}
