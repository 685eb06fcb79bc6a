package io.purplemcp.domain.findings.misconfigurations;

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
import io.purplemcp.domain.findings.tools.FindingFamily.View;
import io.purplemcp.domain.findings.xspm.XspmFields;
import java.util.List;

/** Misconfigurations: resource settings that break a security policy or compliance rule (XSPM). */
public final class MisconfigurationsFamily {

    private static FieldCatalog misconfigurations() {
        return FieldCatalog.of(
                object(
                        "Misconfiguration",
                        scalar("id"),
                        scalar("externalId"),
                        scalar("name"),
                        scalar("description"),
                        scalar("severity"),
                        scalar("status"),
                        XspmFields.asset(),
                        XspmFields.scope(),
                        scalar("scopeLevel"),
                        scalar("product"),
                        scalar("vendor"),
                        scalar("detectedAt"),
                        scalar("eventTime"),
                        scalar("environment"),
                        object(
                                "compliance",
                                scalars("standards"),
                                scalars("requirements"),
                                articles("complianceStandards"),
                                articles("complianceReferences"),
                                scalar("status")),
                        object("remediation", scalar("mitigable"), scalar("mitigationSteps"), articles("references")),
                        objects(
                                "failedRules",
                                scalar("name"),
                                scalar("description"),
                                scalar("severity"),
                                scalar("impact"),
                                scalars("compliance"),
                                scalar("recommendedAction"),
                                scalar("enforcementSettings")),
                        object(
                                "findingData",
                                objects("properties", scalarFields("name", "value")),
                                scalar("exposureReason"),
                                json("context")),
                        objects(
                                "mitreAttacks",
                                scalarFields(
                                        "techniqueId", "techniqueName", "techniqueUrl", "tacticName", "tacticUid")),
                        scalar("analystVerdict"),
                        XspmFields.user("assignee"),
                        object(
                                "cnapp",
                                object("policy", scalarFields("id", "name", "description", "version", "group"))
                                        .identified(),
                                scalar("verifiedExploitable"),
                                scalar("autoRemediation"),
                                scalar("haConnectionId"),
                                scalar("haTemplateId")),
                        scalars("complianceStandards").listOnly(),
                        scalars("dataClassificationCategories"),
                        scalars("dataClassificationDataTypes"),
                        scalar("enforcementAction"),
                        object(
                                "evidence",
                                scalar("fileName"),
                                scalar("fileType"),
                                scalar("fileUrl"),
                                scalar("iacFramework"),
                                scalar("ipAddress"),
                                scalar("port"),
                                scalar("subdomain"),
                                scalar("commitedBy"),
                                object("secret", scalarFields("type", "hash", "valid"))),
                        scalar("exclusionPolicyId"),
                        scalar("exploitId"),
                        scalar("exposureId"),
                        scalar("exposureReason").listOnly(),
                        scalar("findingType").listOnly(),
                        scalar("lastSeenAt"),
                        scalar("mitigable").listOnly(),
                        scalar("misconfigurationType"),
                        scalar("organization"),
                        scalar("resourceUid"),
                        scalar("selfLink"),
                        object(
                                "admissionRequest",
                                scalarFields(
                                        "category",
                                        "resourceName",
                                        "resourceNamespace",
                                        "resourceType",
                                        "userName",
                                        "userUid",
                                        "userGroup"))),
                List.of(
                        "id",
                        "externalId",
                        "name",
                        "severity",
                        "status",
                        "detectedAt",
                        "eventTime",
                        "lastSeenAt",
                        "environment",
                        "product",
                        "vendor",
                        XspmFields.ASSET_DEFAULT,
                        XspmFields.SCOPE_DEFAULT,
                        "analystVerdict",
                        XspmFields.ASSIGNEE_DEFAULT,
                        "cnapp { policy { id version group } verifiedExploitable }",
                        "complianceStandards",
                        "dataClassificationCategories",
                        "dataClassificationDataTypes",
                        "enforcementAction",
                        "evidence { fileName fileType iacFramework ipAddress port subdomain }",
                        "exclusionPolicyId",
                        "exploitId",
                        "exposureReason",
                        "mitigable",
                        "misconfigurationType",
                        "mitreAttacks",
                        "organization",
                        "remediation { mitigable mitigationSteps }",
                        "resourceUid",
                        "admissionRequest"),
                // Deprecated upstream in favour of misconfigurationType: selectable, no longer fetched by default.
                List.of("findingType"));
    }

