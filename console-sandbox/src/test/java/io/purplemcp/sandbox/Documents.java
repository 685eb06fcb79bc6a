package io.purplemcp.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** The GraphQL operations purple-mcp sends (docs/REFERENCE-BEHAVIOUR.md), for the tests. */
final class Documents {

    private Documents() {}

    static final String PAGE_INFO = "pageInfo { hasNextPage hasPreviousPage startCursor endCursor } totalCount";

    static final String ALERT_FIELDS = "id externalId severity status name description detectedAt firstSeenAt"
            + " lastSeenAt analystVerdict classification confidenceLevel detectionSource { product vendor }"
            + " asset { id name type } assignee { userId email fullName } noteExists result storylineId ticketId";

    static final String GET_ALERT = "query GetAlert($alertId: ID!) { alert(id: $alertId) { id externalId severity"
            + " status name description detectedAt firstSeenAt lastSeenAt analystVerdict classification"
            + " confidenceLevel dataSources detectionSource { product vendor } asset { id name type } assignee {"
            + " userId email fullName } noteExists result storylineId ticketId } }";

    static final String GET_ALERT_WITHOUT_DATA_SOURCES = GET_ALERT.replace(" dataSources", "");

    static String listAlerts(String nodeFields) {
        return "query ListAlerts($first: Int!, $after: String, $viewType: ViewType) { alerts(first: $first, after:"
                + " $after, viewType: $viewType) { edges { node { " + nodeFields + " } cursor } " + PAGE_INFO + " } }";
    }

    static String listAlertsWithoutViewType(String nodeFields) {
        return "query ListAlerts($first: Int!, $after: String) { alerts(first: $first, after: $after) { edges { node {"
                + " " + nodeFields + " } cursor } " + PAGE_INFO + " } }";
    }

    static String searchAlerts(String nodeFields) {
        return "query SearchAlerts($filters: [FilterInput!], $first: Int!, $after: String, $viewType: ViewType) {"
                + " alerts(filters: $filters, first: $first, after: $after, viewType: $viewType) { edges { node { "
                + nodeFields + " } cursor } " + PAGE_INFO + " } }";
    }

    static final String GET_ALERT_NOTES = "query GetAlertNotes($alertId: ID!) { alertNotes(alertId: $alertId) {"
            + " data { id text createdAt author { userId email } alertId } } }";

    static final String GET_ALERT_HISTORY = "query GetAlertHistory($alertId: ID!, $first: Int!, $after: String) {"
            + " alertHistory(alertId: $alertId, first: $first, after: $after) { edges { node { createdAt eventText"
            + " eventType reportUrl historyItemCreator { __typename ... on UserHistoryItemCreator { userId userType"
            + " } } } cursor } " + PAGE_INFO + " } }";

    static final String ASSET_FULL = "asset { id externalId name type category subcategory domain agentUuid"
            + " privileged criticality osType cloudInfo { accountId accountName providerName region resourceId"
            + " resourceLink } kubernetesInfo { cluster clusterId namespace } }";

    static final String GET_VULNERABILITY = "query GetVulnerability($id: ID!) { vulnerability(id: $id) { id"
            + " externalId name severity status detectedAt lastSeenAt updatedAt product vendor " + ASSET_FULL
            + " scope { account { id name } site { id name } group { id name } } scopeLevel cve { id description"
            + " nvdBaseScore riskScore score publishedDate epssScore epssPercentile epssLastUpdatedDate"
            + " exploitMaturity exploitedInTheWild kevAvailable remediationLevel reportConfidence s1BaseValues {"
            + " attackVector attackComplexity privilegesRequired userInteractions scope confidentiality integrity"
            + " availability } riskIndicators { severity values } mitreReferenceUrl nvdReferenceUrl timeline {"
            + " date key } } software { name version fixVersion type vendor } findingData { context } paidScope"
            + " remediationInsightsAvailable selfLink analystVerdict assignee { id email fullName deleted }"
            + " exclusionPolicyId } }";

    static final String VULNERABILITY_FIELDS = "id name severity status detectedAt lastSeenAt product vendor"
            + " asset { id externalId name type category subcategory privileged cloudInfo { accountId accountName"
            + " providerName region } kubernetesInfo { cluster namespace } } scope { account { id name } site { id"
            + " name } group { id name } } cve { id nvdBaseScore riskScore publishedDate epssScore exploitMaturity"
            + " exploitedInTheWild } software { name version fixVersion type vendor } analystVerdict assignee { id"
            + " email fullName } exclusionPolicyId";

