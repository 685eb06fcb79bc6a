package io.purplemcp.adapters.mcp.http.metrics;

/** One metric name with its HELP, TYPE and samples. */
sealed interface MetricFamily permits Counter, Gauge, Histogram {

    String name();

    /** Appends the family's HELP, TYPE and sample lines. */
    void writeTo(StringBuilder out);
}
