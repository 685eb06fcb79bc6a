package io.purplemcp.domain.findings.xspm;

import static io.purplemcp.domain.findings.fields.FieldSpec.object;
import static io.purplemcp.domain.findings.fields.FieldSpec.scalar;
import static io.purplemcp.domain.findings.fields.FieldSpec.scalarFields;

import io.purplemcp.domain.findings.fields.FieldCatalog;
import io.purplemcp.domain.findings.fields.FieldSpec;

/** The fields and guidance the vulnerabilities and misconfigurations APIs have in common. */
public final class XspmFields {

    /** What {@code asset} selects in a listing when named alone. */
    public static final String ASSET_DEFAULT = "asset { id externalId name type category subcategory privileged"
            + " cloudInfo { accountId accountName providerName region } kubernetesInfo { cluster namespace } }";

    public static final String SCOPE_DEFAULT = "scope";
    public static final String ASSIGNEE_DEFAULT = "assignee { id email fullName }";

    public static final String ASSET_FIELD_IDS = "Asset: assetId, assetName, assetType, assetTypeCategory,"
            + " assetCategory, assetSubcategory, assetCriticality (CRITICAL, HIGH, MEDIUM, LOW), assetPrivileged,"
            + " assetCloudResourceId, assetCloudAccountId, assetCloudAccount, assetCloudRegion,"
            + " assetKubernetesCluster, assetKubernetesClusterId.";

    public static final String STATUS_VALUES =
            "status: NEW, IN_PROGRESS, ON_HOLD, RESOLVED, RISK_ACKED, SUPPRESSED, TO_BE_PATCHED;"
                    + " analystVerdict: TRUE_POSITIVE, FALSE_POSITIVE.";

    public static final String HISTORY_EVENTS = "event_type is CREATION (the finding appeared), STATUS (its status"
            + " changed), ANALYST_VERDICT (a verdict was set), USER_ASSIGNMENT (someone was assigned),"
            + " NOTES (a note was added) or WORKFLOW_ACTION (an automation acted on it); event_text describes the"
            + " change and created_at says when.";

    private XspmFields() {}

    public static FieldSpec asset() {
        return object(
                        "asset",
                        scalar("id"),
                        scalar("externalId"),
                        scalar("name"),
                        scalar("type"),
                        scalar("category"),
                        scalar("subcategory"),
                        scalar("domain"),
                        scalar("agentUuid"),
                        scalar("privileged"),
                        scalar("criticality"),
                        scalar("osType"),
                        object(
                                "cloudInfo",
                                scalarFields(
                                        "accountId",
                                        "accountName",
                                        "providerName",
                                        "region",
                                        "resourceId",
                                        "resourceLink")),
                        object("kubernetesInfo", scalarFields("cluster", "clusterId", "namespace")))
                .identified();
    }

    public static FieldSpec scope() {
        return object("scope", scopeLevel("account"), scopeLevel("site"), scopeLevel("group"));
    }

    /** A console user: an assignee or a note's author. */
    public static FieldSpec user(String name) {
        return object(name, scalarFields("id", "email", "fullName", "deleted"));
    }

    /** The notes of a finding whose id the note names in {@code findingIdField}. */
    public static FieldCatalog notes(String findingIdField) {
        return FieldCatalog.fixed(object(
                "Note",
                scalar("id"),
                scalar(findingIdField),
                scalar("text"),
                user("author"),
                scalar("createdAt"),
                scalar("updatedAt")));
    }

    public static FieldCatalog history() {
        return FieldCatalog.fixed(object("HistoryEvent", scalarFields("eventType", "eventText", "createdAt")));
    }

    private static FieldSpec scopeLevel(String name) {
        return object(name, scalarFields("id", "name")).identified();
    }
}
