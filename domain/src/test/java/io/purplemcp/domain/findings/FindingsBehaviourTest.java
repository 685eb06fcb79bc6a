package io.purplemcp.domain.findings;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.purplemcp.ports.out.findings.CursorPageRequest;
import io.purplemcp.ports.out.findings.FilterOperator;
import io.purplemcp.ports.out.findings.FindingsEdge;
import io.purplemcp.ports.out.findings.FindingsPage;
import io.purplemcp.ports.out.findings.PageInfo;
import io.purplemcp.ports.out.findings.Selection;
import io.purplemcp.ports.out.upstream.UpstreamException;
import io.purplemcp.ports.out.upstream.UpstreamFailure;
import io.purplemcp.testsupport.tools.RecordingCallContext;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What the tools ask the ports for, what they make of the answers, and how failures read. */
class FindingsBehaviourTest {

    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    final FindingsCalls calls = new FindingsCalls();

    static ObjectNode json(String text) {
        return (ObjectNode) FindingsCalls.parse(text);
    }

    static List<String> topNames(Selection selection) {
        return selection.items().stream()
                .map(item -> ((Selection.Field) item).name())
                .toList();
    }

    static FindingsPage page(ObjectNode... nodes) {
        var edges = new java.util.ArrayList<FindingsEdge>();
        for (int i = 0; i < nodes.length; i++) {
            edges.add(new FindingsEdge(nodes[i], Optional.of("c" + i)));
        }
        return new FindingsPage(
                edges, new PageInfo(true, false, Optional.of("c0"), Optional.of("c9")), OptionalLong.of(37), false);
    }

    @Test
    void getAlertAsksForEveryFieldAndShapesTheRecord() {
        calls.alerts.record = () -> Optional.of(json("{\"id\": \"a1\", \"externalId\": null, \"severity\":"
                + " \"CRITICAL\", \"detectedAt\": \"2024-10-30T12:41:07.512Z\", \"dataSources\": [\"EDR\"],"
                + " \"assignee\": {\"userId\": \"7\", \"fullName\": \"Dana\"}, \"unknownExtra\": 1, \"noteExists\":"
                + " true}"));

        var text = calls.text("get_alert", "alert_id", "a1");

        var request = calls.alerts.only();
        assertThat(request.method()).isEqualTo("get");
        assertThat(topNames(request.fields()))
                .contains("dataSources", "asset", "ticketId")
                .hasSize(20);
        assertThat(request.deadline()).isEqualTo(FindingsCalls.NOW.plus(Duration.ofSeconds(60)));
        assertThat(FindingsCalls.parse(text))
                .isEqualTo(FindingsCalls.parse("{\"id\": \"a1\", \"severity\": \"CRITICAL\", \"detected_at\":"
                        + " \"2024-10-30T12:41:07.512Z\", \"data_sources\": [\"EDR\"], \"assignee\": {\"user_id\":"
                        + " \"7\", \"full_name\": \"Dana\"}, \"note_exists\": true}"));
        assertThat(text).contains("\n  \"id\"");
        // Structured content must be an object, so the record travels under the family's name.
        assertThat(calls.structured("get_alert", "alert_id", "a1").get("alert")).isEqualTo(FindingsCalls.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"get_alert", "get_vulnerability", "get_misconfiguration"})
    void aFindingThatDoesNotExistIsNull(String tool) {
        var parameter = tool.replace("get_", "") + "_id";
        assertThat(calls.text(tool, parameter, "missing")).isEqualTo("null");
        var structured = calls.structured(tool, parameter, "missing");
        assertThat(structured.size()).isOne();
        assertThat(structured.get(tool.replace("get_", "")).isNull()).isTrue();
    }

    @Test
    void getVulnerabilityKeepsFreeFormContextAsSent() {
        calls.vulnerabilities.record = () -> Optional.of(json("{\"id\": \"v1\", \"findingData\": {\"context\":"
                + " {\"packagePath\": \"/usr/lib\", \"note\": null}}, \"assignee\": {\"id\": \"u\"},"
                + " \"cve\": {\"id\": \"CVE-1\", \"riskIndicators\": null, \"epssScore\": 0.0412}}"));

        var shaped = calls.json("get_vulnerability", "vulnerability_id", "v1");

        assertThat(shaped.toString())
                .isEqualTo("{\"id\":\"v1\",\"cve\":{\"id\":\"CVE-1\",\"epss_score\":0.0412,\"risk_indicators\":[]},"
                        + "\"finding_data\":{\"context\":{\"packagePath\":\"/usr/lib\","
                        + "\"note\":null}},\"assignee\":{\"id\":\"u\"}}");
    }

