package io.purplemcp.domain.powerquery;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.purplemcp.ports.out.datalake.Column;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The text a {@code powerquery} call answers with. Values are JSON: each row is a JSON array in
 * column order, warnings a JSON array of strings, counts integers when they are whole numbers.
 */
final class ResultText {

    /** Numbers with more digits than this are written in scientific notation rather than spelt out. */
    private static final int MAX_PLAIN_DIGITS = 40;

    private ResultText() {}

    static String render(ResultTable table, String rawStart, String rawEnd) {
        var lines = new ArrayList<String>();
        if (table.rows() == 0) {
            lines.add("No rows matched the query between " + rawStart + " and " + rawEnd + " (Match Count: "
                    + number(table.matchCount()) + "). This is a normal answer: there was no matching data in"
                    + " that window, the criteria are narrower than the data, or the activity did not happen. Do"
                    + " not run the same query again; if results were expected, change the time range or the"
                    + " criteria.");
            notes(table, lines);
            return String.join("\n", lines);
        }
        lines.add("Match Count: " + number(table.matchCount()));
        lines.add("Columns: " + table.columns().size());
        lines.add("Rows: " + table.rows());
        if (!table.warnings().isEmpty()) {
            var warnings = JsonNodeFactory.instance.arrayNode();
            table.warnings().forEach(warnings::add);
            lines.add("Warnings: " + warnings);
        }
        if (!table.columns().isEmpty()) {
            lines.add("Column Names: "
                    + table.columns().stream().map(Column::name).collect(Collectors.joining(", ")));
        }
        notes(table, lines);
        lines.add("");
        lines.add("Results:");
        int number = 0;
        for (var row : table.shownRows()) {
            lines.add("Row " + ++number + ": " + row);
        }
        if (table.rows() > number) {
            lines.add("... and " + (table.rows() - number) + " more rows");
        }
        return String.join("\n", lines);
    }

    private static void notes(ResultTable table, List<String> lines) {
        if (table.partial()) {
            var reasons = new ArrayList<String>();
            if (table.partialDueToTimeLimit()) {
                reasons.add("the data lake stopped at its time limit");
            }
            if (table.discardedArrayItems() != 0) {
                reasons.add(table.discardedArrayItems() + " array items were discarded");
            }
            if (table.omittedEvents().signum() != 0) {
                reasons.add(number(table.omittedEvents()) + " events were omitted");
            }
            lines.add("Partial results: " + String.join("; ", reasons)
                    + ". A shorter time range or a more specific query gives complete results.");
        }
        if (table.truncated()) {
            lines.add("Truncated: only the first " + table.rowCap() + " rows were kept. Narrow the query (filters,"
                    + " grouping, a limit) to see the rest.");
        }
    }

    /** Whole numbers without a fraction ({@code 42}, not {@code 42.0}); others as short as exact. */
    static String number(BigDecimal value) {
        var stripped = value.stripTrailingZeros();
        if (stripped.precision() - stripped.scale() > MAX_PLAIN_DIGITS || stripped.scale() > MAX_PLAIN_DIGITS) {
            return stripped.toString();
        }
        return stripped.toPlainString();
    }
}
