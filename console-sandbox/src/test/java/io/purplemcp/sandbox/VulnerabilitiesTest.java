package io.purplemcp.sandbox;

import static io.purplemcp.sandbox.Documents.list;
import static io.purplemcp.sandbox.Documents.value;
import static io.purplemcp.sandbox.Documents.values;
import static io.purplemcp.sandbox.Documents.variables;
import static io.purplemcp.sandbox.Documents.xspmFilter;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VulnerabilitiesTest extends SandboxTest {

    private static final String PATH = SandboxConsole.VULNERABILITIES_PATH;
    private static final String FIELDS = "id severity status detectedAt product asset { name } cve { id nvdBaseScore"
            + " epssScore exploitedInTheWild } software { name fixVersion } analystVerdict assignee { fullName deleted }";

    private final int total = console.data().vulnerabilityIds().size();

    @Test
    void getsAVulnerabilityWithEverySelectedField() {
        var id = console.data().vulnerabilityWithManyNotes();

        var vulnerability = data(client.graphQl(PATH, Documents.GET_VULNERABILITY, variables("id", id)))
                .get("vulnerability");

        assertThat(fieldNames(vulnerability))
                .containsExactly(names("id externalId name severity status detectedAt lastSeenAt updatedAt product"
                        + " vendor asset scope scopeLevel cve software findingData paidScope"
                        + " remediationInsightsAvailable selfLink analystVerdict assignee exclusionPolicyId"));
        assertThat(vulnerability.at("/cve/id").asText()).matches("CVE-\\d{4}-\\d{4,5}");
        assertThat(fieldNames(vulnerability.at("/cve/s1BaseValues")))
                .containsExactly(names("attackVector attackComplexity privilegesRequired userInteractions scope"
                        + " confidentiality integrity availability"));
        assertThat(fieldNames(vulnerability.get("asset"))).hasSize(13).startsWith("id", "externalId", "name");
        assertThat(fieldNames(vulnerability.get("scope"))).containsExactly("account", "site", "group");
        assertThat(vulnerability.at("/scope/account/name").asText()).isEqualTo("Example Corp");
        assertThat(vulnerability.at("/findingData/context").has("note")).isTrue();
        assertThat(vulnerability.at("/findingData/context/note").isNull()).isTrue();
        assertThat(vulnerability.at("/assignee/deleted").asBoolean(true)).isFalse();
        assertThat(vulnerability.has("cveEpssBucket")).isFalse();
        assertThat(data(client.graphQl(PATH, Documents.GET_VULNERABILITY, variables("id", "no-such")))
                        .get("vulnerability")
                        .isNull())
                .isTrue();
    }

    @Test
    void listsEveryVulnerabilityWithoutAnAfterOnTheFirstPage() {
        var ids = new ArrayList<String>();
        var pages = 0;
        var variables = variables("first", 20);
        JsonNode page;
        do {
            page = data(client.graphQl(PATH, Documents.listVulnerabilities(Documents.VULNERABILITY_FIELDS), variables))
                    .get("vulnerabilities");
            pages++;
            page.get("edges").forEach(edge -> ids.add(edge.at("/node/id").asText()));
            variables = variables(
                    "first", 20, "after", page.at("/pageInfo/endCursor").asText());
        } while (page.at("/pageInfo/hasNextPage").asBoolean());

        assertThat(total).isGreaterThanOrEqualTo(50);
        assertThat(pages).isEqualTo((total + 19) / 20);
        assertThat(ids)
                .hasSize(total)
                .doesNotHaveDuplicates()
                .isEqualTo(console.data().vulnerabilityIds());
        assertThat(page.get("totalCount").asInt()).isEqualTo(total);
    }

    @Test
    void appliesEveryFilterTypeOfTheXspmDialect() {
        assertFilter(
                xspmFilter("severity", false, "stringEqual", value("CRITICAL")),
                node -> node.get("severity").asText().equals("CRITICAL"));
        assertFilter(
                xspmFilter("analystVerdict", false, "stringEqual", JsonNodeFactory.instance.objectNode()),
                node -> node.get("analystVerdict").isNull());
        assertFilter(
                xspmFilter("status", false, "stringIn", values("NEW", "TO_BE_PATCHED")),
                node -> List.of("NEW", "TO_BE_PATCHED")
                        .contains(node.get("status").asText()));
        assertFilter(
                xspmFilter("status", true, "stringIn", values("NEW", "TO_BE_PATCHED")),
                node -> !List.of("NEW", "TO_BE_PATCHED")
                        .contains(node.get("status").asText()));
        assertFilter(
                xspmFilter("assetName", false, "match", values("FIN-", "ws")),
                node -> node.at("/asset/name").asText().startsWith("fin-ws"));
        assertFilter(
                xspmFilter("cveId", false, "matchIn", values("2021-44228", "2024-3094")),
                node -> List.of("CVE-2021-44228", "CVE-2024-3094")
                        .contains(node.at("/cve/id").asText()));
        assertFilter(
                xspmFilter("cveExploitedInTheWild", false, "booleanEqual", value(true)),
                node -> node.at("/cve/exploitedInTheWild").asBoolean());
        assertFilter(
                xspmFilter("softwareFixVersionAvailable", false, "booleanIn", values(false, null)),
                node -> node.at("/software/fixVersion").isNull());
        assertFilter(
                xspmFilter("cveNvdBaseScore", false, "intEqual", value(10)),
                node -> node.at("/cve/nvdBaseScore").asDouble() == 10.0);
        assertFilter(
                xspmFilter("cveNvdBaseScore", false, "intIn", values(10, 7)),
                node -> node.at("/cve/nvdBaseScore").asDouble() == 10.0);
        var range = JsonNodeFactory.instance
                .objectNode()
                .put("start", 9)
                .put("startInclusive", true)
                .put("endInclusive", true);
        assertFilter(
                xspmFilter("cveNvdBaseScore", false, "intRange", range),
                node -> node.get("severity").asText().equals("CRITICAL"));
        var landmark = nodes(list(xspmFilter(
                        "id", false, "stringEqual", value(console.data().vulnerabilityWithManyNotes()))))
                .get(0);
        var detected = Instant.parse(landmark.get("detectedAt").asText()).toEpochMilli();
        assertFilter(
                xspmFilter("detectedAt", false, "longEqual", value(detected)),
                node -> node.get("id").asText().equals(landmark.get("id").asText()));
        assertFilter(
                xspmFilter("detectedAt", false, "longIn", values(detected, 1L)),
                node -> node.get("id").asText().equals(landmark.get("id").asText()));
        var week = JsonNodeFactory.instance
                .objectNode()
                .put("start", detected - 7 * 86_400_000L)
                .put("startInclusive", true)
                .put("endInclusive", true);
        assertFilter(
                xspmFilter("detectedAt", false, "longRange", week),
                node -> Instant.parse(node.get("detectedAt").asText()).toEpochMilli() >= detected - 7 * 86_400_000L);
        var before = JsonNodeFactory.instance
                .objectNode()
                .put("startInclusive", true)
                .put("end", detected)
                .put("endInclusive", false);
        assertFilter(
                xspmFilter("detectedAt", false, "dateTimeRange", before),
                node -> Instant.parse(node.get("detectedAt").asText()).toEpochMilli() < detected);
        assertFilter(
                xspmFilter("cveEpssScore", false, "stringIn", values("0.75-1.0")),
                node -> node.at("/cve/epssScore").asDouble() >= 0.75);
        assertFilter(
                xspmFilter("product", false, "stringEqual", value("Tenable Vulnerability Management")),
                node -> node.get("product").asText().startsWith("Tenable"));
    }

    @Test
    void refusesOperatorsAFieldDoesNotSupport() {
        var product = search(list(xspmFilter("product", false, "match", values("Tenable"))));
        var epss = search(list(xspmFilter("cveEpssScore", false, "stringEqual", value("0.75-1.0"))));

        assertThat(product.at("/errors/0/message").asText()).contains("\"product\" does not support match");
        assertThat(epss.at("/errors/0/message").asText()).contains("supports stringIn");
        assertThat(product.at("/data/vulnerabilities").isNull()).isTrue();
    }

    @Test
    void showsADeletedAssignee() {
        var all = nodes(null);

        assertThat(all)
                .anySatisfy(node ->
                        assertThat(node.at("/assignee/deleted").asBoolean()).isTrue());
        assertThat(all)
                .filteredOn(node -> node.get("assignee").isObject())
                .allSatisfy(node ->
                        assertThat(node.at("/assignee/deleted").isBoolean()).isTrue());
    }

    @Test
    void pagesThroughNotesWithTheDefaultPageSizeWhenNoFirstIsSent() {
        var id = console.data().vulnerabilityWithManyNotes();

        var first = data(client.graphQl(PATH, Documents.GET_VULNERABILITY_NOTES, variables("vulnerabilityId", id)))
                .get("vulnerabilityNotes");
        var second = data(client.graphQl(
                        PATH,
                        Documents.GET_VULNERABILITY_NOTES,
                        variables(
                                "vulnerabilityId",
                                id,
                                "first",
                                5,
                                "after",
                                first.at("/pageInfo/endCursor").asText())))
                .get("vulnerabilityNotes");
        var none = data(client.graphQl(PATH, Documents.GET_VULNERABILITY_NOTES, variables("vulnerabilityId", "nope")))
                .get("vulnerabilityNotes");

        assertThat(first.get("edges")).hasSize(10);
        assertThat(first.get("totalCount").asInt()).isEqualTo(12);
        assertThat(first.at("/pageInfo/hasNextPage").asBoolean()).isTrue();
        assertThat(second.get("edges")).hasSize(2);
        assertThat(second.at("/pageInfo/hasNextPage").asBoolean()).isFalse();
        assertThat(first.at("/edges/0/node/vulnerabilityId").asText()).isEqualTo(id);
        assertThat(fieldNames(first.at("/edges/0/node/author"))).containsExactly("id", "email", "fullName", "deleted");
        assertThat(first.at("/edges/0/node/createdAt").asText())
                .isGreaterThan(second.at("/edges/1/node/createdAt").asText());
        assertThat(none.get("edges")).isEmpty();
        assertThat(none.get("totalCount").asInt()).isZero();
    }

    @Test
    void pagesThroughTheHistory() {
        var id = console.data().vulnerabilityWithManyNotes();
        var events = new ArrayList<JsonNode>();
        var variables = variables("vulnerabilityId", id, "first", 4);
        JsonNode page;
        do {
            page = data(client.graphQl(PATH, Documents.GET_VULNERABILITY_HISTORY, variables))
                    .get("vulnerabilityHistory");
            page.get("edges").forEach(edge -> events.add(edge.get("node")));
            variables = variables(
                    "vulnerabilityId",
                    id,
                    "first",
                    4,
                    "after",
                    page.at("/pageInfo/endCursor").asText());
        } while (page.at("/pageInfo/hasNextPage").asBoolean());

        assertThat(events).hasSizeGreaterThan(15);
        assertThat(events.get(0).get("eventType").asText()).isEqualTo("CREATION");
        assertThat(events.stream().map(event -> event.get("eventType").asText()).distinct())
                .contains("NOTES", "STATUS", "USER_ASSIGNMENT", "ANALYST_VERDICT", "WORKFLOW_ACTION");
    }

    private void assertFilter(JsonNode filter, Predicate<JsonNode> holds) {
        var matching = nodes(list(filter));
        assertThat(matching)
                .as("filter %s", filter)
                .isNotEmpty()
                .hasSizeLessThan(total)
                .allMatch(holds);
    }

    private List<JsonNode> nodes(JsonNode filters) {
        var variables = variables("first", 100);
        if (filters != null) {
            variables.set("filters", filters);
        }
        var page = data(client.graphQl(PATH, Documents.searchVulnerabilities(FIELDS), variables))
                .get("vulnerabilities");
        assertThat(page.get("totalCount").asInt()).isEqualTo(page.get("edges").size());
        return page.get("edges").findValues("node");
    }

    private JsonNode search(JsonNode filters) {
        return client.read(
                client.graphQl(PATH, Documents.searchVulnerabilities("id"), variables("first", 5, "filters", filters)));
    }
}
