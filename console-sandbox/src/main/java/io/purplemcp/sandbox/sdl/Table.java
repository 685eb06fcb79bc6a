package io.purplemcp.sandbox.sdl;

import io.purplemcp.sandbox.data.CellType;
import java.util.List;

/**
 * A synthetic query result before it is written as SDL {@code data}.
 *
 * @param columns the columns
 * @param rows the rows; cells are {@link String}, {@link Long}, {@link Integer} or {@link Double}
 * @param matchCount the number of matching events
 * @param keyColumns how many leading columns are group keys
 */
record Table(List<Table.Column> columns, List<List<Object>> rows, double matchCount, int keyColumns) {

    /** A column with its SDL cell type; decimal places only for numbers. */
    record Column(String name, CellType type, int decimalPlaces) {}
}
