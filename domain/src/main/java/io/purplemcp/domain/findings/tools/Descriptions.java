package io.purplemcp.domain.findings.tools;

import io.purplemcp.domain.findings.fields.FieldSpec;
import io.purplemcp.domain.findings.fields.FieldsArgument;
import io.purplemcp.ports.out.findings.Selection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The tool descriptions, written once for every family: the shared guidance (paging, choosing fields,
 * the filter object, datetimes) with the family's own text, and the lists of fields and output keys
 * taken from its catalogs, so they always match what the tools accept and return.
 */
final class Descriptions {

    private static final String EXAMPLES_SHORT =
            "'[\"id\"]' to page through quickly, '[\"id\", \"severity\"," + " \"status\", \"name\"]' for a summary";

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
        return "Searches " + family.plural() + " with filters, all of which must match, and returns them page by"
                + " page like list_" + family.plural() + ". For 'how many' questions pass first=1 and read"
                + " total_count.\n\n"
                + "Filters (filters): a JSON array of filter objects, as a string. A filter is {\"fieldId\":"
                + " <field>, \"filterType\": <type>, ...the keys of its type}, with \"isNegated\": true to invert"
                + " it. Types here: " + String.join(", ", family.filters().typeNames()) + ". Field ids are flat"
                + " camelCase names, never dotted paths. Datetimes are UTC epoch milliseconds (convert with"
                + " iso_to_unix_timestamp); when the user names no time field, filter on "
                + guidance.defaultDatetimeField() + ". Example: " + guidance.example() + "\n"
                + "Read the resource " + FamilyReference.uri(family) + " for the keys of each type, the field ids"
                + " and their values, and the limits.\n\n"
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
        return "Choosing fields (fields): a JSON array of camelCase field names, as a string, e.g. "
                + EXAMPLES_SHORT + "; the answer uses snake_case keys (detectedAt comes back as detected_at) and"
                + " holds only the fields asked for, id always included, at most " + FieldsArgument.MAX_ENTRIES
                + ". No fields gives the usual ones. The fields, objects and their sub-fields are in the resource "
                + FamilyReference.uri(family) + ".";
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
}