    private MisconfigurationsFamily() {}

    /** The misconfigurations family, built anew (callers keep what they need). */
    public static FindingFamily family() {
        return new FindingFamily(
                "misconfiguration",
                "misconfigurations",
                misconfigurations(),
                XspmFields.notes("misconfigurationId"),
                XspmFields.history(),
                List.of(
                        new View("ALL", "every misconfiguration, the default"),
                        new View("CLOUD", "cloud resources"),
                        new View("KUBERNETES", "Kubernetes clusters and workloads"),
                        new View("IDENTITY", "identities and their access"),
                        new View("INFRASTRUCTURE_AS_CODE", "infrastructure-as-code templates"),
                        new View("ADMISSION_CONTROLLER", "requests judged by the Kubernetes admission controller"),
                        new View("OFFENSIVE_SECURITY", "weaknesses confirmed by offensive security testing"),
                        new View("SECRET_SCANNING", "secrets exposed in code")),
                FilterDialect.all("misconfigurations"),
                true,
                new FindingFamily.Guidance(
                        "A misconfiguration is a resource setting that breaks a security policy or compliance rule"
                                + " (in the cloud, Kubernetes, identities, infrastructure as code or code"
                                + " repositories): the policy, the evidence, the compliance standards and failed"
                                + " rules, MITRE ATT&CK mappings, and how to remediate it.",
                        "assessing posture, compliance audits, planning remediation and prioritising risk. Severity is"
                                + " CRITICAL, HIGH, MEDIUM, LOW, INFO or UNKNOWN; " + XspmFields.STATUS_VALUES,
                        "Core: id, name, severity, status, detectedAt, lastSeenAt, environment, product, vendor,"
                                + " analystVerdict, assigneeFullName, exposureReason, mitigable. "
                                + XspmFields.ASSET_FIELD_IDS
                                + " Policy: policyId, policyVersion, policyGroup, organization, enforcementAction,"
                                + " iacFramework. Compliance and data: complianceStandards, hasClassifiedData,"
                                + " dataClassificationCategories, dataClassificationDataTypes. Secrets: secretId,"
                                + " secretHash, secretType, secretValidity (not evidence.secret). Admission requests:"
                                + " requestResourceName, requestResourceType, requestResourceNamespace, requestUserName,"
                                + " requestUserUid, requestUserGroup, requestCategory. Other: commitedBy (spelt so),"
                                + " verifiedExploitable, accountId, siteId, groupId.",
                        "product and vendor take only string_equals and string_in; secretValidity takes only"
                                + " boolean_in; secretHash and secretId take only fulltext and fulltext_in. boolean_in"
                                + " may include null to match records where the field is unset. Values of severity:"
                                + " CRITICAL, HIGH, MEDIUM, LOW, INFO, UNKNOWN; " + XspmFields.STATUS_VALUES,
                        "detectedAt (when it was found; lastSeenAt is when it was last observed)",
                        "'[{\"fieldId\": \"severity\", \"filterType\": \"string_equals\", \"value\": \"CRITICAL\"},"
                                + " {\"fieldId\": \"assetCloudRegion\", \"filterType\": \"string_in\", \"values\":"
                                + " [\"us-east-1\", \"us-west-2\"]}, {\"fieldId\": \"status\", \"filterType\":"
                                + " \"string_in\", \"values\": [\"RESOLVED\"], \"isNegated\": true}]'",
                        XspmFields.HISTORY_EVENTS));
    }

    private static FieldSpec articles(String name) {
        return objects(name, scalarFields("title", "url"));
    }
}