    @Test
    void listAlertsWithDefaultsSendsTheDefaultSelectionAndView() {
        calls.alerts.page = () -> page(json("{\"id\": \"a1\", \"asset\": {\"id\": \"x\", \"name\": \"n\"},"
                + " \"dataSources\": [\"EDR\"], \"severity\": \"SEVERE\"}"));

        var shaped = calls.json("list_alerts");

        var request = calls.alerts.lists.get(0);
        assertThat(request.search()).isFalse();
        assertThat(request.filters()).isEmpty();
        assertThat(request.view()).contains("ALL");
        assertThat(request.page()).isEqualTo(CursorPageRequest.first(10));
        assertThat(topNames(request.fields())).hasSize(20).endsWith("ticketId");
        assertThat(shaped.toString())
                .isEqualTo("{\"edges\":[{\"node\":{\"id\":\"a1\",\"severity\":\"SEVERE\",\"data_sources\":[\"EDR\"],"
                        + "\"asset\":{\"id\":\"x\",\"name\":\"n\"}},\"cursor\":\"c0\"}],\"page_info\":{"
                        + "\"has_next_page\":true,\"has_previous_page\":false,\"start_cursor\":\"c0\","
                        + "\"end_cursor\":\"c9\"},\"total_count\":37}");
    }

    @Test
    void anEmptyPageHasPageInfoButNoTotal() {
        assertThat(calls.json("list_vulnerabilities").toString())
                .isEqualTo("{\"edges\":[],\"page_info\":{\"has_next_page\":false,\"has_previous_page\":false}}");
        // A page is an object already: the document is the text's JSON, unwrapped.
        assertThat(calls.structured("list_vulnerabilities")).isEqualTo(calls.json("list_vulnerabilities"));
    }

    @Test
    void onlyTheRequestedFieldsAreReturned() {
        calls.misconfigurations.page = () -> page(json("{\"id\": \"m1\", \"name\": \"S3\", \"findingType\": \"X\","
                + " \"environment\": \"CLOUD\", \"asset\": {\"id\": \"a\", \"name\": \"b\", \"cloudInfo\":"
                + " {\"providerName\": \"AWS\", \"region\": \"us-east-1\"}}}"));

        var shaped = calls.json(
                "list_misconfigurations",
                "fields",
                "[\"name\", \"environment\", \"asset { name cloudInfo { region } }\", \"findingType\"]");

        assertThat(shaped.at("/edges/0/node").toString())
                .isEqualTo("{\"id\":\"m1\",\"name\":\"S3\",\"asset\":{\"id\":\"a\",\"name\":\"b\",\"cloud_info\":"
                        + "{\"region\":\"us-east-1\"}},\"environment\":\"CLOUD\",\"finding_type\":\"X\"}");
        assertThat(shaped.at("/edges/0/node/mitre_attacks").isMissingNode()).isTrue();
    }

    @Test
    void searchPassesTypedFiltersAndView() {
        calls.text(
                "search_alerts",
                "filters",
                "[{\"fieldId\": \"severity\", \"filterType\": \"string_in\", \"values\": [\"CRITICAL\", \"HIGH\"]},"
                        + " {\"fieldId\": \"createdAt\", \"filterType\": \"datetime_range\", \"start\":"
                        + " \"1730289600000\"}]",
                "first",
                2,
                "view_type",
                "UNASSIGNED",
                "fields",
                "[\"severity\"]");

        var request = calls.alerts.lists.get(0);
        assertThat(request.search()).isTrue();
        assertThat(request.view()).contains("UNASSIGNED");
        assertThat(request.page().first()).isEqualTo(2);
        assertThat(request.filters())
                .extracting(filter -> filter.fieldId() + ":" + filter.operator())
                .containsExactly("severity:" + FilterOperator.STRING_IN, "createdAt:" + FilterOperator.DATETIME_RANGE);
        assertThat(topNames(request.fields())).containsExactly("id", "severity");
    }

