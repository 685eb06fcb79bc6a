package io.purplemcp.sandbox.findings;

import io.purplemcp.sandbox.data.SandboxResources;
import io.purplemcp.sandbox.faults.Phase;
import io.purplemcp.sandbox.graphql.Schema;

/**
 * The findings GraphQL APIs. Their root fields follow one pattern, named after a finding ({@code one})
 * and the list ({@code many}): {@code <one>(id)}, {@code <many>(filters, first, after[, viewType])},
 * {@code <one>Notes(<one>Id[, first, after])} and {@code <one>History(<one>Id, first, after)}
 * (findings-tools.md §3–5); the schema is {@code <many>.graphqls} and the filter fields
 * {@code <many>.fields}, next to this class.
 */
public enum SandboxFamily {
    /** Unified Alerts Management; its notes are one unpaged list. */
    ALERTS("alert", "alerts", "/web/api/v2.1/unifiedalerts/graphql", false),
    /** XSPM Vulnerabilities. */
    VULNERABILITIES("vulnerability", "vulnerabilities", "/web/api/v2.1/xspm/findings/vulnerabilities/graphql", true),
    /** XSPM Misconfigurations. */
    MISCONFIGURATIONS(
            "misconfiguration", "misconfigurations", "/web/api/v2.1/xspm/findings/misconfigurations/graphql", true);

    private final String one;
    private final String many;
    private final String path;
    private final boolean pagedNotes;

    SandboxFamily(String one, String many, String path, boolean pagedNotes) {
        this.one = one;
        this.many = many;
        this.path = path;
        this.pagedNotes = pagedNotes;
    }

    /** The root field of one finding, e.g. {@code alert}. */
    public String one() {
        return one;
    }

    /** The root field of the list, and the API's name in messages, e.g. {@code alerts}. */
    public String many() {
        return many;
    }

    /** The default path. */
    public String path() {
        return path;
    }

    /** Whether the notes are a connection ({@code first}, {@code after}) rather than one list. */
    public boolean pagedNotes() {
        return pagedNotes;
    }

    /** The full, newest schema. */
    public Schema schema() {
        return Schema.parse(SandboxResources.text(SandboxFamily.class, many + ".graphqls"));
    }

    /** Which request a root field is, for fault markers: get, list, notes or history. */
    public Phase phase(String rootField) {
        if (rootField.equals(many)) {
            return Phase.LIST;
        }
        if (rootField.equals(one + "Notes")) {
            return Phase.NOTES;
        }
        return rootField.equals(one + "History") ? Phase.HISTORY : Phase.GET;
    }
}
