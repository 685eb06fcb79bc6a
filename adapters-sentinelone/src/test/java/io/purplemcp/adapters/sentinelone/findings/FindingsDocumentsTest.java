package io.purplemcp.adapters.sentinelone.findings;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.purplemcp.adapters.sentinelone.graphql.GraphQlRequest;
import io.purplemcp.ports.out.findings.CursorPageRequest;
import io.purplemcp.ports.out.findings.Filter;
import io.purplemcp.ports.out.findings.FilterOperand;
import io.purplemcp.ports.out.findings.FilterOperator;
import io.purplemcp.ports.out.findings.FindingId;
import io.purplemcp.ports.out.findings.ListRequest;
import io.purplemcp.ports.out.findings.Selection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The operations, their variables, and what an older schema lacks (docs/REFERENCE-BEHAVIOUR.md). */
class FindingsDocumentsTest {

    static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    static final FindingsApi ALERTS = FindingsApi.alerts();
    static final FindingsApi VULNERABILITIES = FindingsApi.vulnerabilities();
    static final FindingsApi MISCONFIGURATIONS = FindingsApi.misconfigurations();
    static final Selection FIELDS = Selection.of(
            Selection.Field.scalar("id"),
            Selection.Field.scalar("dataSources"),
            Selection.Field.object("asset", Selection.Field.scalar("id"), Selection.Field.scalar("name")));
    static final String CONNECTION = "{ edges { node { id dataSources asset { id name } } cursor } pageInfo {"
            + " hasNextPage hasPreviousPage startCursor endCursor } totalCount }";

    static Filter severity(String value) {
        return new Filter(
                "severity", false, FilterOperator.STRING_EQUALS, new FilterOperand.One(NODES.textNode(value)));
    }

    static GraphQlRequest list(FindingsApi api, CursorPageRequest page, Optional<String> view) {
        return FindingsDocuments.list(api, ListRequest.list(FIELDS, page, view), Set.of());
    }

    static GraphQlRequest search(FindingsApi api, CursorPageRequest page, Optional<String> view, List<Filter> filters) {
        return FindingsDocuments.list(api, ListRequest.search(FIELDS, page, view, filters), Set.of());
    }

    /** Get, search (in the ALL view), notes and history of one finding. */
    static List<GraphQlRequest> everyOperation(FindingsApi api, FindingId id, CursorPageRequest page, Filter filter) {
        return List.of(
                FindingsDocuments.get(api, id, FIELDS, Set.of()),
                search(api, page, Optional.of("ALL"), List.of(filter)),
                FindingsDocuments.notes(api, id, FIELDS, Optional.of(page)),
                FindingsDocuments.history(api, id, FIELDS, page));
    }

    @Test
    void getAlert() {
        var request = FindingsDocuments.get(ALERTS, new FindingId("a1"), FIELDS, Set.of());
        assertThat(request.document())
                .isEqualTo(
                        "query GetAlert($alertId: ID!) { alert(id: $alertId) { id dataSources asset { id name } } }");
        assertThat(request.variables().toString()).isEqualTo("{\"alertId\":\"a1\"}");
        assertThat(request.label()).isEqualTo("alerts get");
        assertThat(FindingsDocuments.get(ALERTS, new FindingId("a1"), FIELDS, Set.of("dataSources"))
                        .document())
                .isEqualTo("query GetAlert($alertId: ID!) { alert(id: $alertId) { id asset { id name } } }");
    }

    @Test
    void getXspm() {
        assertThat(FindingsDocuments.get(VULNERABILITIES, new FindingId("v1"), FIELDS, Set.of())
                        .document())
                .startsWith("query GetVulnerability($id: ID!) { vulnerability(id: $id) { id ");
        var misconfiguration = FindingsDocuments.get(MISCONFIGURATIONS, new FindingId("m1"), FIELDS, Set.of());
        assertThat(misconfiguration.document())
                .startsWith("query GetMisconfiguration($id: ID!) { misconfiguration(id: $id) {");
        assertThat(misconfiguration.variables().toString()).isEqualTo("{\"id\":\"m1\"}");
    }

    @Test
    void listAlertsSendsAfterAndViewAlways() {
        var request = list(ALERTS, CursorPageRequest.first(10), Optional.of("ALL"));
        assertThat(request.document())
                .isEqualTo("query ListAlerts($first: Int!, $after: String, $viewType: ViewType) { alerts(first: $first,"
                        + " after: $after, viewType: $viewType) " + CONNECTION + " }");
        assertThat(request.variables().toString()).isEqualTo("{\"first\":10,\"after\":null,\"viewType\":\"ALL\"}");
        var assigned =
                list(ALERTS, new CursorPageRequest(25, Optional.of("cursor-123")), Optional.of("ASSIGNED_TO_ME"));
        assertThat(assigned.variables().toString())
                .isEqualTo("{\"first\":25,\"after\":\"cursor-123\",\"viewType\":\"ASSIGNED_TO_ME\"}");
        assertThat(assigned.label()).isEqualTo("alerts list");
    }

