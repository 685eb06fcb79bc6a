package io.purplemcp.domain.powerquery;

import com.fasterxml.jackson.databind.node.ArrayNode;
import io.purplemcp.ports.out.datalake.Column;
import io.purplemcp.ports.out.datalake.ResultPage;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The result accumulated over a query's answers. Columns, warnings and the match count come from the
 * latest page with data; the partiality indicators from the latest page that stated them; rows are
 * appended up to the row cap. Only the rows the text shows are kept: the rest are counted.
 */
final class ResultTable {

    private static final BigDecimal NEGLIGIBLE = new BigDecimal("1e-9");

    private final int rowCap;
    private final int rowsShown;
    private final List<ArrayNode> shown = new ArrayList<>();
    private List<Column> columns = List.of();
    private List<String> warnings = List.of();
    private BigDecimal matchCount = BigDecimal.ZERO;
    private boolean partialDueToTimeLimit;
    private long discardedArrayItems;
    private BigDecimal omittedEvents = BigDecimal.ZERO;
    private long rows;
    private boolean truncated;

    ResultTable(PowerQueryPolicy policy) {
        this.rowCap = policy.rowCap();
        this.rowsShown = policy.rowsShown();
    }

    void add(ResultPage page) {
        columns = page.columns();
        warnings = page.warnings();
        matchCount = page.matchCount();
        page.partialDueToTimeLimit().ifPresent(value -> partialDueToTimeLimit = value);
        page.discardedArrayItems().ifPresent(value -> discardedArrayItems = value);
        page.omittedEvents().ifPresent(value -> omittedEvents = value);
        for (var row : page.rows()) {
            if (rows == rowCap) {
                truncated = true;
                return;
            }
            if (shown.size() < rowsShown) {
                shown.add(row);
            }
            rows++;
        }
    }

    List<Column> columns() {
        return columns;
    }

    List<String> warnings() {
        return warnings;
    }

    BigDecimal matchCount() {
        return matchCount;
    }

    /** Rows kept (at most the cap). */
    long rows() {
        return rows;
    }

    /** The first rows, as many as the text shows. */
    List<ArrayNode> shownRows() {
        return shown;
    }

    boolean truncated() {
        return truncated;
    }

    int rowCap() {
        return rowCap;
    }

    boolean partialDueToTimeLimit() {
        return partialDueToTimeLimit;
    }

    long discardedArrayItems() {
        return discardedArrayItems;
    }

    /** Omitted events, or zero when the count is negligible (the console sends floating-point zeros). */
    BigDecimal omittedEvents() {
        return omittedEvents.abs().compareTo(NEGLIGIBLE) > 0 ? omittedEvents : BigDecimal.ZERO;
    }

    boolean partial() {
        return partialDueToTimeLimit
                || discardedArrayItems != 0
                || omittedEvents().signum() != 0;
    }
}
