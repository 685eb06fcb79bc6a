package io.purplemcp.sandbox.sdl;

import io.purplemcp.sandbox.data.CellType;
import io.purplemcp.sandbox.data.Event;
import io.purplemcp.sandbox.data.SyntheticTenant;
import io.purplemcp.sandbox.sdl.QueryPlan.AggregateSource;
import io.purplemcp.sandbox.sdl.QueryPlan.FieldSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.IntFunction;

/** Turns a {@link QueryPlan} into rows of the synthetic tenant. Pure: same inputs, same table. */
final class TableBuilder {

    /** Consecutive events without a new group after which the groups are considered exhausted. */
    private static final int GROUP_SEARCH_PATIENCE = 5_000;

    private final SyntheticTenant tenant;

    TableBuilder(SyntheticTenant tenant) {
        this.tenant = tenant;
    }

    Table build(QueryPlan plan, long seed, long startMillis, long endMillis, int rowCount) {
        var columns = plan.columns().stream()
                .map(column -> new Table.Column(column.name(), type(column.source()), decimals(column.source())))
                .toList();
        var rows = new ArrayList<List<Object>>();
        var detectionsOnly = aboutDetections(plan);
        IntFunction<Event> events = i -> tenant.event(
                seed,
                i,
                startMillis,
                endMillis,
                detectionsOnly,
                plan.equalities().get("event.type"));
        double matchCount;
        if (plan.grouped()) {
            var groups = groups(plan, seed, events, plan.keyColumns() == 0 ? 1 : rowCount);
            var rank = 0;
            var total = 0L;
            for (var representative : groups) {
                rows.add(row(plan, representative, seed, plan.keyColumns() == 0 ? -1 : rank));
                total += count(seed, plan.keyColumns() == 0 ? -1 : rank);
                rank++;
            }
            matchCount = total;
        } else {
            for (var i = 0; i < rowCount; i++) {
                rows.add(row(plan, events.apply(i), seed, i));
            }
            matchCount = rows.size();
        }
        sort(plan, columns, rows);
        if (plan.grouped() && rows.size() > rowCount) {
            rows.subList(rowCount, rows.size()).clear();
        }
        return new Table(columns, List.copyOf(rows), matchCount, plan.keyColumns());
    }

    /**
     * Whether the query is about alerts and indicators: it reads a detection field or filters on the
     * indicators category. Then only suspicious activity is drawn, so every row has its detection.
     */
    private static boolean aboutDetections(QueryPlan plan) {
        var category = plan.equalities().get("event.category");
        return "indicators".equals(category)
                || plan.columns().stream()
                        .anyMatch(column ->
                                column.source() instanceof FieldSource field && Event.isDetectionField(field.field())
                                        || column.source() instanceof AggregateSource aggregate
                                                && Event.isDetectionField(aggregate.argument()));
    }

    private static List<Event> groups(QueryPlan plan, long seed, IntFunction<Event> events, int wanted) {
        var groups = new LinkedHashMap<List<Object>, Event>();
        var misses = 0;
        for (var i = 0; groups.size() < wanted && misses < GROUP_SEARCH_PATIENCE; i++) {
            var event = events.apply(i);
            var key = new ArrayList<Object>();
            for (var column : plan.columns().subList(0, plan.keyColumns())) {
                key.add(cell(plan, column.source(), event, seed, 0));
            }
            if (groups.putIfAbsent(key, event) == null) {
                misses = 0;
            } else {
                misses++;
            }
        }
        return List.copyOf(groups.values());
    }

    private static List<Object> row(QueryPlan plan, Event event, long seed, int rank) {
        var row = new ArrayList<Object>();
        for (var column : plan.columns()) {
            row.add(cell(plan, column.source(), event, seed, rank));
        }
        return row;
    }

    private static Object cell(QueryPlan plan, QueryPlan.Source source, Event event, long seed, int rank) {
        if (source instanceof FieldSource field) {
            var fixed = plan.equalities().get(field.field());
            return fixed != null ? fixed : event.value(field.field());
        }
        var aggregate = (AggregateSource) source;
        var count = count(seed, rank);
        return switch (kind(aggregate)) {
            case COUNT -> count;
            case DISTINCT -> Math.max(1, count / 11 + 1);
            case SUM -> count * (17 + Math.floorMod(seed, 40));
            case AVERAGE -> Math.round((1.5 + Math.floorMod(mix(seed, rank), 10_000) / 100.0) * 100) / 100.0;
            case VALUE -> event.value(aggregate.argument());
        };
    }

    /** A group's event count: falls off with the group's rank, like a real long tail. Rank -1: the total. */
    static long count(long seed, int rank) {
        var base = 2_000 + Math.floorMod(seed, 6_000);
        if (rank < 0) {
            return base * 9L + Math.floorMod(seed >>> 7, 1_000);
        }
        return Math.max(1, Math.round(base / Math.pow(rank + 1, 1.1))) + Math.floorMod(mix(seed, rank), 5);
    }

    private enum AggregateKind {
        COUNT,
        DISTINCT,
        SUM,
        AVERAGE,
        VALUE
    }

    private static AggregateKind kind(AggregateSource aggregate) {
        var function = aggregate.function();
        if (function.contains("distinct")) {
            return AggregateKind.DISTINCT;
        }
        if (function.contains("count")) {
            return AggregateKind.COUNT;
        }
        if (function.equals("sum")) {
            return AggregateKind.SUM;
        }
        if (List.of("avg", "mean", "median", "percentile", "p50", "p90", "p99", "stddev")
                .contains(function)) {
            return AggregateKind.AVERAGE;
        }
        if (List.of("min", "max", "first", "last", "oldest", "newest", "any", "array_agg")
                        .contains(function)
                && !aggregate.argument().isEmpty()) {
            return AggregateKind.VALUE;
        }
        return AggregateKind.COUNT;
    }

    private static CellType type(QueryPlan.Source source) {
        if (source instanceof FieldSource field) {
            return Event.cellType(field.field());
        }
        var aggregate = (AggregateSource) source;
        return kind(aggregate) == AggregateKind.VALUE ? Event.cellType(aggregate.argument()) : CellType.NUMBER;
    }

    private static int decimals(QueryPlan.Source source) {
        if (source instanceof AggregateSource aggregate) {
            return kind(aggregate) == AggregateKind.AVERAGE ? 2 : 0;
        }
        return 0;
    }

    private static void sort(QueryPlan plan, List<Table.Column> columns, List<List<Object>> rows) {
        var index = -1;
        var descending = true;
        if (plan.sort().isPresent()) {
            var sort = plan.sort().get();
            descending = sort.descending();
            for (var i = 0; i < columns.size(); i++) {
                var source = plan.columns().get(i).source();
                if (columns.get(i).name().equals(sort.column())
                        || source instanceof FieldSource field && field.field().equals(sort.column())) {
                    index = i;
                    break;
                }
            }
        } else if (!plan.grouped()) {
            for (var i = 0; i < columns.size() && index < 0; i++) {
                if (columns.get(i).type() == CellType.TIMESTAMP) {
                    index = i;
                }
            }
        }
        if (index < 0) {
            return;
        }
        var column = index;
        Comparator<List<Object>> order = (a, b) -> compare(a.get(column), b.get(column));
        rows.sort(descending ? order.reversed() : order);
    }

    private static int compare(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return Double.compare(x.doubleValue(), y.doubleValue());
        }
        return String.valueOf(a).compareTo(String.valueOf(b));
    }

    private static long mix(long seed, int rank) {
        var z = seed + 0x9E3779B97F4A7C15L * (rank + 2L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
