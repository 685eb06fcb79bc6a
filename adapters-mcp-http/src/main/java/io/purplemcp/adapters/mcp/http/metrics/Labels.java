package io.purplemcp.adapters.mcp.http.metrics;

import java.util.Arrays;

/** The values of one child of a labelled family, in the order of the family's label names. */
record Labels(String... values) {

    static final Labels NONE = new Labels();

    Labels {
        values = values.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Labels labels && Arrays.equals(values, labels.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return Arrays.toString(values);
    }

    /** {@code {a="x",b="y"}}, with {@code extra} (e.g. {@code le}) appended; empty when there are no labels. */
    void appendTo(StringBuilder out, String[] names, String extraName, String extraValue) {
        if (names.length == 0 && extraName == null) {
            return;
        }
        out.append('{');
        for (int i = 0; i < names.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(names[i]).append("=\"");
            Exposition.escapeLabelValue(values[i], out);
            out.append('"');
        }
        if (extraName != null) {
            if (names.length > 0) {
                out.append(',');
            }
            out.append(extraName).append("=\"").append(extraValue).append('"');
        }
        out.append('}');
    }
}
