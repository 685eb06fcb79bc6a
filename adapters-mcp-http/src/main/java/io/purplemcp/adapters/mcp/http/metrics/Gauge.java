package io.purplemcp.adapters.mcp.http.metrics;

import java.util.function.LongSupplier;

/** A value read when scraped, from the state that already holds it (nothing is recorded). */
public final class Gauge extends MetricFamily {

    private final LongSupplier value;

    Gauge(String name, String help, LongSupplier value) {
        super(name, help, "gauge");
        this.value = value;
    }

    @Override
    void writeSamples(StringBuilder out) {
        out.append(name).append(' ').append(value.getAsLong()).append('\n');
    }
}
