package io.purplemcp.adapters.mcp.http.metrics;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.DoubleAdder;
import java.util.concurrent.atomic.LongAdder;

/**
 * Observations in fixed buckets per label set, exposed cumulatively with {@code _bucket}, {@code _sum}
 * and {@code _count}. Each observation adds to one bucket only; the cumulative counts are summed when
 * scraped, which keeps recording to three adder updates.
 */
public final class Histogram extends MetricFamily {

    /** Seconds, from a millisecond to the five minutes a PowerQuery may take. */
    public static final double[] LATENCY_BUCKETS = {
        0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300
    };

    private final double[] bounds;
    private final String[] boundText;
    private final Map<Labels, Child> children = new ConcurrentHashMap<>();

    Histogram(String name, String help, double[] bounds, String... labelNames) {
        super(name, help, "histogram", labelNames);
        this.bounds = bounds.clone();
        for (int i = 1; i < bounds.length; i++) {
            if (!(bounds[i] > bounds[i - 1])) {
                throw new IllegalArgumentException("bucket bounds must increase");
            }
        }
        this.boundText = Arrays.stream(this.bounds).mapToObj(Exposition::number).toArray(String[]::new);
    }

    public void observe(double value, String... labelValues) {
        children.computeIfAbsent(labels(labelValues), labels -> new Child(bounds.length))
                .observe(bucketOf(value), value);
    }

    long count(String... labelValues) {
        var child = children.get(new Labels(labelValues));
        return child == null ? 0 : child.count.sum();
    }

    private int bucketOf(double value) {
        int index = Arrays.binarySearch(bounds, value);
        // An exact bound belongs to its own bucket (le means "less than or equal").
        return index >= 0 ? index : -index - 1;
    }

    @Override
    void writeSamples(StringBuilder out) {
        children.forEach((labels, child) -> {
            long cumulative = 0;
            for (int i = 0; i <= bounds.length; i++) {
                cumulative += child.buckets[i].sum();
                out.append(name).append("_bucket");
                labels.appendTo(out, labelNames, "le", i < bounds.length ? boundText[i] : "+Inf");
                out.append(' ').append(cumulative).append('\n');
            }
            out.append(name).append("_sum");
            labels.appendTo(out, labelNames, null, null);
            out.append(' ').append(Exposition.number(child.sum.sum())).append('\n');
            out.append(name).append("_count");
            labels.appendTo(out, labelNames, null, null);
            // The count is the +Inf bucket: taken from the same reads so the two never disagree.
            out.append(' ').append(cumulative).append('\n');
        });
    }

    private static final class Child {
        final LongAdder[] buckets;
        final DoubleAdder sum = new DoubleAdder();
        final LongAdder count = new LongAdder();

        Child(int bounds) {
            buckets = new LongAdder[bounds + 1];
            for (int i = 0; i < buckets.length; i++) {
                buckets[i] = new LongAdder();
            }
        }

        void observe(int bucket, double value) {
            buckets[bucket].increment();
            sum.add(value);
            count.increment();
        }
    }
}
