package io.purplemcp.adapters.sentinelone.findings;

import static io.purplemcp.adapters.sentinelone.testing.SandboxFixture.failure;
import static io.purplemcp.adapters.sentinelone.testing.SandboxFixture.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.purplemcp.adapters.sentinelone.testing.FindingsCalls;
import io.purplemcp.adapters.sentinelone.testing.SandboxFixture;
import io.purplemcp.sandbox.SandboxConsole;
import java.util.ArrayList;
import java.util.HashSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The 15 findings tools end to end over real HTTPS against the sandbox console. */
class FindingsOverSandboxTest {

    final SandboxFixture fixture = new SandboxFixture();
    final FindingsCalls calls = new FindingsCalls(fixture.console());

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void everyToolAnswers() {
        var data = fixture.sandbox.data();
        var alert = data.alertWithLongHistory();
        var vulnerability = data.vulnerabilityWithManyNotes();
        var misconfiguration = data.misconfigurationWithManyNotes();

        assertThat(calls.json("get_alert", "alert_id", alert).path("id").textValue())
                .isEqualTo(alert);
        assertThat(calls.json("list_alerts").path("edges")).hasSize(10);
        assertThat(calls.json("search_alerts", "first", 1).path("total_count").intValue())
                .isEqualTo(data.alertIds().size());
        assertThat(calls.json("get_alert_notes", "alert_id", alert).path("data"))
                .hasSize(3);
        assertThat(calls.json("get_alert_history", "alert_id", alert).path("edges"))
                .hasSize(10);
        assertThat(calls.json("get_misconfiguration", "misconfiguration_id", misconfiguration)
                        .path("id")
                        .textValue())
                .isEqualTo(misconfiguration);
        assertThat(calls.json("list_misconfigurations", "first", 3).path("edges"))
                .hasSize(3);
        assertThat(calls.json("search_misconfigurations").path("total_count").intValue())
                .isEqualTo(data.misconfigurationIds().size());
        assertThat(calls.json("get_misconfiguration_notes", "misconfiguration_id", misconfiguration)
                        .path("total_count")
                        .intValue())
                .isEqualTo(12);
        assertThat(calls.json("get_misconfiguration_history", "misconfiguration_id", misconfiguration)
                        .path("edges"))
                .isNotEmpty();
        assertThat(calls.json("get_vulnerability", "vulnerability_id", vulnerability)
                        .at("/cve/id")
                        .textValue())
                .startsWith("CVE-");
        assertThat(calls.json("list_vulnerabilities").path("edges")).hasSize(10);
        assertThat(calls.json("search_vulnerabilities", "first", 2).path("edges"))
                .hasSize(2);
        assertThat(calls.json("get_vulnerability_notes", "vulnerability_id", vulnerability)
                        .path("edges"))
                .hasSize(10);
        assertThat(calls.json("get_vulnerability_history", "vulnerability_id", vulnerability, "first", 3)
                        .path("edges"))
                .hasSize(3);

        assertThat(fixture.sandbox.requests()).hasSize(15).allSatisfy(request -> {
            assertThat(request.status()).isEqualTo(200);
            assertThat(request.method()).isEqualTo("POST");
            assertThat(request.authScheme()).contains("Bearer");
            assertThat(request.header("User-Agent")).contains("sentinelone/purple-mcp (version 9.9.9-test)");
            assertThat(request.header("Content-Type")).contains("application/json");
            assertThat(request.header("Accept")).contains("application/json");
            var body = FindingsCalls.body(request.body());
            assertThat(body.size()).isEqualTo(2);
            assertThat(body.has("query")).isTrue();
            assertThat(body.has("variables")).isTrue();
        });
        assertThat(fixture.requestsTo(SandboxConsole.ALERTS_PATH)).hasSize(5);
        assertThat(fixture.requestsTo(SandboxConsole.VULNERABILITIES_PATH)).hasSize(5);
        assertThat(fixture.requestsTo(SandboxConsole.MISCONFIGURATIONS_PATH)).hasSize(5);
    }

    @Test
    void theAnswersUseSnakeCaseKeys() {
        var alert = calls.json("get_alert", "alert_id", fixture.sandbox.data().alertWithLongHistory());
        assertThat(alert.fieldNames())
                .toIterable()
                .contains("detected_at", "data_sources", "detection_source", "note_exists", "storyline_id");
        assertThat(alert.path("assignee").fieldNames()).toIterable().contains("user_id", "full_name");
        var page = calls.json("list_vulnerabilities", "first", 1);
        assertThat(page.path("page_info").fieldNames())
                .toIterable()
                .containsExactly("has_next_page", "has_previous_page", "start_cursor", "end_cursor");
        assertThat(page.at("/edges/0/node/cve").fieldNames()).toIterable().contains("risk_score", "epss_score");
    }

    @Test
    void pagingReachesTheEndOfEveryAlert() {
        var seen = new ArrayList<String>();
        String after = null;
        int pages = 0;
        JsonNode page;
        do {
            page = calls.json("list_alerts", "first", 25, "after", after, "fields", "[\"id\"]");
            page.path("edges").forEach(edge -> seen.add(edge.at("/node/id").textValue()));
            after = page.at("/page_info/end_cursor").textValue();
            pages++;
        } while (page.at("/page_info/has_next_page").booleanValue());

        var all = fixture.sandbox.data().alertIds();
        assertThat(seen).containsExactlyElementsOf(all);
        assertThat(pages).isEqualTo((all.size() + 24) / 25);
        assertThat(page.path("total_count").intValue()).isEqualTo(all.size());
        assertThat(fixture.requestsTo(SandboxConsole.ALERTS_PATH)
                        .get(1)
                        .graphQlVariables()
                        .orElseThrow()
                        .path("after")
                        .isTextual())
                .isTrue();
    }

