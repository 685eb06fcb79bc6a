package io.purplemcp.domain.findings.tools;

import io.purplemcp.domain.findings.fields.FieldCatalog;
import io.purplemcp.domain.findings.filters.FilterDialect;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything that differs between the findings families: names, fields, views, filter types, whether
 * notes are paged, and the family's own guidance for the model.
 *
 * @param singular the record's name in tool names and messages, e.g. {@code alert}
 * @param plural e.g. {@code alerts}
 * @param records the fields of a record (list, search and get)
 * @param notes the fields of a note
 * @param history the fields of a history event
 * @param views the values of {@code view_type}, the default first; empty when the family has none
 * @param pagedNotes whether the notes tool takes {@code first} and {@code after}
 */
public record FindingFamily(
        String singular,
        String plural,
        FieldCatalog records,
        FieldCatalog notes,
        FieldCatalog history,
        List<View> views,
        FilterDialect filters,
        boolean pagedNotes,
        Guidance guidance) {

    public FindingFamily {
        Objects.requireNonNull(singular, "singular");
        Objects.requireNonNull(plural, "plural");
        Objects.requireNonNull(records, "records");
        Objects.requireNonNull(notes, "notes");
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(filters, "filters");
        Objects.requireNonNull(guidance, "guidance");
        views = List.copyOf(views);
    }

    /** One value of {@code view_type} and what it shows. */
    public record View(String name, String meaning) {
        public View {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(meaning, "meaning");
        }
    }

    /**
     * The family's own text for the tool descriptions; the shared parts are written from the catalogs.
     *
     * @param record what one record is, one or two sentences
     * @param uses what fetching one is good for
     * @param fieldIds the filter field ids the model may use, with notes
     * @param filterNotes the family's filter rules beyond the common ones (may be empty)
     * @param defaultDatetimeField the datetime field to filter on when the user names none
     * @param example a filters value that works for the family
     * @param historyEvents what the events of the audit trail are
     */
    public record Guidance(
            String record,
            String uses,
            String fieldIds,
            String filterNotes,
            String defaultDatetimeField,
            String example,
            String historyEvents) {
        public Guidance {
            Objects.requireNonNull(record, "record");
            Objects.requireNonNull(uses, "uses");
            Objects.requireNonNull(fieldIds, "fieldIds");
            Objects.requireNonNull(filterNotes, "filterNotes");
            Objects.requireNonNull(defaultDatetimeField, "defaultDatetimeField");
            Objects.requireNonNull(example, "example");
            Objects.requireNonNull(historyEvents, "historyEvents");
        }
    }

    /** The singular with its article: {@code an alert}, {@code a vulnerability}. */
    public String aSingular() {
        return ("aeiou".indexOf(singular.charAt(0)) >= 0 ? "an " : "a ") + singular;
    }

    /** {@code alert_id}. */
    public String idParameter() {
        return singular + "_id";
    }

    /** The default view, when the family has views. */
    public Optional<String> defaultView() {
        return views.stream().findFirst().map(View::name);
    }
}
