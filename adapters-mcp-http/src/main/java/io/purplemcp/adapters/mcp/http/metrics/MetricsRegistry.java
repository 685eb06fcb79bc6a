package io.purplemcp.adapters.mcp.http.metrics;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongSupplier;

/** The families of one server, exposed in the order they were registered. */
public final class MetricsRegistry {

    private final List<MetricFamily> families = new ArrayList<>();
    private final Set<String> names = new HashSet<>();

    public synchronized Counter counter(String name, String help, String... labelNames) {
        return add(new Counter(name, help, labelNames));
    }

    public synchronized Histogram histogram(String name, String help, double[] buckets, String... labelNames) {
        return add(new Histogram(name, help, buckets, labelNames));
    }

    public synchronized Gauge gauge(String name, String help, LongSupplier value) {
        return add(new Gauge(name, help, value));
    }

    /** The whole exposition, in the Prometheus text format 0.0.4. */
    public String scrape() {
        List<MetricFamily> snapshot;
        synchronized (this) {
            snapshot = List.copyOf(families);
        }
        var out = new StringBuilder(4096);
        snapshot.forEach(family -> family.writeTo(out));
        return out.toString();
    }

    /** The media type of {@link #scrape()}. */
    public static String contentType() {
        return Exposition.CONTENT_TYPE;
    }

    private <F extends MetricFamily> F add(F family) {
        if (!names.add(family.name())) {
            throw new IllegalArgumentException("registered twice: " + family.name());
        }
        families.add(family);
        return family;
    }
}
