package io.purplemcp.adapters.mcp.http.metrics;

import java.util.regex.Pattern;

/** The rules of the Prometheus text format 0.0.4 that the families share. */
final class Exposition {

    static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private static final Pattern METRIC_NAME = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");
    private static final Pattern LABEL_NAME = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]*");

    private Exposition() {}

    static String checkMetricName(String name) {
        if (!METRIC_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a metric name: " + name);
        }
        return name;
    }

    static String[] checkLabelNames(String... names) {
        for (var name : names) {
            if (!LABEL_NAME.matcher(name).matches() || name.startsWith("__") || name.equals("le")) {
                throw new IllegalArgumentException("not a usable label name: " + name);
            }
        }
        return names.clone();
    }

    /** Label values escape backslash, double quote and line feed. */
    static void escapeLabelValue(String value, StringBuilder out) {
        escape(value, true, out);
    }

    /** HELP text escapes backslash and line feed (not quotes). */
    static void escapeHelp(String help, StringBuilder out) {
        escape(help, false, out);
    }

    private static void escape(String text, boolean quotes, StringBuilder out) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '"' -> out.append(quotes ? "\\\"" : "\"");
                default -> out.append(c);
            }
        }
    }

    static void header(StringBuilder out, String name, String help, String type) {
        out.append("# HELP ").append(name).append(' ');
        escapeHelp(help, out);
        out.append('\n').append("# TYPE ").append(name).append(' ').append(type).append('\n');
    }

    /** Go-style float text: integers without a fraction, {@code +Inf}, {@code -Inf} and {@code NaN}. */
    static String number(double value) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "+Inf" : "-Inf";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }
}
