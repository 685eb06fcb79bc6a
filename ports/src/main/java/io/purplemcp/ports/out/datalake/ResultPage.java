package io.purplemcp.ports.out.datalake;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The table data of one answer.
 *
 * <p>Rows are JSON arrays with cells of any JSON type, in column order. The list is unmodifiable;
 * the row nodes are shared, not copied (a result can hold thousands), and must not be modified.
 * The three partiality indicators are empty when the answer did not state them.
 *
 * @param matchCount how many events matched, as the console counted them
 * @param partialDueToTimeLimit the console stopped early because of its own time limit
 * @param discardedArrayItems array elements the console dropped from cells
 * @param omittedEvents events the console left out of the result
 */
public record ResultPage(
        BigDecimal matchCount,
        List<Column> columns,
        List<ArrayNode> rows,
        List<String> warnings,
        Optional<Boolean> partialDueToTimeLimit,
        OptionalLong discardedArrayItems,
        Optional<BigDecimal> omittedEvents) {

    public ResultPage {
        Objects.requireNonNull(matchCount, "matchCount");
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        warnings = List.copyOf(warnings);
        Objects.requireNonNull(partialDueToTimeLimit, "partialDueToTimeLimit");
        Objects.requireNonNull(discardedArrayItems, "discardedArrayItems");
        Objects.requireNonNull(omittedEvents, "omittedEvents");
    }
}