    @Test
    void historyAndNotesPageToTheEnd() {
        var vulnerability = fixture.sandbox.data().vulnerabilityWithManyNotes();
        var first = calls.json("get_vulnerability_notes", "vulnerability_id", vulnerability, "first", 5);
        var ids = new HashSet<String>();
        var page = first;
        while (true) {
            page.path("edges").forEach(edge -> ids.add(edge.at("/node/id").textValue()));
            if (!page.at("/page_info/has_next_page").booleanValue()) {
                break;
            }
            page = calls.json(
                    "get_vulnerability_notes",
                    "vulnerability_id",
                    vulnerability,
                    "first",
                    5,
                    "after",
                    page.at("/page_info/end_cursor").textValue());
        }
        assertThat(ids).hasSize(12);

        var alert = fixture.sandbox.data().alertWithLongHistory();
        var events = 0;
        String after = null;
        do {
            page = calls.json("get_alert_history", "alert_id", alert, "first", 100, "after", after);
            events += page.path("edges").size();
            after = page.at("/page_info/end_cursor").textValue();
        } while (page.at("/page_info/has_next_page").booleanValue());
        assertThat(events).isGreaterThan(25).isEqualTo(page.path("total_count").intValue());
    }

    @Test
    void searchFiltersNarrowTheResults() {
        var critical = calls.json(
                "search_alerts",
                "filters",
                "[{\"fieldId\": \"severity\", \"filterType\": \"string_in\", \"values\": [\"CRITICAL\"]}]",
                "first",
                100,
                "fields",
                "[\"severity\"]");
        assertThat(critical.path("edges"))
                .isNotEmpty()
                .allSatisfy(edge ->
                        assertThat(edge.at("/node/severity").textValue()).isEqualTo("CRITICAL"));
        assertThat(critical.path("total_count").intValue())
                .isLessThan(fixture.sandbox.data().alertIds().size());

        var negated = calls.json(
                "search_misconfigurations",
                "filters",
                "[{\"fieldId\": \"severity\", \"filterType\": \"string_equals\", \"value\": \"CRITICAL\", \"isNegated\":"
                        + " true}]",
                "first",
                100,
                "fields",
                "[\"severity\"]");
        assertThat(negated.path("edges"))
                .allSatisfy(edge ->
                        assertThat(edge.at("/node/severity").textValue()).isNotEqualTo("CRITICAL"));

        var request = fixture.requestsTo(SandboxConsole.ALERTS_PATH).get(0);
        assertThat(request.graphQlVariables().orElseThrow().at("/filters/0").size())
                .isEqualTo(14);
        var xspm = fixture.requestsTo(SandboxConsole.MISCONFIGURATIONS_PATH).get(0);
        assertThat(xspm.graphQlVariables().orElseThrow().at("/filters/0").toString())
                .isEqualTo("{\"fieldId\":\"severity\",\"isNegated\":true,\"stringEqual\":{\"value\":\"CRITICAL\"}}");
    }

    @Test
    void everyFilterTypeIsAcceptedByTheConsole() {
        var alertFilters = "[{\"fieldId\": \"alertNoteExists\", \"filterType\": \"boolean_in\", \"values\": [true,"
                + " false]}, {\"fieldId\": \"assigneeUserId\", \"filterType\": \"long_in\", \"values\":"
                + " [1834592210395873]}, {\"fieldId\": \"createdAt\", \"filterType\": \"datetime_range\", \"start\":"
                + " \"1700000000000\"}, {\"fieldId\": \"alertName\", \"filterType\": \"fulltext\", \"values\":"
                + " [\"shadow\"]}]";
        text(calls.call("search_alerts", "filters", alertFilters));
        var xspmFilters = "[{\"fieldId\": \"assetName\", \"filterType\": \"fulltext_in\", \"values\": [\"srv\","
                + " \"ws\"]}, {\"fieldId\": \"cveExploitedInTheWild\", \"filterType\": \"boolean_equals\", \"value\":"
                + " null}, {\"fieldId\": \"detectedAt\", \"filterType\": \"datetime_range\", \"end\": 9999999999999,"
                + " \"endInclusive\": false}]";
        text(calls.call("search_vulnerabilities", "filters", xspmFilters));
        assertThat(fixture.sandbox.requests())
                .allSatisfy(request -> assertThat(request.status()).isEqualTo(200));
    }

    @Test
    void anUnknownIdIsNull() {
        assertThat(text(calls.call("get_alert", "alert_id", "no-such-alert"))).isEqualTo("null");
        assertThat(text(calls.call("get_vulnerability", "vulnerability_id", "no-such-vulnerability")))
                .isEqualTo("null");
    }

    @Test
    void hostileValuesTravelOnlyAsVariables() {
        var hostile = "x\") { __schema { types { name } } } mutation { delete(id: \"1\") } #";
        calls.call("get_alert", "alert_id", hostile);
        calls.call("list_misconfigurations", "after", hostile);
        calls.call(
                "search_vulnerabilities",
                "filters",
                "[{\"fieldId\": \"" + hostile.replace("\"", "\\\"")
                        + "\", \"filterType\": \"string_in\", \"values\": [\"" + hostile.replace("\"", "\\\"")
                        + "\"]}]");
        var refused = calls.call("list_alerts", "fields", "[\"id\", \"asset { id } } mutation { x }\"]");

        assertThat(failure(refused)).startsWith("Invalid nested field");
        assertThat(fixture.sandbox.requests()).hasSize(3).allSatisfy(request -> {
            assertThat(request.graphQlDocument().orElseThrow()).doesNotContain("__schema", "mutation", "delete", "#");
            assertThat(request.graphQlVariables().orElseThrow().toString()).contains("__schema");
        });
    }
}
