package io.purplemcp.adapters.mcp.http.metrics;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** A monotonically increasing count per label set. Its name ends in {@code _total}, as the convention asks. */
public final class Counter implements MetricFamily {

    private final String name;
    private final String help;
    private final String[] labelNames;
    private final Map<Labels, LongAdder> children = new ConcurrentHashMap<>();

    Counter(String name, String help, String... labelNames) {
        this.name = Exposition.checkMetricName(name);
        if (!name.endsWith("_total")) {
            throw new IllegalArgumentException("a counter's name ends in _total: " + name);
        }
        this.help = help;
        this.labelNames = Exposition.checkLabelNames(labelNames);
    }

    /** Adds one to the child with these label values (in the order of the label names). */
    public void increment(String... labelValues) {
        child(labelValues).increment();
    }

    long value(String... labelValues) {
        var adder = children.get(new Labels(labelValues));
        return adder == null ? 0 : adder.sum();
    }

    private LongAdder child(String[] labelValues) {
        if (labelValues.length != labelNames.length) {
            throw new IllegalArgumentException(name + " takes " + labelNames.length + " label values");
        }
        return children.computeIfAbsent(new Labels(labelValues), labels -> new LongAdder());
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void writeTo(StringBuilder out) {
        Exposition.header(out, name, help, "counter");
        children.forEach((labels, adder) -> {
            out.append(name);
            labels.appendTo(out, labelNames, null, null);
            out.append(' ').append(adder.sum()).append('\n');
        });
    }
}