    @ParameterizedTest
    @ValueSource(strings = {"[]", "  [ ] "})
    void searchWithoutFiltersIsStillASearch(String filters) {
        calls.text("search_vulnerabilities", "filters", filters);
        calls.text("search_vulnerabilities");
        assertThat(calls.vulnerabilities.lists).allSatisfy(request -> {
            assertThat(request.search()).isTrue();
            assertThat(request.filters()).isEmpty();
        });
    }

    @Test
    void alertNotesComeAllAtOnceAsData() {
        calls.alerts.page = () -> page(json("{\"id\": \"n1\", \"text\": \"t\", \"createdAt\": \"2024\", \"author\":"
                + " {\"userId\": \"u\", \"email\": \"e\"}, \"alertId\": \"a1\"}"));

        var shaped = calls.json("get_alert_notes", "alert_id", " a1 ");

        var request = calls.alerts.only();
        assertThat(request.method()).isEqualTo("notes");
        assertThat(request.id().orElseThrow().value()).isEqualTo("a1");
        assertThat(request.page()).isEqualTo(Optional.empty());
        assertThat(topNames(request.fields())).containsExactly("id", "text", "createdAt", "author", "alertId");
        assertThat(shaped.toString())
                .isEqualTo("{\"data\":[{\"id\":\"n1\",\"text\":\"t\",\"created_at\":\"2024\",\"author\":{\"user_id\":"
                        + "\"u\",\"email\":\"e\"},\"alert_id\":\"a1\"}]}");
        calls.alerts.page = FindingsPage::empty;
        assertThat(calls.json("get_alert_notes", "alert_id", "a2").toString()).isEqualTo("{\"data\":[]}");
        assertThat(calls.structured("get_alert_notes", "alert_id", "a2").toString())
                .isEqualTo("{\"data\":[]}");
    }

    @Test
    void xspmNotesArePagedConnections() {
        calls.vulnerabilities.page = () -> page(json("{\"id\": \"n1\", \"vulnerabilityId\": \"v\", \"author\":"
                + " {\"id\": \"u\", \"deleted\": false}, \"updatedAt\": null}"));

        var shaped = calls.json("get_vulnerability_notes", "vulnerability_id", "v", "first", 3, "after", "x");

        assertThat(calls.vulnerabilities.only().page())
                .isEqualTo(Optional.of(new CursorPageRequest(3, Optional.of("x"))));
        assertThat(shaped.at("/edges/0/node").toString())
                .isEqualTo("{\"id\":\"n1\",\"vulnerability_id\":\"v\",\"author\":{\"id\":\"u\",\"deleted\":false}}");
        assertThat(shaped.at("/page_info/has_next_page").booleanValue()).isTrue();
        assertThat(shaped.at("/total_count").intValue()).isEqualTo(37);
    }

    @Test
    void alertHistoryLeavesOutSystemCreators() {
        calls.alerts.page = () -> page(
                json(
                        "{\"createdAt\": \"t0\", \"eventText\": \"Alert created\", \"eventType\": \"ALERT_CREATED\","
                                + " \"reportUrl\": null, \"historyItemCreator\": {\"__typename\": \"SystemHistoryItemCreator\"}}"),
                json("{\"createdAt\": \"t1\", \"eventText\": \"Status\", \"eventType\": \"STATUS_CHANGED\","
                        + " \"historyItemCreator\": {\"__typename\": \"UserHistoryItemCreator\", \"userId\": \"1\","
                        + " \"userType\": \"CONSOLE_USER\"}}"));

        var shaped = calls.json("get_alert_history", "alert_id", "a1", "first", 5);

        assertThat(calls.alerts.only().page()).isEqualTo(CursorPageRequest.first(5));
        assertThat(shaped.at("/edges/0/node").toString())
                .isEqualTo("{\"created_at\":\"t0\",\"event_text\":\"Alert created\",\"event_type\":\"ALERT_CREATED\"}");
        assertThat(shaped.at("/edges/1/node/history_item_creator").toString())
                .isEqualTo(
                        "{\"typename\":\"UserHistoryItemCreator\",\"user_id\":\"1\",\"user_type\":\"CONSOLE_USER\"}");
    }

