package io.purplemcp.sandbox.sdl;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * What the sandbox reads from a PowerQuery to shape its synthetic result. It is not a PowerQuery
 * engine: it splits the pipeline on {@code |} (outside quotes) and looks at a few commands.
 *
 * <ul>
 *   <li>{@code columns a, b, name = expr}: the output columns;
 *   <li>{@code group agg(), name = agg(x) by k1, k2}: one row per distinct key tuple, aggregates as
 *       numbers ({@code count}, {@code estimate_distinct}, {@code sum}, {@code avg}, …);
 *   <li>{@code sort -col} / {@code sort col}: the order of the rows;
 *   <li>{@code limit N}: the number of rows (the last {@code limit} wins);
 *   <li>{@code field = 'value'} in a filter without {@code or}: every row carries that value.
 * </ul>
 *
 * Without {@code columns} or {@code group} the rows are events with {@link #DEFAULT_COLUMNS}.
 *
 * @param columns the output columns, in order
 * @param grouped whether the rows are groups
 * @param keyColumns how many leading columns are group keys
 * @param sort the requested order, if any
 * @param limit the requested row count, if any
 * @param equalities field values fixed by the filter
 */
public record QueryPlan(
        List<Column> columns,
        boolean grouped,
        int keyColumns,
        Optional<Sort> sort,
        OptionalInt limit,
        Map<String, String> equalities) {

    /** The columns of a query that neither projects nor groups. */
    public static final List<String> DEFAULT_COLUMNS = List.of(
            "event.time", "endpoint.name", "src.process.user", "src.process.name", "src.process.cmdline", "event.type");

    private static final Pattern COMMAND = Pattern.compile("^\\s*([A-Za-z_]+)\\b\\s*(.*)$", Pattern.DOTALL);
    private static final Pattern NAMED =
            Pattern.compile("^\\s*([A-Za-z_][\\w.]*)\\s*=(?!=)\\s*(.+?)\\s*$", Pattern.DOTALL);
    private static final Pattern FIELD = Pattern.compile("^[A-Za-z_][\\w.]*$");
    private static final Pattern CALL = Pattern.compile("^([A-Za-z_]\\w*)\\s*\\((.*)\\)$", Pattern.DOTALL);
    private static final Pattern EQUALITY =
            Pattern.compile("([A-Za-z_][\\w.]*)\\s*==?\\s*(?:'((?:[^'\\\\]|\\\\.)*)'|\"((?:[^\"\\\\]|\\\\.)*)\")");
    private static final Pattern OR = Pattern.compile("\\bor\\b|\\|\\|", Pattern.CASE_INSENSITIVE);
    private static final Pattern BY = Pattern.compile("\\bby\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern LIMIT = Pattern.compile("^\\s*(\\d{1,9})\\s*$");
    private static final List<String> COMMANDS = List.of(
            "filter",
            "columns",
            "group",
            "sort",
            "limit",
            "let",
            "parse",
            "dataset",
            "union",
            "join",
            "lookup",
            "transpose",
            "nolimit",
            "top",
            "compare",
            "savelookup",
            "fields");

    /** An output column. */
    public record Column(String name, Source source) {}

    /** Where a column's values come from. */
    public sealed interface Source permits FieldSource, AggregateSource {}

    /** An event field, e.g. {@code endpoint.name}. */
    public record FieldSource(String field) implements Source {}

    /** An aggregate function over the group, e.g. {@code count()} or {@code avg(x)}. */
    public record AggregateSource(String function, String argument) implements Source {}

    /** The requested row order. */
    public record Sort(String column, boolean descending) {}

    public QueryPlan {
        columns = List.copyOf(columns);
        equalities = Map.copyOf(equalities);
    }

    /** Reads a PowerQuery (markers already stripped). */
    public static QueryPlan of(String query) {
        List<Column> columns = null;
        var grouped = false;
        var keyColumns = 0;
        Optional<Sort> sort = Optional.empty();
        var limit = OptionalInt.empty();
        var equalities = new LinkedHashMap<String, String>();
        var stages = split(query, '|');
        for (var i = 0; i < stages.size(); i++) {
            var stage = stages.get(i).trim();
            var command = COMMAND.matcher(stage);
            var name = command.matches() ? command.group(1).toLowerCase(Locale.ROOT) : "";
            if (!COMMANDS.contains(name)) {
                if (i == 0) {
                    readEqualities(stage, equalities);
                }
                continue;
            }
            var rest = command.group(2);
            switch (name) {
                case "filter" -> readEqualities(rest, equalities);
                case "columns" -> columns = projection(rest, columns);
                case "group" -> {
                    var group = group(rest);
                    columns = group;
                    grouped = true;
                    keyColumns = (int) group.stream()
                            .filter(column -> column.source() instanceof FieldSource)
                            .count();
                }
                case "sort" -> sort = sort(rest);
                case "limit" -> {
                    var number = LIMIT.matcher(rest);
                    if (number.matches()) {
                        limit = OptionalInt.of(Integer.parseInt(number.group(1)));
                    }
                }
                default -> {
                    // let, parse, join, …: the sandbox has nothing to say about them.
                }
            }
        }
        if (columns == null) {
            columns = DEFAULT_COLUMNS.stream()
                    .map(field -> new Column(field, new FieldSource(field)))
                    .toList();
        }
        return new QueryPlan(columns, grouped, keyColumns, sort, limit, equalities);
    }

    private static void readEqualities(String filter, Map<String, String> equalities) {
        if (OR.matcher(filter).find()) {
            return;
        }
        var matcher = EQUALITY.matcher(filter);
        while (matcher.find()) {
            // "a != 'x'" does not match the pattern; "!a = 'x'" is a negation, not an equality.
            if (matcher.start() > 0 && filter.charAt(matcher.start() - 1) == '!') {
                continue;
            }
            var value = matcher.group(2) != null ? matcher.group(2) : matcher.group(3);
            equalities.put(matcher.group(1), value.replaceAll("\\\\(.)", "$1"));
        }
    }

    private static List<Column> projection(String text, List<Column> previous) {
        var columns = new ArrayList<Column>();
        for (var item : split(text, ',')) {
            var named = NAMED.matcher(item);
            String name;
            String expression;
            if (named.matches()) {
                name = named.group(1);
                expression = named.group(2).trim();
            } else {
                name = item.trim();
                expression = name;
            }
            if (name.isEmpty()) {
                continue;
            }
            columns.add(new Column(name, source(expression, name, previous)));
        }
        return columns;
    }

    private static Source source(String expression, String name, List<Column> previous) {
        if (previous != null) {
            for (var column : previous) {
                if (column.name().equals(expression)) {
                    return column.source();
                }
            }
        }
        var call = CALL.matcher(expression);
        if (call.matches() && previous != null) {
            return new AggregateSource(
                    call.group(1).toLowerCase(Locale.ROOT), call.group(2).trim());
        }
        return new FieldSource(FIELD.matcher(expression).matches() ? expression : name);
    }

    private static List<Column> group(String text) {
        var parts = splitOnBy(text);
        var columns = new ArrayList<Column>();
        if (parts.size() > 1) {
            for (var key : split(parts.get(1), ',')) {
                var named = NAMED.matcher(key);
                if (named.matches()) {
                    columns.add(new Column(
                            named.group(1), new FieldSource(named.group(2).trim())));
                } else if (!key.isBlank()) {
                    columns.add(new Column(key.trim(), new FieldSource(key.trim())));
                }
            }
        }
        for (var aggregate : split(parts.get(0), ',')) {
            var named = NAMED.matcher(aggregate);
            var expression = named.matches() ? named.group(2).trim() : aggregate.trim();
            var call = CALL.matcher(expression);
            var function = call.matches() ? call.group(1).toLowerCase(Locale.ROOT) : "count";
            var argument = call.matches() ? call.group(2).trim() : "";
            var name = named.matches() ? named.group(1) : function;
            if (!aggregate.isBlank()) {
                columns.add(new Column(name, new AggregateSource(function, argument)));
            }
        }
        return columns;
    }

    private static Optional<Sort> sort(String text) {
        var items = split(text, ',');
        if (items.isEmpty() || items.get(0).isBlank()) {
            return Optional.empty();
        }
        var first = items.get(0).trim();
        var descending = first.startsWith("-");
        var column = first.startsWith("-") || first.startsWith("+")
                ? first.substring(1).trim()
                : first;
        return Optional.of(new Sort(column, descending));
    }

    /** Splits on a separator outside quotes and (for commas) outside parentheses and brackets. */
    static List<String> split(String text, char separator) {
        var parts = new ArrayList<String>();
        var current = new StringBuilder();
        var depth = 0;
        char quote = 0;
        for (var i = 0; i < text.length(); i++) {
            var c = text.charAt(i);
            if (quote != 0) {
                current.append(c);
                if (c == '\\' && i + 1 < text.length()) {
                    current.append(text.charAt(++i));
                } else if (c == quote) {
                    quote = 0;
                }
                continue;
            }
            if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '(' || c == '[') {
                depth++;
            } else if ((c == ')' || c == ']') && depth > 0) {
                depth--;
            } else if (c == separator && (separator == '|' || depth == 0)) {
                if (separator == '|' && i + 1 < text.length() && text.charAt(i + 1) == '|') {
                    current.append("||");
                    i++;
                    continue;
                }
                parts.add(current.toString());
                current.setLength(0);
                continue;
            }
            current.append(c);
        }
        parts.add(current.toString());
        return parts;
    }

    private static List<String> splitOnBy(String text) {
        var matcher = BY.matcher(text);
        while (matcher.find()) {
            var before = text.substring(0, matcher.start());
            if (split(before, ',').stream().allMatch(QueryPlan::balanced)) {
                return List.of(before, text.substring(matcher.end()));
            }
        }
        return List.of(text);
    }

    private static boolean balanced(String text) {
        var depth = 0;
        char quote = 0;
        for (var i = 0; i < text.length(); i++) {
            var c = text.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            }
        }
        return depth == 0 && quote == 0;
    }
}
