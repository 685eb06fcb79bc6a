package io.purplemcp.domain.findings.vulnerabilities;

import static io.purplemcp.domain.findings.fields.FieldSpec.json;
import static io.purplemcp.domain.findings.fields.FieldSpec.object;
import static io.purplemcp.domain.findings.fields.FieldSpec.objects;
import static io.purplemcp.domain.findings.fields.FieldSpec.scalar;
import static io.purplemcp.domain.findings.fields.FieldSpec.scalarFields;
import static io.purplemcp.domain.findings.fields.FieldSpec.scalars;

import io.purplemcp.domain.findings.fields.FieldCatalog;
import io.purplemcp.domain.findings.fields.FieldSpec;
import io.purplemcp.domain.findings.filters.FilterDialect;
import io.purplemcp.domain.findings.tools.FindingFamily;
import io.purplemcp.domain.findings.xspm.XspmFields;
import java.util.List;

/** Vulnerabilities: known weaknesses (CVEs) in software found on assets (XSPM). */
public final class VulnerabilitiesFamily {

    private static FieldSpec cve() {
        return object(
                        "cve",
                        scalar("id"),
                        scalar("description"),
                        scalar("nvdBaseScore"),
                        scalar("riskScore"),
                        scalar("score"),
                        scalar("publishedDate"),
                        scalar("epssScore"),
                        scalar("epssPercentile"),
                        scalar("epssLastUpdatedDate"),
                        scalar("exploitMaturity"),
                        scalar("exploitedInTheWild"),
                        scalar("kevAvailable"),
                        scalar("remediationLevel"),
                        scalar("reportConfidence"),
                        object(
                                "s1BaseValues",
                                scalarFields(
                                        "attackVector",
                                        "attackComplexity",
                                        "privilegesRequired",
                                        "userInteractions",
                                        "scope",
                                        "confidentiality",
                                        "integrity",
                                        "availability")),
                        objects("riskIndicators", scalar("severity"), scalars("values")),
                        scalar("mitreReferenceUrl"),
                        scalar("nvdReferenceUrl"),
                        objects("timeline", scalarFields("date", "key")))
                .identified();
    }

    private static FieldCatalog vulnerabilities() {
        return FieldCatalog.of(
                object(
                        "Vulnerability",
                        scalar("id"),
                        scalar("externalId"),
                        scalar("name"),
                        scalar("severity"),
                        scalar("status"),
                        XspmFields.asset(),
                        XspmFields.scope(),
                        scalar("scopeLevel"),
                        cve(),
                        object("software", scalarFields("name", "version", "fixVersion", "type", "vendor")),
                        scalar("product"),
                        scalar("vendor"),
                        scalar("detectedAt"),
                        scalar("lastSeenAt"),
                        scalar("updatedAt"),
                        object("findingData", json("context")),
                        scalar("paidScope"),
                        scalar("remediationInsightsAvailable"),
                        scalar("selfLink"),
                        scalar("analystVerdict"),
                        XspmFields.user("assignee"),
                        scalar("exclusionPolicyId")),
                List.of(
                        "id",
                        "name",
                        "severity",
                        "status",
                        "detectedAt",
                        "lastSeenAt",
                        "product",
                        "vendor",
                        XspmFields.ASSET_DEFAULT,
                        XspmFields.SCOPE_DEFAULT,
                        "cve { id nvdBaseScore riskScore publishedDate epssScore exploitMaturity exploitedInTheWild }",
                        "software",
                        "analystVerdict",
                        XspmFields.ASSIGNEE_DEFAULT,
                        "exclusionPolicyId"),
                List.of());
    }

    private VulnerabilitiesFamily() {}

    /** The vulnerabilities family, built anew (callers keep what they need). */
    public static FindingFamily family() {
        return new FindingFamily(
                "vulnerability",
                "vulnerabilities",
                vulnerabilities(),
                XspmFields.notes("vulnerabilityId"),
                XspmFields.history(),
                List.of(),
                FilterDialect.all("vulnerabilities"),
                true,
                new FindingFamily.Guidance(
                        "A vulnerability is a known weakness (a CVE) in software found on an asset: the CVE with its"
                                + " scores (NVD base score, risk score, EPSS), exploit maturity and whether it is"
                                + " exploited in the wild or listed as known exploited, the software and the version"
                                + " that fixes it, the asset and where it sits in the account, site and group scope.",
                        "prioritising patching, researching a CVE, judging exposure and compliance reporting. Severity"
                                + " is CRITICAL, HIGH, MEDIUM, LOW or UNKNOWN; " + XspmFields.STATUS_VALUES,
                        "Core: id, name, severity, status, detectedAt, lastSeenAt, product, vendor, analystVerdict,"
                                + " assigneeFullName. CVE: cveId (not cve.id), cveEpssScore (string_in only, with the"
                                + " buckets \"0.0-0.35\", \"0.35-0.5\", \"0.5-0.75\", \"0.75-1.0\"), cveExploitMaturity"
                                + " (e.g. UNPROVEN, PROOF_OF_CONCEPT, FUNCTIONAL, HIGH), cveExploitedInTheWild,"
                                + " cveKevAvailable, cveReportConfidence; cveNvdBaseScore and cveRiskScore cannot be"
                                + " filtered on. Software: softwareName, softwareVersion, softwareFixVersion,"
                                + " softwareFixVersionAvailable, softwareType, softwareVendor. "
                                + XspmFields.ASSET_FIELD_IDS
                                + " Other: remediationInsightsAvailable, accountId, siteId, groupId.",
                        "product and vendor take only string_equals and string_in, not fulltext. boolean_in may include"
                                + " null to match records where the field is unset. Values of severity: CRITICAL, HIGH,"
                                + " MEDIUM, LOW, UNKNOWN; " + XspmFields.STATUS_VALUES,
                        "detectedAt",
                        "'[{\"fieldId\": \"severity\", \"filterType\": \"string_in\", \"values\": [\"CRITICAL\","
                                + " \"HIGH\"]}, {\"fieldId\": \"cveExploitedInTheWild\", \"filterType\":"
                                + " \"boolean_equals\", \"value\": true}, {\"fieldId\": \"assetName\", \"filterType\":"
                                + " \"fulltext\", \"values\": [\"srv-web\"]}]'",
                        XspmFields.HISTORY_EVENTS));
    }
}
