package io.purplemcp.domain.findings;

import io.purplemcp.domain.findings.alerts.AlertsFamily;
import io.purplemcp.domain.findings.misconfigurations.MisconfigurationsFamily;
import io.purplemcp.domain.findings.tools.FamilyTools;
import io.purplemcp.domain.findings.vulnerabilities.VulnerabilitiesFamily;
import io.purplemcp.domain.tools.Tool;
import io.purplemcp.ports.out.findings.Findings;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The findings tools, each family's five in the reference's order: get, list, search, notes, history.
 */
public final class FindingsTools {

    /** How long one findings call may take in all, retries and schema fallbacks included. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

    private FindingsTools() {}

    public static List<Tool> alerts(Findings alerts, Clock clock, Duration timeout) {
        return FamilyTools.of(AlertsFamily.family(), alerts, clock, timeout);
    }

    public static List<Tool> misconfigurations(Findings misconfigurations, Clock clock, Duration timeout) {
        return FamilyTools.of(MisconfigurationsFamily.family(), misconfigurations, clock, timeout);
    }

    public static List<Tool> vulnerabilities(Findings vulnerabilities, Clock clock, Duration timeout) {
        return FamilyTools.of(VulnerabilitiesFamily.family(), vulnerabilities, clock, timeout);
    }

    /**
     * All 15 with the default time limit, families in the reference's order: alerts, misconfigurations,
     * vulnerabilities.
     */
    public static List<Tool> all(Findings alerts, Findings misconfigurations, Findings vulnerabilities, Clock clock) {
        var tools = new ArrayList<Tool>();
        tools.addAll(alerts(alerts, clock, DEFAULT_TIMEOUT));
        tools.addAll(misconfigurations(misconfigurations, clock, DEFAULT_TIMEOUT));
        tools.addAll(vulnerabilities(vulnerabilities, clock, DEFAULT_TIMEOUT));
        return List.copyOf(tools);
    }
}
