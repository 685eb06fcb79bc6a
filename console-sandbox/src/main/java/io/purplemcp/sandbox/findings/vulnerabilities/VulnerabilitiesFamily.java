package io.purplemcp.sandbox.findings.vulnerabilities;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.purplemcp.sandbox.faults.Phase;
import io.purplemcp.sandbox.findings.Connections;
import io.purplemcp.sandbox.findings.Filters;
import io.purplemcp.sandbox.findings.Filters.Field;
import io.purplemcp.sandbox.findings.Filters.Kind;
import io.purplemcp.sandbox.findings.FindingsFamily;
import io.purplemcp.sandbox.findings.SchemaResources;
import io.purplemcp.sandbox.findings.XspmParts;
import io.purplemcp.sandbox.graphql.RootResolver;
import io.purplemcp.sandbox.graphql.Schema;
import java.util.ArrayList;
import java.util.List;

/**
 * XSPM Vulnerabilities: {@code POST /web/api/v2.1/xspm/findings/vulnerabilities/graphql} with the root
 * fields {@code vulnerability(id)}, {@code vulnerabilities(filters, first, after)},
 * {@code vulnerabilityNotes(vulnerabilityId, first, after)} and
 * {@code vulnerabilityHistory(vulnerabilityId, first, after)} (findings-tools.md §4). No view types.
 */
public final class VulnerabilitiesFamily implements FindingsFamily {

    /** The default path. */
    public static final String PATH = "/web/api/v2.1/xspm/findings/vulnerabilities/graphql";

    private final VulnerabilityCatalog catalog;
    private final Schema schema = SchemaResources.load("vulnerabilities.graphqls");
    private final Filters filters = new Filters("vulnerabilities", fields());

    public VulnerabilitiesFamily(VulnerabilityCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public String name() {
        return "vulnerabilities";
    }

    @Override
    public String path() {
        return PATH;
    }

    @Override
    public Schema schema() {
        return schema;
    }

    @Override
    public Phase phase(String rootField) {
        return switch (rootField) {
            case "vulnerabilities" -> Phase.LIST;
            case "vulnerabilityNotes" -> Phase.NOTES;
            case "vulnerabilityHistory" -> Phase.HISTORY;
            default -> Phase.GET;
        };
    }

    @Override
    public RootResolver resolver() {
        return this::resolve;
    }

    private JsonNode resolve(String field, ObjectNode arguments) {
        var id = arguments.path("vulnerabilityId").asText();
        return switch (field) {
            case "vulnerability" -> catalog.byId(arguments.path("id").asText());
            case "vulnerabilities" ->
                Connections.page(
                        catalog.vulnerabilities(),
                        filters.compile(arguments.get("filters")),
                        "vulnerabilities",
                        arguments.get("first"),
                        arguments.get("after"));
            case "vulnerabilityNotes" ->
                Connections.page(
                        catalog.notes(id),
                        item -> true,
                        "vulnerability-notes:" + id,
                        arguments.get("first"),
                        arguments.get("after"));
            case "vulnerabilityHistory" ->
                Connections.page(
                        catalog.history(id),
                        item -> true,
                        "vulnerability-history:" + id,
                        arguments.get("first"),
                        arguments.get("after"));
            default -> null;
        };
    }

    private static List<Field> fields() {
        var fields = new ArrayList<>(XspmParts.sharedFields());
        fields.addAll(List.of(
                Field.at("externalId", Kind.STRING, "/externalId"),
                Field.at("updatedAt", Kind.DATETIME, "/updatedAt"),
                Field.at("cveId", Kind.STRING, "/cve/id"),
                // The reference's description calls the two scores sort-only; the sandbox filters them
                // numerically so that the int/long filter types have something to act on.
                Field.at("cveNvdBaseScore", Kind.NUMBER, "/cve/nvdBaseScore"),
                Field.at("cveRiskScore", Kind.NUMBER, "/cve/riskScore"),
                Field.at("cveEpssScore", Kind.STRING, "/cveEpssBucket").only("stringIn"),
                Field.at("cveExploitMaturity", Kind.STRING, "/cve/exploitMaturity"),
                Field.at("cveExploitedInTheWild", Kind.BOOLEAN, "/cve/exploitedInTheWild"),
                Field.at("cveKevAvailable", Kind.BOOLEAN, "/cve/kevAvailable"),
                Field.at("cveReportConfidence", Kind.STRING, "/cve/reportConfidence"),
                Field.at("softwareName", Kind.STRING, "/software/name"),
                Field.at("softwareVersion", Kind.STRING, "/software/version"),
                Field.at("softwareFixVersion", Kind.STRING, "/software/fixVersion"),
                Field.at("softwareFixVersionAvailable", Kind.BOOLEAN, "/softwareFixVersionAvailable"),
                Field.at("softwareType", Kind.STRING, "/software/type"),
                Field.at("softwareVendor", Kind.STRING, "/software/vendor"),
                Field.at("remediationInsightsAvailable", Kind.BOOLEAN, "/remediationInsightsAvailable")));
        return fields;
    }
}
