package io.purplemcp.adapters.mcp.http.metrics;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** A monotonically increasing count per label set. Its name ends in {@code _total}, as the convention asks. */
public final class Counter extends MetricFamily {

    private final Map<Labels, LongAdder> children = new ConcurrentHashMap<>();

    Counter(String name, String help, String... labelNames) {
        super(name, help, "counter", labelNames);
        if (!name.endsWith("_total")) {
            throw new IllegalArgumentException("a counter's name ends in _total: " + name);
        }
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
        return children.computeIfAbsent(labels(labelValues), labels -> new LongAdder());
    }

    @Override
    void writeSamples(StringBuilder out) {
        children.forEach((labels, adder) -> {
            out.append(name);
            labels.appendTo(out, labelNames, null, null);
            out.append(' ').append(adder.sum()).append('\n');
        });
    }
}