    @Test
    void searchAlertsSendsNullFiltersWhenThereAreNone() {
        var request = search(ALERTS, CursorPageRequest.first(2), Optional.of("ALL"), List.of());
        assertThat(request.document())
                .startsWith(
                        "query SearchAlerts($filters: [FilterInput!], $first: Int!, $after: String, $viewType:"
                                + " ViewType) { alerts(filters: $filters, first: $first, after: $after, viewType: $viewType) {");
        assertThat(request.variables().toString())
                .isEqualTo("{\"filters\":null,\"first\":2,\"after\":null,\"viewType\":\"ALL\"}");
        var filtered = search(ALERTS, CursorPageRequest.first(2), Optional.of("ALL"), List.of(severity("HIGH")));
        assertThat(filtered.variables().get("filters").get(0).get("stringEqual").toString())
                .isEqualTo("{\"value\":\"HIGH\"}");
        assertThat(filtered.label()).isEqualTo("alerts search");
    }

    @Test
    void withoutTheNewerSchemaPartsTheViewAndFieldsAreLeftOut() {
        var request = FindingsDocuments.list(
                ALERTS,
                ListRequest.search(FIELDS, CursorPageRequest.first(2), Optional.of("MY_TEAM"), List.of()),
                Set.of(FindingsApi.VIEW_TYPE, "dataSources"));
        assertThat(request.document())
                .isEqualTo("query SearchAlerts($filters: [FilterInput!], $first: Int!, $after: String) {"
                        + " alerts(filters: $filters, first: $first, after: $after) { edges { node { id asset { id"
                        + " name } } cursor } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }"
                        + " totalCount } }");
        assertThat(request.variables().has("viewType")).isFalse();
    }

    @Test
    void listVulnerabilitiesOmitsWhatIsAbsent() {
        var request = list(VULNERABILITIES, CursorPageRequest.first(10), Optional.empty());
        assertThat(request.document())
                .isEqualTo("query ListVulnerabilities($first: Int!, $after: String) { vulnerabilities(first: $first,"
                        + " after: $after) " + CONNECTION + " }");
        assertThat(request.variables().toString()).isEqualTo("{\"first\":10}");
        var search = search(VULNERABILITIES, new CursorPageRequest(25, Optional.of("x")), Optional.empty(), List.of());
        assertThat(search.variables().toString()).isEqualTo("{\"first\":25,\"after\":\"x\"}");
        var filtered =
                search(VULNERABILITIES, CursorPageRequest.first(25), Optional.empty(), List.of(severity("HIGH")));
        assertThat(filtered.variables().toString())
                .isEqualTo("{\"filters\":[{\"fieldId\":\"severity\",\"isNegated\":false,\"stringEqual\":{\"value\":"
                        + "\"HIGH\"}}],\"first\":25}");
    }

    @Test
    void vulnerabilitiesIgnoreAView() {
        var request = list(VULNERABILITIES, CursorPageRequest.first(10), Optional.of("ALL"));
        assertThat(request.document()).doesNotContain("viewType");
        assertThat(request.variables().has("viewType")).isFalse();
    }

    @Test
    void misconfigurationsSendTheirView() {
        var request = list(MISCONFIGURATIONS, CursorPageRequest.first(10), Optional.of("CLOUD"));
        assertThat(request.document())
                .startsWith("query ListMisconfigurations($first: Int!, $after: String, $viewType: ViewType) {"
                        + " misconfigurations(first: $first, after: $after, viewType: $viewType) {");
        assertThat(request.variables().toString()).isEqualTo("{\"first\":10,\"viewType\":\"CLOUD\"}");
    }

    @Test
    void alertNotesAreAListWithoutPaging() {
        var request =
                FindingsDocuments.notes(ALERTS, new FindingId("a1"), FIELDS, Optional.of(CursorPageRequest.first(3)));
        assertThat(request.document())
                .isEqualTo("query GetAlertNotes($alertId: ID!) { alertNotes(alertId: $alertId) { data { id dataSources"
                        + " asset { id name } } } }");
        assertThat(request.variables().toString()).isEqualTo("{\"alertId\":\"a1\"}");
        assertThat(request.label()).isEqualTo("alerts notes");
    }