    static String listVulnerabilities(String nodeFields) {
        return "query ListVulnerabilities($first: Int!, $after: String) { vulnerabilities(first: $first, after:"
                + " $after) { edges { node { " + nodeFields + " } cursor } " + PAGE_INFO + " } }";
    }

    static String searchVulnerabilities(String nodeFields) {
        return "query SearchVulnerabilities($filters: [FilterInput!], $first: Int!, $after: String) {"
                + " vulnerabilities(filters: $filters, first: $first, after: $after) { edges { node { " + nodeFields
                + " } cursor } " + PAGE_INFO + " } }";
    }

    static final String GET_VULNERABILITY_NOTES = "query GetVulnerabilityNotes($vulnerabilityId: ID!, $first: Int,"
            + " $after: String) { vulnerabilityNotes(vulnerabilityId: $vulnerabilityId, first: $first, after:"
            + " $after) { edges { node { id vulnerabilityId text author { id email fullName deleted } createdAt"
            + " updatedAt } cursor } " + PAGE_INFO + " } }";

    static final String GET_VULNERABILITY_HISTORY = "query GetVulnerabilityHistory($vulnerabilityId: ID!, $first:"
            + " Int!, $after: String) { vulnerabilityHistory(vulnerabilityId: $vulnerabilityId, first: $first,"
            + " after: $after) { edges { node { eventType eventText createdAt } cursor } " + PAGE_INFO + " } }";

    static final String GET_MISCONFIGURATION = "query GetMisconfiguration($id: ID!) { misconfiguration(id: $id) {"
            + " id externalId name description severity status detectedAt eventTime lastSeenAt environment product"
            + " vendor " + ASSET_FULL + " scope { account { id name } site { id name } group { id name } }"
            + " scopeLevel analystVerdict assignee { id email fullName deleted } cnapp { policy { id name"
            + " description version group } verifiedExploitable autoRemediation haConnectionId haTemplateId }"
            + " compliance { standards requirements complianceStandards { title url } complianceReferences { title"
            + " url } status } remediation { mitigable mitigationSteps references { title url } } failedRules {"
            + " name description severity impact compliance recommendedAction enforcementSettings } findingData {"
            + " properties { name value } exposureReason context } mitreAttacks { techniqueId techniqueName"
            + " techniqueUrl tacticName tacticUid } dataClassificationCategories dataClassificationDataTypes"
            + " enforcementAction evidence { fileName fileType fileUrl iacFramework ipAddress port subdomain"
            + " commitedBy secret { type hash valid } } exclusionPolicyId exploitId exposureId"
            + " misconfigurationType organization resourceUid selfLink admissionRequest { category resourceName"
            + " resourceNamespace resourceType userName userUid userGroup } } }";

    static final String MISCONFIGURATION_FIELDS = "id externalId name severity status detectedAt eventTime"
            + " lastSeenAt environment product vendor asset { id externalId name type category subcategory"
            + " privileged cloudInfo { accountId accountName providerName region } kubernetesInfo { cluster"
            + " namespace } } scope { account { id name } site { id name } group { id name } } analystVerdict"
            + " assignee { id email fullName } cnapp { policy { id version group } verifiedExploitable }"
            + " complianceStandards dataClassificationCategories dataClassificationDataTypes enforcementAction"
            + " evidence { fileName fileType iacFramework ipAddress port subdomain } exclusionPolicyId exploitId"
            + " exposureReason findingType mitigable misconfigurationType mitreAttacks { techniqueId techniqueName"
            + " techniqueUrl tacticName tacticUid } organization remediation { mitigable mitigationSteps }"
            + " resourceUid admissionRequest { category resourceName resourceNamespace resourceType userName"
            + " userUid userGroup }";

    static String listMisconfigurations(String nodeFields) {
        return "query ListMisconfigurations($first: Int!, $after: String, $viewType: ViewType) {"
                + " misconfigurations(first: $first, after: $after, viewType: $viewType) { edges { node { "
                + nodeFields + " } cursor } " + PAGE_INFO + " } }";
    }

    static String searchMisconfigurations(String nodeFields) {
        return "query SearchMisconfigurations($filters: [FilterInput!], $first: Int!, $after: String, $viewType:"
                + " ViewType) { misconfigurations(filters: $filters, first: $first, after: $after, viewType:"
                + " $viewType) { edges { node { " + nodeFields + " } cursor } " + PAGE_INFO + " } }";
    }

