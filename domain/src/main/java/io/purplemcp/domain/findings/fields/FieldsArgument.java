package io.purplemcp.domain.findings.fields;

import io.purplemcp.domain.tools.InvalidArgument;
import io.purplemcp.domain.tools.JsonArgument;
import io.purplemcp.ports.out.findings.Selection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * The {@code fields} argument of the list and search tools: a JSON array of field names, sent as a
 * string. Checked before anything is sent: the text's size, that it is an array of strings, each
 * entry's length, and (after trimming entries and dropping repeats) how many there are.
 */
public final class FieldsArgument {

    public static final String NAME = "fields";
    public static final int MAX_TEXT_LENGTH = 8192;
    public static final int MAX_ENTRIES = 50;
    public static final int MAX_ENTRY_LENGTH = 1024;

    private FieldsArgument() {}

    /** The selection for {@code raw}: the catalog's defaults when the model sent no fields. */
    public static Selection selection(Optional<String> raw, FieldCatalog catalog) {
        return raw.map(text -> catalog.select(entries(text))).orElseGet(catalog::defaults);
    }

    /**
     * The distinct, trimmed entries of a {@code fields} text, in the order sent.
     *
     * @throws InvalidArgument saying what to change
     */
    public static List<String> entries(String text) {
        var parsed = JsonArgument.parse(
                "fields",
                text,
                MAX_TEXT_LENGTH,
                "Ask for fewer fields.",
                "Send a JSON array of field names as a string, e.g. '[\"id\", \"severity\"]'.");
        if (!parsed.isArray()) {
            throw new InvalidArgument("fields must be a JSON array of field names, e.g. '[\"id\", \"severity\"]'.");
        }
        var entries = new LinkedHashSet<String>();
        for (int i = 0; i < parsed.size(); i++) {
            var element = parsed.get(i);
            if (!element.isTextual()) {
                throw new InvalidArgument("All field names must be strings: fields[" + i + "] is " + element + ".");
            }
            var entry = element.textValue();
            if (entry.length() > MAX_ENTRY_LENGTH) {
                throw new InvalidArgument("fields[" + i + "] is too long: " + entry.length() + " characters, at most "
                        + MAX_ENTRY_LENGTH + ".");
            }
            entries.add(entry.strip());
        }
        if (entries.size() > MAX_ENTRIES) {
            throw new InvalidArgument("Too many fields: " + entries.size() + " different fields, at most " + MAX_ENTRIES
                    + ". Leave fields out to get the default set, or ask for fewer.");
        }
        return List.copyOf(entries);
    }
}
