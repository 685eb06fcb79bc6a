package io.purplemcp.sandbox.findings;

import io.purplemcp.sandbox.data.SandboxResources;
import io.purplemcp.sandbox.faults.Phase;
import io.purplemcp.sandbox.graphql.Schema;
import java.util.List;

/**
 * A findings GraphQL API. The root fields of all three follow one pattern, named after a finding
 * ({@code one}) and the list ({@code many}): {@code <one>(id)}, {@code <many>(filters, first, after[,
 * viewType])}, {@code <one>Notes(<one>Id[, first, after])} and {@code <one>History(<one>Id, first, after)}
 * (docs/decisions/0011-findings-arguments-and-fields.md); the schema is {@code <many>.graphqls} and the filter fields
 * {@code <many>.fields}, next to this class.
 *
 * @param one the root field of one finding, e.g. {@code alert}
 * @param many the root field of the list, and the API's name in messages, e.g. {@code alerts}
 * @param path the default path
 * @param pagedNotes whether the notes are a connection ({@code first}, {@code after}) rather than one list
 */
public record SandboxFamily(String one, String many, String path, boolean pagedNotes) {

    /** Unified Alerts Management; its notes are one unpaged list. */
    public static final SandboxFamily ALERTS =
            new SandboxFamily("alert", "alerts", "/web/api/v2.1/unifiedalerts/graphql", false);
    /** XSPM Vulnerabilities. */
    public static final SandboxFamily VULNERABILITIES = new SandboxFamily(
            "vulnerability", "vulnerabilities", "/web/api/v2.1/xspm/findings/vulnerabilities/graphql", true);
    /** XSPM Misconfigurations. */
    public static final SandboxFamily MISCONFIGURATIONS = new SandboxFamily(
            "misconfiguration", "misconfigurations", "/web/api/v2.1/xspm/findings/misconfigurations/graphql", true);

    /** The three, in the order the sandbox registers them. */
    public static final List<SandboxFamily> ALL = List.of(ALERTS, VULNERABILITIES, MISCONFIGURATIONS);

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
