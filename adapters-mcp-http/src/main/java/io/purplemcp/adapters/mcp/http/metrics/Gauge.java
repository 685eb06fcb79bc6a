package io.purplemcp.adapters.mcp.http.metrics;

import java.util.function.LongSupplier;

/** A value read when scraped, from the state that already holds it (nothing is recorded). */
public final class Gauge implements MetricFamily {

    private final String name;
    private final String help;
    private final LongSupplier value;

    Gauge(String name, String help, LongSupplier value) {
        this.name = Exposition.checkMetricName(name);
        this.help = help;
        this.value = value;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void writeTo(StringBuilder out) {
        Exposition.header(out, name, help, "gauge");
        out.append(name).append(' ').append(value.getAsLong()).append('\n');
    }
}