    @Test
    void xspmHistorySelectsTheEventFields() {
        calls.text("get_misconfiguration_history", "misconfiguration_id", "m1", "first", 3, "after", "x");

        var request = calls.misconfigurations.only();
        assertThat(request.method()).isEqualTo("history");
        assertThat(topNames(request.fields())).containsExactly("eventType", "eventText", "createdAt");
        assertThat(request.page()).isEqualTo(new CursorPageRequest(3, Optional.of("x")));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "get_alert|alert_id|Failed to retrieve alert alert-123: ",
                "get_alert_notes|alert_id|Failed to retrieve notes for alert alert-123: ",
                "get_alert_history|alert_id|Failed to retrieve history for alert alert-123: ",
                "get_vulnerability|vulnerability_id|Failed to retrieve vulnerability alert-123: ",
                "get_vulnerability_notes|vulnerability_id|Failed to retrieve notes for vulnerability alert-123: ",
                "get_misconfiguration_history|misconfiguration_id|Failed to retrieve history for misconfiguration"
                        + " alert-123: "
            })
    void upstreamFailuresNameTheToolTheIdAndTheCause(String tool, String parameter, String start) {
        UpstreamException failure = new UpstreamException(
                new UpstreamFailure.QueryError("GraphQL errors: unknown" + " filter field \"cve.id\""));
        calls.port(tool).record = () -> {
            throw failure;
        };
        calls.port(tool).page = () -> {
            throw failure;
        };

        assertThat(calls.failure(tool, parameter, " alert-123 "))
                .isEqualTo(start + " the console reported an error: GraphQL errors: unknown filter field \"cve.id\".");
    }

    @ParameterizedTest
    @CsvSource({
        "list_alerts,Failed to list alerts",
        "search_alerts,Failed to search alerts",
        "list_vulnerabilities,Failed to list vulnerabilities",
        "search_misconfigurations,Failed to search misconfigurations"
    })
    void listFailuresSayWhatFailedAndWhy(String tool, String start) {
        calls.port(tool).page = () -> {
            throw new UpstreamException(new UpstreamFailure.ServerError(503, "busy"));
        };
        assertThat(calls.failure(tool))
                .isEqualTo(start + ": HTTP 503 Service Unavailable: busy. The console had a problem answering; try"
                        + " again later.");

        calls.port(tool).page = () -> {
            throw new UpstreamException(new UpstreamFailure.Unauthorized(401, ""));
        };
        assertThat(calls.failure(tool)).startsWith(start + ": HTTP 401 Unauthorized. Check that the server's");
    }

    @Test
    void anInterruptedOrCancelledCallSaysSo() {
        calls.alerts.page = () -> {
            throw new InterruptedException();
        };
        assertThat(calls.failure("list_alerts")).isEqualTo("Failed to list alerts: the call was cancelled.");

        calls.runIn(RecordingCallContext.alreadyCancelled());
        assertThat(calls.failure("get_vulnerability", "vulnerability_id", "v1"))
                .isEqualTo("Failed to retrieve vulnerability v1: the call was cancelled.");
        assertThat(calls.vulnerabilities.requests).isEmpty();
    }

    @Test
    void aViewTheConsoleCannotApplyIsAnErrorUnlessItIsTheDefault() {
        calls.misconfigurations.page = () -> new FindingsPage(List.of(), PageInfo.single(), OptionalLong.empty(), true);

        assertThat(calls.failure("list_misconfigurations", "view_type", "CLOUD"))
                .isEqualTo("Failed to list misconfigurations: this console's misconfigurations API has no view types,"
                        + " so view_type CLOUD cannot be applied. Call again with view_type ALL.");
        assertThat(calls.failure("search_misconfigurations", "view_type", "KUBERNETES"))
                .endsWith("Call again with view_type ALL and narrow the results with filters.");
        assertThat(calls.json("list_misconfigurations").path("edges").isEmpty()).isTrue();
    }

    @Test
    void eachCallGetsItsOwnDeadline() {
        calls.text("list_alerts");
        calls.text("get_alert_notes", "alert_id", "a");
        assertThat(calls.alerts.requests)
                .extracting(FakeFindings.Request::deadline)
                .containsOnly(FindingsCalls.NOW.plusSeconds(60));
    }
}
