package io.purplemcp.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.regex.Pattern;

/** The GraphQL operations purple-mcp sends (docs/REFERENCE-BEHAVIOUR.md), for the tests. */
final class Documents {

    private Documents() {}

    static final String PAGE_INFO = "pageInfo { hasNextPage hasPreviousPage startCursor endCursor } totalCount";

    private static final Pattern PARAMETER = Pattern.compile("\\$(\\w+): [^,]+");
    private static final String PAGE = "$first: Int!, $after: String";
    private static final String FILTERED_PAGE = "$filters: [FilterInput!], " + PAGE;
    private static final String VIEW_TYPE = ", $viewType: ViewType";

    /**
     * A query for one page of a connection, as purple-mcp writes it: every parameter is passed on as the argument
     * of its name, and the page comes with its edges, cursors and {@link #PAGE_INFO}.
     */
    private static String connection(String operation, String root, String parameters, String nodeFields) {
        var arguments = PARAMETER.matcher(parameters).replaceAll("$1: \\$$1");
        return "query " + operation + "(" + parameters + ") { " + root + "(" + arguments + ") { edges { node { "
                + nodeFields + " } cursor } " + PAGE_INFO + " } }";
    }

    // Vulnerabilities and misconfigurations share one API for notes and history; only the entity's name differs.
    private static String pagedNotes(String entity) {
        return connection(
                "Get" + capitalised(entity) + "Notes",
                entity + "Notes",
                "$" + entity + "Id: ID!, $first: Int, $after: String",
                "id " + entity + "Id text author { id email fullName deleted } createdAt updatedAt");
    }

    private static String history(String entity) {
        return connection(
                "Get" + capitalised(entity) + "History",
                entity + "History",
                "$" + entity + "Id: ID!, $first: Int!, $after: String",
                "eventType eventText createdAt");
    }

    private static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    static final String ALERT_FIELDS = "id externalId severity status name description detectedAt firstSeenAt"
            + " lastSeenAt analystVerdict classification confidenceLevel detectionSource { product vendor }"
            + " asset { id name type } assignee { userId email fullName } noteExists result storylineId ticketId";

    static final String GET_ALERT = "query GetAlert($alertId: ID!) { alert(id: $alertId) { id externalId severity"
            + " status name description detectedAt firstSeenAt lastSeenAt analystVerdict classification"
            + " confidenceLevel dataSources detectionSource { product vendor } asset { id name type } assignee {"
            + " userId email fullName } noteExists result storylineId ticketId } }";

    static final String GET_ALERT_WITHOUT_DATA_SOURCES = GET_ALERT.replace(" dataSources", "");

    static String listAlerts(String nodeFields) {
        return connection("ListAlerts", "alerts", PAGE + VIEW_TYPE, nodeFields);
    }

    static String listAlertsWithoutViewType(String nodeFields) {
        return connection("ListAlerts", "alerts", PAGE, nodeFields);
    }

    static String searchAlerts(String nodeFields) {
        return connection("SearchAlerts", "alerts", FILTERED_PAGE + VIEW_TYPE, nodeFields);
    }

    static final String GET_ALERT_NOTES = "query GetAlertNotes($alertId: ID!) { alertNotes(alertId: $alertId) {"
            + " data { id text createdAt author { userId email } alertId } } }";

    static final String GET_ALERT_HISTORY = connection(
            "GetAlertHistory",
            "alertHistory",
            "$alertId: ID!, $first: Int!, $after: String",
            "createdAt eventText eventType reportUrl historyItemCreator { __typename ... on UserHistoryItemCreator {"
                    + " userId userType } }");

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
        return connection("ListVulnerabilities", "vulnerabilities", PAGE, nodeFields);
    }

    static String searchVulnerabilities(String nodeFields) {
        return connection("SearchVulnerabilities", "vulnerabilities", FILTERED_PAGE, nodeFields);
    }

    static final String GET_VULNERABILITY_NOTES = pagedNotes("vulnerability");

    static final String GET_VULNERABILITY_HISTORY = history("vulnerability");

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
        return connection("ListMisconfigurations", "misconfigurations", PAGE + VIEW_TYPE, nodeFields);
    }

    static String searchMisconfigurations(String nodeFields) {
        return connection("SearchMisconfigurations", "misconfigurations", FILTERED_PAGE + VIEW_TYPE, nodeFields);
    }

    static String searchMisconfigurationsWithoutViewType(String nodeFields) {
        return connection("SearchMisconfigurations", "misconfigurations", FILTERED_PAGE, nodeFields);
    }

    static final String GET_MISCONFIGURATION_NOTES = pagedNotes("misconfiguration");

    static final String GET_MISCONFIGURATION_HISTORY = history("misconfiguration");

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

    // Every operator key but matchIn, which the alerts API does not have.
    private static final List<String> ALERT_FILTER_KEYS = List.of(SandboxTest.names(
            "booleanEqual booleanIn dateTimeRange intEqual intIn intRange longEqual longIn longRange stringEqual"
                    + " stringIn match"));

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
