package io.purplemcp.sandbox;

import static io.purplemcp.sandbox.Documents.alertsFilter;
import static io.purplemcp.sandbox.Documents.list;
import static io.purplemcp.sandbox.Documents.range;
import static io.purplemcp.sandbox.Documents.value;
import static io.purplemcp.sandbox.Documents.values;
import static io.purplemcp.sandbox.Documents.variables;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AlertsTest extends SandboxTest {

    private static final String PATH = SandboxConsole.ALERTS_PATH;

    @Test
    void getsAnAlertWithExactlyTheSelectedFields() {
        var id = console.data().alertWithLongHistory();

        var alert = data(client.getAlert(id)).get("alert");

        assertThat(fieldNames(alert))
                .containsExactly(
                        names("id externalId severity status name description detectedAt firstSeenAt lastSeenAt"
                                + " analystVerdict classification confidenceLevel dataSources detectionSource asset"
                                + " assignee noteExists result storylineId ticketId"));
        assertThat(alert.get("id").asText()).isEqualTo(id);
        assertThat(alert.get("severity").asText()).isEqualTo("CRITICAL");
        assertThat(alert.get("status").asText()).isEqualTo("IN_PROGRESS");
        assertThat(alert.get("name").asText()).isEqualTo("Volume shadow copies deleted");
        assertThat(alert.get("externalId").isNull()).isTrue();
        assertThat(alert.get("dataSources").get(0).asText()).isEqualTo("SentinelOne EDR");
        assertThat(fieldNames(alert.get("asset"))).containsExactly("id", "name", "type");
        assertThat(alert.at("/asset/name").asText()).isEqualTo("fin-ws-0142");
        assertThat(alert.at("/asset/id").asText()).isEqualTo(console.data().assetId("fin-ws-0142"));
        assertThat(alert.at("/detectionSource/vendor").asText()).isEqualTo("SentinelOne");
        assertThat(alert.at("/assignee/email").asText()).endsWith("@corp.example");
        assertThat(alert.get("noteExists").asBoolean()).isTrue();
        assertThat(alert.get("storylineId").asText()).matches("[0-9A-F]{16}");
        assertThat(Instant.parse(alert.get("detectedAt").asText())).isBefore(Instant.parse("2025-01-15T12:00:00Z"));
    }

    @Test
    void answersAnUnknownIdWithNull() {
        var response = client.getAlert("no-such-alert");

        assertThat(client.read(response).has("errors")).isFalse();
        assertThat(data(response).get("alert").isNull()).isTrue();
    }

    @Test
    void listsEveryAlertPageByPageWithOpaqueStableCursors() {
        var ids = new ArrayList<String>();
        var pages = new ArrayList<JsonNode>();
        String after = null;
        do {
            var page = data(client.graphQl(
                            PATH,
                            Documents.listAlerts("id"),
                            variables("first", 25, "after", after, "viewType", "ALL")))
                    .get("alerts");
            page.get("edges").forEach(edge -> ids.add(edge.at("/node/id").asText()));
            pages.add(page);
            after = page.at("/pageInfo/endCursor").asText();
        } while (pages.get(pages.size() - 1).at("/pageInfo/hasNextPage").asBoolean());

        assertThat(pages).hasSize(3);
        assertThat(ids)
                .hasSize(72)
                .doesNotHaveDuplicates()
                .isEqualTo(console.data().alertIds());
        assertThat(pages)
                .allSatisfy(page -> assertThat(page.get("totalCount").asInt()).isEqualTo(72));
        assertThat(pages.get(0).at("/pageInfo/hasPreviousPage").asBoolean()).isFalse();
        assertThat(pages.get(1).at("/pageInfo/hasPreviousPage").asBoolean()).isTrue();
        assertThat(pages.get(2).get("edges")).hasSize(22);
        var whole = data(client.graphQl(
                        PATH, Documents.listAlerts("id"), variables("first", 100, "after", null, "viewType", "ALL")))
                .at("/alerts/edges");
        assertThat(whole.get(24).get("cursor").asText())
                .isEqualTo(pages.get(0).at("/pageInfo/endCursor").asText())
                .doesNotContain("alerts")
                .doesNotContain("24");
        assertThat(whole.get(0).get("cursor").asText())
                .isEqualTo(pages.get(0).at("/pageInfo/startCursor").asText());
        // Newest first.
        var times = new ArrayList<String>();
        data(client.graphQl(
                        PATH,
                        Documents.listAlerts("detectedAt"),
                        variables("first", 100, "after", null, "viewType", "ALL")))
                .at("/alerts/edges")
                .forEach(edge -> times.add(edge.at("/node/detectedAt").asText()));
        assertThat(times).isSortedAccordingTo((a, b) -> b.compareTo(a));
    }

    @Test
    void returnsOnlyTheRequestedFieldsOfTheNodes() {
        var edges = data(client.graphQl(
                        PATH,
                        Documents.listAlerts("id severity asset { name } dataSources"),
                        variables("first", 3, "after", null, "viewType", "ALL")))
                .at("/alerts/edges");

        assertThat(edges).hasSize(3).allSatisfy(edge -> {
            assertThat(fieldNames(edge)).containsExactly("node", "cursor");
            assertThat(fieldNames(edge.get("node"))).containsExactly("id", "severity", "asset", "dataSources");
            assertThat(fieldNames(edge.at("/node/asset"))).containsExactly("name");
        });
    }

    @Test
    void filtersByViewType() {
        var total = console.data().alertIds().size();
        var all = nodes("ALL", null, "id assignee { userId }");
        var mine = nodes("ASSIGNED_TO_ME", null, "id assignee { userId }");
        var unassigned = nodes("UNASSIGNED", null, "id assignee { userId }");
        var team = nodes("MY_TEAM", null, "id assignee { userId }");

        assertThat(all).hasSize(total);
        assertThat(mine)
                .isNotEmpty()
                .allSatisfy(node -> assertThat(node.at("/assignee/userId").asText())
                        .isEqualTo(mine.get(0).at("/assignee/userId").asText()));
        assertThat(unassigned)
                .isNotEmpty()
                .allSatisfy(node -> assertThat(node.get("assignee").isNull()).isTrue());
        assertThat(ids(team)).containsAll(ids(mine)).hasSizeGreaterThan(mine.size());
        assertThat(team.size()).isLessThan(all.size() - unassigned.size());
    }

    @Test
    void appliesEveryFilterTypeOfTheAlertsDialect() {
        var fields = "id severity status name externalId noteExists detectedAt assignee { userId }";
        assertFilters(
                fields,
                alertsFilter("status", false, "stringEqual", value("NEW")),
                node -> node.get("status").asText().equals("NEW"));
        assertFilters(
                fields,
                alertsFilter("externalId", false, "stringEqual", value(null)),
                node -> node.get("externalId").isNull());
        assertFilters(
                fields,
                alertsFilter("severity", false, "stringIn", values("CRITICAL", "HIGH")),
                node -> List.of("CRITICAL", "HIGH")
                        .contains(node.get("severity").asText()));
        assertFilters(
                fields,
                alertsFilter("severity", true, "stringIn", values("CRITICAL", "HIGH")),
                node -> !List.of("CRITICAL", "HIGH")
                        .contains(node.get("severity").asText()));
        assertFilters(
                fields,
                alertsFilter("alertName", false, "match", values("POWERSHELL")),
                node -> node.get("name").asText().toLowerCase().contains("powershell"));
        assertFilters(
                fields,
                alertsFilter("alertNoteExists", false, "booleanEqual", value(true)),
                node -> node.get("noteExists").asBoolean());
        assertFilters(
                fields,
                alertsFilter("noteExists", false, "booleanIn", values(false)),
                node -> !node.get("noteExists").asBoolean());
        assertFilters(
                fields,
                alertsFilter("mitreTechniqueId", false, "stringIn", values("T1059.001", "T1003.001")),
                node -> node.get("name").asText().contains("PowerShell")
                        || node.get("name").asText().contains("LSASS"));
        var start = Instant.parse("2025-01-01T00:00:00Z").toEpochMilli();
        var end = Instant.parse("2025-01-10T00:00:00Z").toEpochMilli();
        assertFilters(
                fields, alertsFilter("detectedAt", false, "dateTimeRange", range(start, true, end, false)), node -> {
                    var at = Instant.parse(node.get("detectedAt").asText()).toEpochMilli();
                    return at >= start && at < end;
                });
        assertFilters(
                fields, alertsFilter("createdAt", false, "dateTimeRange", range(null, true, null, true)), node -> true);
        var me = Long.parseLong(nodes("ASSIGNED_TO_ME", null, "assignee { userId }")
                .get(0)
                .at("/assignee/userId")
                .asText());
        assertFilters(
                fields,
                alertsFilter("assigneeUserId", false, "longEqual", value(me)),
                node -> node.at("/assignee/userId").asText().equals(Long.toString(me)));
        assertFilters(
                fields,
                alertsFilter("assigneeUserId", false, "longIn", values(me, 1L)),
                node -> node.at("/assignee/userId").asText().equals(Long.toString(me)));
        assertFilters(
                fields,
                alertsFilter("assigneeUserId", false, "longRange", range(me, true, me, true)),
                node -> node.at("/assignee/userId").asText().equals(Long.toString(me)));
        assertFilters(
                fields,
                alertsFilter("riskScore", false, "intRange", range(90L, true, null, true)),
                node -> node.get("severity").asText().equals("CRITICAL"));
        var critical =
                nodes("ALL", list(alertsFilter("riskScore", false, "intRange", range(90L, true, null, true))), "id");
        var scores = new HashSet<Integer>();
        for (var score = 90; score < 100; score++) {
            if (!nodes("ALL", list(alertsFilter("riskScore", false, "intEqual", value(score))), "id")
                    .isEmpty()) {
                scores.add(score);
            }
        }
        assertThat(scores).isNotEmpty();
        assertThat(nodes("ALL", list(alertsFilter("riskScore", false, "intIn", values(scores.toArray()))), "id"))
                .hasSameSizeAs(critical);
    }

    @Test
    void combinesFiltersWithAnd() {
        var both = nodes(
                "ALL",
                list(
                        alertsFilter("severity", false, "stringIn", values("CRITICAL")),
                        alertsFilter("status", false, "stringEqual", value("IN_PROGRESS"))),
                "id severity status");

        assertThat(both).isNotEmpty().allSatisfy(node -> {
            assertThat(node.get("severity").asText()).isEqualTo("CRITICAL");
            assertThat(node.get("status").asText()).isEqualTo("IN_PROGRESS");
        });
        assertThat(ids(both)).contains(console.data().alertWithLongHistory());
    }

    @Test
    void refusesFiltersTheApiDoesNot() {
        var unknown = search(list(alertsFilter("fooBar", false, "stringEqual", value("x"))));
        var twoOperators = alertsFilter("severity", false, "stringEqual", value("HIGH"));
        twoOperators.set("stringIn", values("LOW"));
        var two = search(list(twoOperators));
        var wrongKind = search(list(alertsFilter("alertNoteExists", false, "stringEqual", value("true"))));
        var matchIn = alertsFilter("severity", false, "match", values("HIGH"));
        matchIn.set("matchIn", values("HIGH"));
        var noMatchIn = search(list(matchIn));

        assertThat(unknown.at("/errors/0/message").asText()).contains("unknown filter field \"fooBar\"");
        assertThat(unknown.at("/errors/0/path/0").asText()).isEqualTo("alerts");
        assertThat(unknown.at("/data/alerts").isNull()).isTrue();
        assertThat(two.at("/errors/0/message").asText())
                .contains("exactly one operator")
                .contains("stringIn");
        assertThat(wrongKind.at("/errors/0/message").asText()).contains("does not support stringEqual");
        assertThat(noMatchIn.at("/errors/0/message").asText())
                .startsWith("Variable \"$filters\" got invalid value")
                .contains("Field \"matchIn\" is not defined by type \"FilterInput\".");
        assertThat(noMatchIn.get("data").isNull()).isTrue();
    }

    @Test
    void servesNotesNewestFirst() {
        var id = console.data().alertWithLongHistory();

        var notes = data(client.graphQl(PATH, Documents.GET_ALERT_NOTES, variables("alertId", id)))
                .at("/alertNotes/data");
        var none = data(client.graphQl(PATH, Documents.GET_ALERT_NOTES, variables("alertId", "no-such-alert")))
                .at("/alertNotes/data");

        assertThat(notes).hasSize(3).allSatisfy(note -> {
            assertThat(fieldNames(note)).containsExactly("id", "text", "createdAt", "author", "alertId");
            assertThat(fieldNames(note.get("author"))).containsExactly("userId", "email");
            assertThat(note.get("alertId").asText()).isEqualTo(id);
        });
        assertThat(notes.get(0).get("createdAt").asText())
                .isGreaterThan(notes.get(2).get("createdAt").asText());
        assertThat(none).isEmpty();
    }

    @Test
    void pagesThroughTheHistoryWithItsUnionOfCreators() {
        var id = console.data().alertWithLongHistory();
        var events = new ArrayList<JsonNode>();
        String after = null;
        JsonNode page;
        do {
            page = data(client.graphQl(
                            PATH, Documents.GET_ALERT_HISTORY, variables("alertId", id, "first", 10, "after", after)))
                    .get("alertHistory");
            page.get("edges").forEach(edge -> events.add(edge.get("node")));
            after = page.at("/pageInfo/endCursor").asText();
        } while (page.at("/pageInfo/hasNextPage").asBoolean());

        assertThat(events).hasSizeGreaterThan(25).hasSize(page.get("totalCount").asInt());
        assertThat(events.get(0).get("eventType").asText()).isEqualTo("ALERT_CREATED");
        assertThat(events.get(0).get("historyItemCreator"))
                .hasToString("{\"__typename\":\"SystemHistoryItemCreator\"}");
        assertThat(events)
                .anySatisfy(event -> {
                    assertThat(event.at("/historyItemCreator/__typename").asText())
                            .isEqualTo("UserHistoryItemCreator");
                    assertThat(fieldNames(event.get("historyItemCreator")))
                            .containsExactly("__typename", "userId", "userType");
                })
                .anySatisfy(event -> assertThat(event.get("eventType").asText()).isEqualTo("NOTE_ADDED"))
                .anySatisfy(event -> assertThat(event.get("reportUrl").asText()).startsWith("https://"));
        var times =
                events.stream().map(event -> event.get("createdAt").asText()).toList();
        assertThat(times).isSorted();
        var any = console.data().alertIds().stream()
                .flatMap(alert -> data(client.graphQl(
                                PATH,
                                Documents.GET_ALERT_HISTORY,
                                variables("alertId", alert, "first", 100, "after", null)))
                        .at("/alertHistory/edges")
                        .findValues("node")
                        .stream())
                .filter(event -> event.get("historyItemCreator").isNull())
                .findFirst();
        assertThat(any)
                .hasValueSatisfying(
                        event -> assertThat(event.get("eventType").asText()).isEqualTo("INTEGRATION_ACTION"));
    }

    @Test
    void refusesACursorOfAnotherList() {
        var alerts = data(client.graphQl(
                        PATH, Documents.listAlerts("id"), variables("first", 1, "after", null, "viewType", "ALL")))
                .at("/alerts/pageInfo/endCursor")
                .asText();

        var history = client.read(client.graphQl(
                PATH,
                Documents.GET_ALERT_HISTORY,
                variables("alertId", console.data().alertWithLongHistory(), "first", 5, "after", alerts)));
        var garbage = client.read(client.graphQl(
                PATH, Documents.listAlerts("id"), variables("first", 5, "after", "not a cursor", "viewType", "ALL")));

        assertThat(history.at("/errors/0/message").asText()).startsWith("invalid cursor");
        assertThat(history.at("/data/alertHistory").isNull()).isTrue();
        assertThat(garbage.at("/errors/0/message").asText()).contains("not a cursor");
    }

    @Test
    void anOlderSchemaRefusesViewTypeAndDataSourcesSoThatTheFallbackCanRetry() throws IOException {
        try (var legacy = SandboxConsole.start(SandboxOptions.defaults()
                .withMissingSchemaFeatures(SchemaFeature.ALERTS_VIEW_TYPE, SchemaFeature.ALERTS_DATA_SOURCES))) {
            var old = new SandboxClient(legacy);
            var fields = Documents.ALERT_FIELDS + " dataSources";

            var first = old.read(old.graphQl(
                    PATH, Documents.listAlerts(fields), variables("first", 2, "after", null, "viewType", "ALL")));
            var keepsDataSources = old.read(old.graphQl(
                    PATH, Documents.listAlertsWithoutViewType(fields), variables("first", 2, "after", null)));
            var retry = old.read(old.graphQl(
                    PATH,
                    Documents.listAlertsWithoutViewType(Documents.ALERT_FIELDS),
                    variables("first", 2, "after", null)));
            var get = old.read(old.getAlert("x"));
            var getRetry = old.read(old.graphQl(
                    PATH,
                    Documents.GET_ALERT_WITHOUT_DATA_SOURCES,
                    variables("alertId", legacy.data().alertWithLongHistory())));

            assertThat(messages(first))
                    .contains(
                            "Unknown argument \"viewType\" on field \"Query.alerts\".",
                            "Variable \"$viewType\" is never used in operation \"ListAlerts\".",
                            "Cannot query field \"dataSources\" on type \"Alert\".");
            assertThat(first.get("data").isNull()).isTrue();
            assertThat(messages(keepsDataSources))
                    .containsExactly("Cannot query field \"dataSources\" on type \"Alert\".");
            assertThat(retry.has("errors")).isFalse();
            assertThat(retry.at("/data/alerts/edges")).hasSize(2);
            assertThat(messages(get)).containsExactly("Cannot query field \"dataSources\" on type \"Alert\".");
            assertThat(getRetry.at("/data/alert/severity").asText()).isEqualTo("CRITICAL");
        }
        try (var noViewType = SandboxConsole.start(
                SandboxOptions.defaults().withMissingSchemaFeatures(SchemaFeature.ALERTS_VIEW_TYPE))) {
            var old = new SandboxClient(noViewType);

            var get = old.read(old.getAlert(noViewType.data().alertWithLongHistory()));

            assertThat(get.has("errors")).isFalse();
            assertThat(get.at("/data/alert/dataSources")).isNotEmpty();
        }
    }

    @Test
    void refusesAWrongTokenWithTheGraphQlErrorShape() {
        var response = new SandboxClient(console, "wrong-token").getAlert("x");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(client.read(response).at("/errors/0/message").asText()).isEqualTo("Unauthorized");
    }

    // ---- helpers ----

    private void assertFilters(String fields, JsonNode filter, Predicate<JsonNode> holds) {
        var matching = nodes("ALL", list(filter), fields);
        assertThat(matching)
                .as("filter %s", filter)
                .isNotEmpty()
                .hasSizeLessThanOrEqualTo(72)
                .allMatch(holds);
        if (!filter.path("dateTimeRange").path("start").isNull() || !filter.has("dateTimeRange")) {
            assertThat(matching).as("filter %s narrows the list", filter).hasSizeLessThan(72);
        }
    }

    private List<JsonNode> nodes(String viewType, JsonNode filters, String fields) {
        var page = data(client.graphQl(
                        PATH,
                        Documents.searchAlerts(fields),
                        variables("filters", filters, "first", 100, "after", null, "viewType", viewType)))
                .get("alerts");
        assertThat(page.get("totalCount").asInt()).isEqualTo(page.get("edges").size());
        return page.get("edges").findValues("node");
    }

    private JsonNode search(JsonNode filters) {
        return client.read(client.graphQl(
                PATH,
                Documents.searchAlerts("id"),
                variables("filters", filters, "first", 10, "after", null, "viewType", "ALL")));
    }

    private static List<String> ids(List<JsonNode> nodes) {
        return nodes.stream().map(node -> node.get("id").asText()).toList();
    }
}
