package io.purplemcp.sandbox;

import static io.purplemcp.sandbox.Documents.list;
import static io.purplemcp.sandbox.Documents.value;
import static io.purplemcp.sandbox.Documents.values;
import static io.purplemcp.sandbox.Documents.variables;
import static io.purplemcp.sandbox.Documents.xspmFilter;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MisconfigurationsTest extends SandboxTest {

    private static final String PATH = SandboxConsole.MISCONFIGURATIONS_PATH;
    private static final Map<String, String> TYPES = Map.of(
            "CLOUD", "CLOUD_RESOURCE",
            "KUBERNETES", "KUBERNETES_RESOURCE",
            "IDENTITY", "IDENTITY",
            "INFRASTRUCTURE_AS_CODE", "IAC",
            "ADMISSION_CONTROLLER", "ADMISSION_REQUEST",
            "OFFENSIVE_SECURITY", "EXPOSURE",
            "SECRET_SCANNING", "SECRET");

    private final int total = console.data().misconfigurationIds().size();

    @Test
    void getsAMisconfigurationWithEverySelectedField() {
        var id = console.data().misconfigurationWithManyNotes();

        var item = data(client.graphQl(PATH, Documents.GET_MISCONFIGURATION, variables("id", id)))
                .get("misconfiguration");

        assertThat(fieldNames(item)).hasSize(35).startsWith("id", "externalId", "name", "description");
        assertThat(fieldNames(item.get("cnapp")))
                .containsExactly("policy", "verifiedExploitable", "autoRemediation", "haConnectionId", "haTemplateId");
        assertThat(fieldNames(item.get("compliance")))
                .containsExactly("standards", "requirements", "complianceStandards", "complianceReferences", "status");
        assertThat(item.at("/compliance/complianceReferences")).isEmpty();
        assertThat(item.at("/compliance/standards")).isNotEmpty();
        assertThat(fieldNames(item.get("evidence"))).contains("secret", "commitedBy");
        assertThat(item.at("/findingData/context").has("previousFindingId")).isTrue();
        assertThat(item.get("mitreAttacks").isArray()).isTrue();
        assertThat(item.has("findingType")).isFalse();
        assertThat(item.has("viewType")).isFalse();
    }

    @Test
    void listsEachViewTypeAndAllOfThemTogether() {
        var all = nodes("ALL", null, "id");
        var counted = 0;
        for (var view : TYPES.entrySet()) {
            var nodes = nodes(view.getKey(), null, "id misconfigurationType findingType environment");
            assertThat(nodes)
                    .as(view.getKey())
                    .isNotEmpty()
                    .allSatisfy(
                            node -> assertThat(node.get("misconfigurationType").asText())
                                    .isEqualTo(view.getValue()));
            counted += nodes.size();
        }

        assertThat(total).isGreaterThanOrEqualTo(50);
        assertThat(all).hasSize(total);
        assertThat(counted).isEqualTo(total);
    }

    @Test
    void pagesToTheEnd() {
        var ids = new ArrayList<String>();
        var variables = variables("first", 15, "viewType", "ALL");
        JsonNode page;
        do {
            page = data(client.graphQl(
                            PATH, Documents.listMisconfigurations(Documents.MISCONFIGURATION_FIELDS), variables))
                    .get("misconfigurations");
            page.get("edges").forEach(edge -> ids.add(edge.at("/node/id").asText()));
            variables = variables(
                    "first", 15, "after", page.at("/pageInfo/endCursor").asText(), "viewType", "ALL");
        } while (page.at("/pageInfo/hasNextPage").asBoolean());

        assertThat(ids).isEqualTo(console.data().misconfigurationIds());
    }

    @Test
    void carriesEvidenceOfEachKind() {
        var all = nodes(
                "ALL",
                null,
                "id misconfigurationType evidence { fileName iacFramework ipAddress port subdomain"
                        + " commitedBy secret { type hash valid } } admissionRequest { resourceNamespace userName }");

        assertThat(all)
                .anySatisfy(node ->
                        assertThat(node.at("/evidence/iacFramework").asText()).isEqualTo("Terraform"))
                .anySatisfy(node ->
                        assertThat(node.at("/evidence/secret/hash").asText()).startsWith("sha256:"))
                .anySatisfy(
                        node -> assertThat(node.at("/evidence/port").asInt()).isEqualTo(3000))
                .anySatisfy(
                        node -> assertThat(node.at("/admissionRequest/userName").asText())
                                .startsWith("system:serviceaccount:"))
                .anySatisfy(node -> {
                    assertThat(node.get("misconfigurationType").asText()).isEqualTo("CLOUD_RESOURCE");
                    node.get("evidence")
                            .forEach(member -> assertThat(member.isNull()).isTrue());
                });
    }

    @Test
    void appliesTheMisconfigurationFilters() {
        var fields = "id severity product environment complianceStandards mitigable evidence { port secret { valid"
                + " hash } } admissionRequest { resourceNamespace } cnapp { policy { group } } eventTime";
        assertFilter(
                fields,
                xspmFilter("complianceStandards", false, "stringIn", values("PCI DSS 4.0")),
                node -> node.get("complianceStandards").toString().contains("PCI DSS 4.0"));
        assertFilter(
                fields,
                xspmFilter("secretValidity", false, "booleanIn", values(true)),
                node -> node.at("/evidence/secret/valid").asBoolean());
        assertFilter(
                fields,
                xspmFilter("secretHash", false, "matchIn", values("SHA256:")),
                node -> node.at("/evidence/secret/hash").asText().startsWith("sha256:"));
        assertFilter(
                fields,
                xspmFilter(
                        "evidencePort",
                        false,
                        "intRange",
                        JsonNodeFactory.instance
                                .objectNode()
                                .put("start", 1_000)
                                .put("end", 7_000)),
                node -> node.at("/evidence/port").asInt() >= 1_000);
        assertFilter(
                fields,
                xspmFilter("mitigable", false, "booleanEqual", value(false)),
                node -> !node.get("mitigable").asBoolean());
        assertFilter(
                fields,
                xspmFilter("requestResourceNamespace", false, "stringEqual", value("payments")),
                node -> node.at("/admissionRequest/resourceNamespace").asText().equals("payments"));
        assertFilter(
                fields,
                xspmFilter("policyGroup", true, "stringIn", values("AWS Foundations")),
                node -> !node.at("/cnapp/policy/group").asText().equals("AWS Foundations"));
        assertFilter(
                fields,
                xspmFilter("product", false, "stringIn", values("Singularity Identity")),
                node -> node.get("environment").asText().equals("IDENTITY"));
        var cloudCritical =
                nodes("CLOUD", list(xspmFilter("severity", false, "stringEqual", value("CRITICAL"))), fields);
        assertThat(cloudCritical)
                .isNotEmpty()
                .hasSizeLessThan(nodes("CLOUD", null, "id").size());
    }

    @Test
    void refusesOperatorsAFieldDoesNotSupport() {
        var validity = search(list(xspmFilter("secretValidity", false, "booleanEqual", value(true))));
        var hash = search(list(xspmFilter("secretHash", false, "stringEqual", value("x"))));

        assertThat(messages(validity).get(0)).contains("supports booleanIn");
        assertThat(messages(hash).get(0)).contains("supports match, matchIn");
    }

    @Test
    void anOlderSchemaRefusesViewTypeSoThatTheFallbackCanRetry() throws IOException {
        try (var legacy = SandboxConsole.start(
                SandboxOptions.defaults().withMissingSchemaFeatures(SchemaFeature.MISCONFIGURATIONS_VIEW_TYPE))) {
            var old = new SandboxClient(legacy);
            var filters = list(xspmFilter("severity", false, "stringEqual", value("CRITICAL")));

            var first = old.read(old.graphQl(
                    PATH,
                    Documents.searchMisconfigurations("id severity"),
                    variables("first", 5, "filters", filters, "viewType", "CLOUD")));
            var retry = old.read(old.graphQl(
                    PATH,
                    Documents.searchMisconfigurationsWithoutViewType("id severity"),
                    variables("first", 5, "filters", filters)));

            assertThat(messages(first)).contains("Unknown argument \"viewType\" on field \"Query.misconfigurations\".");
            assertThat(first.get("data").isNull()).isTrue();
            assertThat(retry.has("errors")).isFalse();
            assertThat(retry.at("/data/misconfigurations/edges"))
                    .isNotEmpty()
                    .allSatisfy(edge ->
                            assertThat(edge.at("/node/severity").asText()).isEqualTo("CRITICAL"));
        }
    }

    @Test
    void pagesThroughNotesAndHistory() {
        var id = console.data().misconfigurationWithManyNotes();

        var notes = data(client.graphQl(
                        PATH, Documents.GET_MISCONFIGURATION_NOTES, variables("misconfigurationId", id, "first", 12)))
                .get("misconfigurationNotes");
        var history = data(client.graphQl(
                        PATH,
                        Documents.GET_MISCONFIGURATION_HISTORY,
                        variables("misconfigurationId", id, "first", 100)))
                .get("misconfigurationHistory");

        assertThat(notes.get("edges")).hasSize(12);
        assertThat(notes.at("/pageInfo/hasNextPage").asBoolean()).isFalse();
        assertThat(notes.get("edges").findValues("author"))
                .anySatisfy(
                        author -> assertThat(author.get("deleted").asBoolean()).isTrue());
        assertThat(notes.get("edges").findValues("updatedAt"))
                .anySatisfy(updated -> assertThat(updated.isNull()).isTrue())
                .anySatisfy(updated -> assertThat(updated.isTextual()).isTrue());
        assertThat(history.get("totalCount").asInt()).isGreaterThan(15);
        assertThat(history.at("/edges/0/node/eventType").asText()).isEqualTo("CREATION");
    }

    private void assertFilter(String fields, JsonNode filter, Predicate<JsonNode> holds) {
        var matching = nodes("ALL", list(filter), fields);
        assertThat(matching)
                .as("filter %s", filter)
                .isNotEmpty()
                .hasSizeLessThan(total)
                .allMatch(holds);
    }

    private JsonNode search(JsonNode filters) {
        return client.read(client.graphQl(
                PATH,
                Documents.searchMisconfigurations("id"),
                variables("first", 5, "viewType", "ALL", "filters", filters)));
    }

    private List<JsonNode> nodes(String viewType, JsonNode filters, String fields) {
        var variables = variables("first", 100, "viewType", viewType);
        if (filters != null) {
            variables.set("filters", filters);
        }
        var page = data(client.graphQl(PATH, Documents.searchMisconfigurations(fields), variables))
                .get("misconfigurations");
        assertThat(page.get("totalCount").asInt()).isEqualTo(page.get("edges").size());
        return page.get("edges").findValues("node");
    }
}
