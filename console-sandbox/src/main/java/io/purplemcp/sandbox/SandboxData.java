package io.purplemcp.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.purplemcp.sandbox.data.Estate;
import io.purplemcp.sandbox.data.SyntheticTenant;
import io.purplemcp.sandbox.findings.FindingCatalog;
import io.purplemcp.sandbox.findings.SandboxFamily;
import io.purplemcp.sandbox.findings.SocTeam;
import io.purplemcp.sandbox.findings.alerts.AlertCatalog;
import io.purplemcp.sandbox.findings.misconfigurations.MisconfigurationCatalog;
import io.purplemcp.sandbox.findings.vulnerabilities.VulnerabilityCatalog;
import java.util.List;
import java.util.Map;

/**
 * What a sandbox serves, for tests that need real ids: the findings in the order the list operations
 * return them, the findings with notes and long histories, and the inventory's asset ids. The same in
 * every sandbox (the data is a pure function of the synthetic tenant).
 */
public final class SandboxData {

    /** An endpoint whose {@code memory} is the string {@code "16GB"}: the inventory's odd item. */
    public static final String ODD_ENDPOINT = Estate.ODD_ENDPOINT;
    /** A cloud resource with a numeric tag value: the inventory's second odd item. */
    public static final String ODD_CLOUD_RESOURCE = Estate.ODD_CLOUD_RESOURCE;

    private final Estate estate;
    private final AlertCatalog alerts;
    private final VulnerabilityCatalog vulnerabilities;
    private final MisconfigurationCatalog misconfigurations;

    /** The findings and the inventory share one estate; everything is built on first use. */
    SandboxData(SyntheticTenant tenant) {
        var team = new SocTeam(tenant);
        estate = new Estate(tenant);
        alerts = new AlertCatalog(estate, team);
        vulnerabilities = new VulnerabilityCatalog(estate, team);
        misconfigurations = new MisconfigurationCatalog(estate, team);
    }

    Estate estate() {
        return estate;
    }

    Map<SandboxFamily, FindingCatalog> catalogs() {
        return Map.of(
                SandboxFamily.ALERTS, alerts,
                SandboxFamily.VULNERABILITIES, vulnerabilities,
                SandboxFamily.MISCONFIGURATIONS, misconfigurations);
    }

    /** Every alert id, newest first (the order of {@code alerts}). */
    public List<String> alertIds() {
        return ids(alerts.items());
    }

    /** The newest alert: critical ransomware on {@code fin-ws-0142}, 3 notes, more than 25 history events. */
    public String alertWithLongHistory() {
        return alerts.landmark().get("id").textValue();
    }

    /** Every vulnerability id, newest first. */
    public List<String> vulnerabilityIds() {
        return ids(vulnerabilities.items());
    }

    /** The newest vulnerability: 12 notes (more than one default page), more than 15 history events. */
    public String vulnerabilityWithManyNotes() {
        return vulnerabilities.landmark().get("id").textValue();
    }

    /** Every misconfiguration id, newest first. */
    public List<String> misconfigurationIds() {
        return ids(misconfigurations.items());
    }

    /** The newest misconfiguration: 12 notes, a long history. */
    public String misconfigurationWithManyNotes() {
        return misconfigurations.landmark().get("id").textValue();
    }

    /** The inventory id of the asset with that name, e.g. {@code dc01.corp.example}. */
    public String assetId(String name) {
        return estate.named(name).get("id").textValue();
    }

    /** How many assets the inventory lists in all. */
    public int assetCount() {
        return estate.assets().size();
    }

    /** How many assets a surface lists ({@code ENDPOINT}, {@code CLOUD}, {@code IDENTITY}, {@code NETWORK_DISCOVERY}). */
    public int assetCount(String surface) {
        return estate.onSurface(surface).size();
    }

    private static List<String> ids(List<ObjectNode> items) {
        return items.stream().map(item -> item.get("id").textValue()).toList();
    }
}