    @Test
    void xspmNotesArePagedWhenAsked() {
        var unpaged = FindingsDocuments.notes(VULNERABILITIES, new FindingId("v1"), FIELDS, Optional.empty());
        assertThat(unpaged.document())
                .isEqualTo("query GetVulnerabilityNotes($vulnerabilityId: ID!, $first: Int, $after: String) {"
                        + " vulnerabilityNotes(vulnerabilityId: $vulnerabilityId, first: $first, after: $after) "
                        + CONNECTION + " }");
        assertThat(unpaged.variables().toString()).isEqualTo("{\"vulnerabilityId\":\"v1\"}");
        var paged = FindingsDocuments.notes(
                MISCONFIGURATIONS,
                new FindingId("m1"),
                FIELDS,
                Optional.of(new CursorPageRequest(3, Optional.of("x"))));
        assertThat(paged.document()).startsWith("query GetMisconfigurationNotes($misconfigurationId: ID!");
        assertThat(paged.variables().toString())
                .isEqualTo("{\"misconfigurationId\":\"m1\",\"first\":3,\"after\":\"x\"}");
    }

    @Test
    void history() {
        var alerts = FindingsDocuments.history(ALERTS, new FindingId("a1"), FIELDS, CursorPageRequest.first(5));
        assertThat(alerts.document())
                .isEqualTo("query GetAlertHistory($alertId: ID!, $first: Int!, $after: String) { alertHistory(alertId:"
                        + " $alertId, first: $first, after: $after) " + CONNECTION + " }");
        assertThat(alerts.variables().toString()).isEqualTo("{\"alertId\":\"a1\",\"first\":5,\"after\":null}");
        assertThat(alerts.label()).isEqualTo("alerts history");
        var vulnerabilities = FindingsDocuments.history(
                VULNERABILITIES, new FindingId("v1"), FIELDS, new CursorPageRequest(3, Optional.of("x")));
        assertThat(vulnerabilities.document())
                .startsWith("query GetVulnerabilityHistory($vulnerabilityId: ID!, $first: Int!, $after: String) {"
                        + " vulnerabilityHistory(vulnerabilityId: $vulnerabilityId, first: $first, after: $after) {");
        assertThat(vulnerabilities.variables().toString())
                .isEqualTo("{\"vulnerabilityId\":\"v1\",\"first\":3,\"after\":\"x\"}");
    }

    @Test
    void unionMembersAreTypeConditions() {
        var fields = Selection.of(Selection.Field.object(
                "historyItemCreator",
                Selection.Field.scalar("__typename"),
                new Selection.OnType(
                        "UserHistoryItemCreator",
                        List.of(Selection.Field.scalar("userId"), Selection.Field.scalar("userType")))));
        assertThat(FindingsDocuments.selection(fields, Set.of()))
                .isEqualTo("historyItemCreator { __typename ... on UserHistoryItemCreator { userId userType } }");
        assertThat(FindingsDocuments.selection(fields, Set.of("historyItemCreator")))
                .isEmpty();
    }

    @Test
    void optionalFieldsAreTheApisNewerFieldsAtTopLevel() {
        assertThat(FindingsDocuments.optionalFieldsIn(ALERTS, FIELDS)).containsExactly("dataSources");
        assertThat(FindingsDocuments.optionalFieldsIn(VULNERABILITIES, FIELDS)).isEmpty();
        var nested = Selection.of(Selection.Field.object("asset", Selection.Field.scalar("dataSources")));
        assertThat(FindingsDocuments.optionalFieldsIn(ALERTS, nested)).isEmpty();
    }

    /**
     * Injection safety: whatever ids, cursors, views and filter values the model sends, the document is the same
     * text; the values travel only as variables.
     */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "x\") { __schema { types { name } } } #",
                "} } mutation { deleteAlert(id: \"1\") { id } } query Q {",
                "$alertId @include(if: true) ...on Query",
                "\"\"\" block string \"\"\"",
                "\\u0022 escaped quote",
                "line\nbreak\r\n",
                "a'b`c"
            })
    void valuesNeverShapeTheDocument(String hostile) {
        var filter = new Filter(
                hostile,
                true,
                FilterOperator.STRING_IN,
                new FilterOperand.Many(List.of(NODES.textNode(hostile), NODES.textNode("ok"))));
        for (var api : List.of(ALERTS, VULNERABILITIES, MISCONFIGURATIONS)) {
            var id = new FindingId(hostile.strip());
            var page = new CursorPageRequest(5, Optional.of(hostile));
            var documents = everyOperation(api, id, page, filter);
            var benignId = new FindingId("benign");
            var benignPage = new CursorPageRequest(5, Optional.of("benign"));
            var benignFilter = severity("benign");
            var benign = everyOperation(api, benignId, benignPage, benignFilter);
            for (int i = 0; i < documents.size(); i++) {
                assertThat(documents.get(i).document()).isEqualTo(benign.get(i).document());
                assertThat(documents.get(i).document()).doesNotContain(hostile.strip());
            }
            assertThat(documents.get(1).variables().get("after").textValue()).isEqualTo(hostile);
            assertThat(documents
                            .get(1)
                            .variables()
                            .get("filters")
                            .get(0)
                            .get("fieldId")
                            .textValue())
                    .isEqualTo(hostile);
        }
    }
}