    static String searchMisconfigurationsWithoutViewType(String nodeFields) {
        return "query SearchMisconfigurations($filters: [FilterInput!], $first: Int!, $after: String) {"
                + " misconfigurations(filters: $filters, first: $first, after: $after) { edges { node { " + nodeFields
                + " } cursor } " + PAGE_INFO + " } }";
    }

    static final String GET_MISCONFIGURATION_NOTES = "query GetMisconfigurationNotes($misconfigurationId: ID!,"
            + " $first: Int, $after: String) { misconfigurationNotes(misconfigurationId: $misconfigurationId, first:"
            + " $first, after: $after) { edges { node { id misconfigurationId text author { id email fullName"
            + " deleted } createdAt updatedAt } cursor } " + PAGE_INFO + " } }";

    static final String GET_MISCONFIGURATION_HISTORY = "query GetMisconfigurationHistory($misconfigurationId: ID!,"
            + " $first: Int!, $after: String) { misconfigurationHistory(misconfigurationId: $misconfigurationId,"
            + " first: $first, after: $after) { edges { node { eventType eventText createdAt } cursor } "
            + PAGE_INFO + " } }";

    // ---- variables ----

    static ObjectNode variables(Object... namesAndValues) {
        var variables = JsonNodeFactory.instance.objectNode();
        for (var i = 0; i < namesAndValues.length; i += 2) {
            var value = namesAndValues[i + 1];
            var name = (String) namesAndValues[i];
            if (value == null) {
                variables.putNull(name);
            } else if (value instanceof JsonNode node) {
                variables.set(name, node);
            } else if (value instanceof Integer number) {
                variables.put(name, number);
            } else if (value instanceof Long number) {
                variables.put(name, number);
            } else if (value instanceof Boolean flag) {
                variables.put(name, flag);
            } else {
                variables.put(name, value.toString());
            }
        }
        return variables;
    }

    private static final List<String> ALERT_FILTER_KEYS = List.of(
            "booleanEqual",
            "booleanIn",
            "dateTimeRange",
            "intEqual",
            "intIn",
            "intRange",
            "longEqual",
            "longIn",
            "longRange",
            "stringEqual",
            "stringIn",
            "match");

    /**
     * An alerts FilterInput in its wire form: every key present, the unused ones null
     * (docs/decisions/0012-findings-filters.md).
     */
    static ObjectNode alertsFilter(String fieldId, boolean negated, String operator, JsonNode payload) {
        var filter = JsonNodeFactory.instance.objectNode();
        filter.put("fieldId", fieldId);
        filter.put("isNegated", negated);
        for (var key : ALERT_FILTER_KEYS) {
            if (key.equals(operator)) {
                filter.set(key, payload);
            } else {
                filter.putNull(key);
            }
        }
        return filter;
    }

    /**
     * An XSPM FilterInput in its wire form: fieldId, isNegated and the one operator
     * (docs/decisions/0012-findings-filters.md).
     */
    static ObjectNode xspmFilter(String fieldId, boolean negated, String operator, JsonNode payload) {
        var filter = JsonNodeFactory.instance.objectNode();
        filter.put("fieldId", fieldId);
        filter.put("isNegated", negated);
        filter.set(operator, payload);
        return filter;
    }

    static ObjectNode value(Object value) {
        return variables("value", value);
    }

    static ObjectNode values(Object... values) {
        var node = JsonNodeFactory.instance.objectNode();
        var array = node.putArray("values");
        for (var value : values) {
            if (value == null) {
                array.addNull();
            } else if (value instanceof Boolean flag) {
                array.add(flag);
            } else if (value instanceof Integer number) {
                array.add(number);
            } else if (value instanceof Long number) {
                array.add(number);
            } else {
                array.add(value.toString());
            }
        }
        return node;
    }

    /** A range payload with all four keys, as the alerts wire form has it. */
    static ObjectNode range(Long start, boolean startInclusive, Long end, boolean endInclusive) {
        var node = JsonNodeFactory.instance.objectNode();
        if (start == null) {
            node.putNull("start");
        } else {
            node.put("start", start);
        }
        node.put("startInclusive", startInclusive);
        if (end == null) {
            node.putNull("end");
        } else {
            node.put("end", end);
        }
        node.put("endInclusive", endInclusive);
        return node;
    }

    static com.fasterxml.jackson.databind.node.ArrayNode list(JsonNode... elements) {
        var array = JsonNodeFactory.instance.arrayNode();
        for (var element : elements) {
            array.add(element);
        }
        return array;
    }
}
