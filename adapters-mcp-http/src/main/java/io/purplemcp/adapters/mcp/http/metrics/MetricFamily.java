package io.purplemcp.adapters.mcp.http.metrics;

/** One metric name with its HELP, TYPE and samples, and the names of the labels its samples carry. */
abstract sealed class MetricFamily permits Counter, Gauge, Histogram {

    final String name;
    final String[] labelNames;
    private final String help;
    private final String type;

    MetricFamily(String name, String help, String type, String... labelNames) {
        this.name = Exposition.checkMetricName(name);
        this.help = help;
        this.type = type;
        this.labelNames = Exposition.checkLabelNames(labelNames);
    }

    public final String name() {
        return name;
    }

    /** Appends the family's HELP, TYPE and sample lines. */
    public final void writeTo(StringBuilder out) {
        Exposition.header(out, name, help, type);
        writeSamples(out);
    }

    abstract void writeSamples(StringBuilder out);

    /** The label set of these values, given in the order of the label names. */
    final Labels labels(String[] labelValues) {
        if (labelValues.length != labelNames.length) {
            throw new IllegalArgumentException(name + " takes " + labelNames.length + " label values");
        }
        return new Labels(labelValues);
    }
}
