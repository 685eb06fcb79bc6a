package io.purplemcp.sandbox;

import static io.purplemcp.sandbox.Documents.variables;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** How the findings endpoints behave as GraphQL servers: validation, variables, request errors, the log. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FindingsGraphQlTest extends SandboxTest {

    private static final String ALERTS = SandboxConsole.ALERTS_PATH;

    private final String alertId = console.data().alertWithLongHistory();

    @Test
    void reportsASyntaxError() {
        var body = query("query GetAlert($alertId: ID!) { alert(id: $alertId) { id ", variables("alertId", alertId));

        assertThat(messages(body))
                .singleElement()
                .asString()
                .startsWith("Syntax Error:")
                .contains("line 1");
        assertThat(body.at("/errors/0/extensions/code").asText()).isEqualTo("GRAPHQL_PARSE_FAILED");
        assertThat(body.get("data").isNull()).isTrue();
    }

    @Test
    void refusesFieldsTheSchemaDoesNotHave() {
        var body = query(
                "query GetAlert($alertId: ID!) { alert(id: $alertId) { id owner asset { id owner } severity { x }"
                        + " assignee } alertz }",
                variables("alertId", alertId));

        assertThat(messages(body))
                .containsExactly(
                        "Cannot query field \"owner\" on type \"Alert\".",
                        "Cannot query field \"owner\" on type \"AlertAsset\".",
                        "Field \"severity\" must not have a selection since type \"Severity\" has no subfields.",
                        "Field \"assignee\" of type \"AlertUser\" must have a selection of subfields. Did you mean"
                                + " \"assignee { ... }\"?",
                        "Cannot query field \"alertz\" on type \"Query\".");
        assertThat(body.at("/errors/0/extensions/code").asText()).isEqualTo("GRAPHQL_VALIDATION_FAILED");
        assertThat(body.get("data").isNull()).isTrue();
    }

    @Test
    void refusesArgumentsAndVariablesThatDoNotFit() {
        var missingArgument = query("query A { alert { id } }", variables());
        var undeclared = query("query A { alert(id: $alertId) { id } }", variables("alertId", alertId));
        var unused =
                query("query A($alertId: ID!, $x: Int) { alert(id: $alertId) { id } }", variables("alertId", alertId));
        var wrongType =
                query("query A($alertId: String!) { alert(id: $alertId) { id } }", variables("alertId", alertId));
        var nullable = query("query A($alertId: ID) { alert(id: $alertId) { id } }", variables("alertId", alertId));
        var unknownArgument =
                query("query A($alertId: ID!) { alert(id: $alertId, first: 3) { id } }", variables("alertId", alertId));
        var wrongLiteral = query("query A { alerts(first: \"ten\") { totalCount } }", variables());
        var unknownType = query("query A($a: AlertId!) { alert(id: $a) { id } }", variables("a", alertId));

        assertThat(messages(missingArgument))
                .containsExactly(
                        "Field \"alert\" argument \"id\" of type \"ID!\" is required, but it was not provided.");
        assertThat(messages(undeclared)).containsExactly("Variable \"$alertId\" is not defined by operation \"A\".");
        assertThat(messages(unused)).containsExactly("Variable \"$x\" is never used in operation \"A\".");
        assertThat(messages(wrongType))
                .containsExactly("Variable \"$alertId\" of type \"String!\" used in position expecting type \"ID!\".");
        assertThat(messages(nullable))
                .containsExactly("Variable \"$alertId\" of type \"ID\" used in position expecting type \"ID!\".");
        assertThat(messages(unknownArgument)).containsExactly("Unknown argument \"first\" on field \"Query.alert\".");
        assertThat(messages(wrongLiteral))
                .containsExactly(
                        "Argument \"first\" has invalid value: Int cannot represent non-integer value: \"ten\"");
        assertThat(messages(unknownType)).contains("Unknown type \"AlertId\".");
    }

    @Test
    void refusesVariableValuesThatDoNotFitTheirTypes() {
        var list = Documents.listAlerts("id");

        var missing = query(list, variables("after", null));
        var nullFirst = query(list, variables("first", null));
        var text = query(list, variables("first", "ten"));
        var huge = query(list, variables("first", 3_000_000_000L));
        var lowerCase = query(list, variables("first", 1, "viewType", "all"));
        var wrongFilter = query(
                Documents.searchAlerts("id"),
                variables(
                        "first",
                        1,
                        "filters",
                        client.parse("[{\"fieldId\": 5, \"stringEqual\": {\"value\": \"x\"}}]")));
        var noFieldId = query(
                Documents.searchAlerts("id"),
                variables("first", 1, "filters", client.parse("[{\"stringEqual\": {\"value\": \"x\"}}]")));

        assertThat(messages(missing))
                .containsExactly("Variable \"$first\" of required type \"Int!\" was not provided.");
        assertThat(messages(nullFirst))
                .containsExactly("Variable \"$first\" of non-null type \"Int!\" must not be null.");
        assertThat(messages(text))
                .containsExactly(
                        "Variable \"$first\" got invalid value \"ten\"; Int cannot represent non-integer value:"
                                + " \"ten\"");
        assertThat(messages(huge).get(0)).contains("non 32-bit signed integer");
        assertThat(messages(lowerCase))
                .containsExactly("Variable \"$viewType\" got invalid value \"all\"; Value \"all\" does not exist in"
                        + " \"ViewType\" enum.");
        assertThat(messages(wrongFilter).get(0))
                .contains("at \"filters[0].fieldId\"")
                .contains("String cannot represent a non string value: 5");
        assertThat(messages(noFieldId).get(0))
                .contains("Field \"fieldId\" of required type \"String!\" was not provided.");
        assertThat(text.at("/errors/0/extensions/code").asText()).isEqualTo("BAD_USER_INPUT");
        assertThat(text.get("data").isNull()).isTrue();
    }

    @Test
    void honoursAliasesTypenameAndLiteralArguments() {
        var body = query(
                "{ __typename newest: alert(id: \"" + alertId + "\") { __typename key: id severity }"
                        + " three: alerts(first: 3, viewType: UNASSIGNED) { totalCount edges { cursor } } }",
                null);

        assertThat(body.has("errors")).isFalse();
        assertThat(fieldNames(body.get("data"))).containsExactly("__typename", "newest", "three");
        assertThat(body.at("/data/__typename").asText()).isEqualTo("Query");
        assertThat(body.at("/data/newest").toString())
                .isEqualTo("{\"__typename\":\"Alert\",\"key\":\"" + alertId + "\",\"severity\":\"CRITICAL\"}");
        assertThat(body.at("/data/three/edges")).hasSize(3);
    }

    @Test
    void refusesMutationsNamedFragmentsAndAnOtherOperationName() {
        var mutation = query("mutation M { alert(id: \"x\") { id } }", null);
        var fragment = query("query A { alert(id: \"x\") { ...F } } fragment F on Alert { id }", null);
        var named = client.read(client.postJson(
                ALERTS,
                "Bearer " + SandboxConsole.DEMO_TOKEN,
                "{\"query\":\"query A { __typename }\",\"variables\":{},\"operationName\":\"B\"}",
                Duration.ofSeconds(5)));
        var matching = client.read(client.postJson(
                ALERTS,
                "Bearer " + SandboxConsole.DEMO_TOKEN,
                "{\"query\":\"query A { __typename }\",\"variables\":null,\"operationName\":\"A\"}",
                Duration.ofSeconds(5)));

        assertThat(messages(mutation)).containsExactly("Schema is not configured to execute mutation operation.");
        assertThat(messages(fragment).get(0)).contains("fragments are not supported");
        assertThat(messages(named)).containsExactly("Unknown operation named \"B\".");
        assertThat(matching.at("/data/__typename").asText()).isEqualTo("Query");
    }

    @Test
    void refusesBodiesThatAreNoGraphQlRequest() {
        var authorization = "Bearer " + SandboxConsole.DEMO_TOKEN;
        var notJson = client.postJson(ALERTS, authorization, "{", Duration.ofSeconds(5));
        var extraKey = client.postJson(
                ALERTS, authorization, "{\"query\":\"{ __typename }\",\"extensions\":{}}", Duration.ofSeconds(5));
        var noQuery = client.postJson(ALERTS, authorization, "{\"variables\":{}}", Duration.ofSeconds(5));
        var listVariables = client.postJson(
                ALERTS, authorization, "{\"query\":\"{ __typename }\",\"variables\":[]}", Duration.ofSeconds(5));
        var noContentType = client.send(client.request(ALERTS, Duration.ofSeconds(5))
                .header("Authorization", authorization)
                .POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ __typename }\"}"))
                .build());
        var get = client.send(client.request(ALERTS, Duration.ofSeconds(5))
                .header("Authorization", authorization)
                .GET()
                .build());

        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(extraKey.statusCode()).isEqualTo(400);
        assertThat(extraKey.body()).contains("extensions");
        assertThat(noQuery.statusCode()).isEqualTo(400);
        assertThat(listVariables.statusCode()).isEqualTo(400);
        assertThat(noContentType.statusCode()).isEqualTo(415);
        assertThat(get.statusCode()).isEqualTo(405);
        assertThat(get.headers().firstValue("Allow")).hasValue("POST");
    }

    @Test
    void refusesTheWrongSchemeOnEveryFamily() {
        for (var path : new String[] {
            SandboxConsole.ALERTS_PATH, SandboxConsole.VULNERABILITIES_PATH, SandboxConsole.MISCONFIGURATIONS_PATH
        }) {
            var apiToken = client.postJson(
                    path,
                    "ApiToken " + SandboxConsole.DEMO_TOKEN,
                    "{\"query\":\"{ __typename }\"}",
                    Duration.ofSeconds(5));
            var none = client.send(client.request(path, Duration.ofSeconds(5))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ __typename }\"}"))
                    .build());

            assertThat(apiToken.statusCode()).isEqualTo(401);
            assertThat(client.read(apiToken).at("/errors/0/extensions/detail").asText())
                    .contains("Bearer");
            assertThat(none.statusCode()).isEqualTo(401);
            assertThat(client.read(none).at("/errors/0/message").asText()).isEqualTo("Unauthorized");
        }
    }

    @Test
    void logsTheDocumentAndVariablesSoThatTestsCanCheckNothingWasSpliced() throws Exception {
        var marker = "log-check-" + System.nanoTime();
        client.getAlert(marker);
        client.graphQl(ALERTS, "{ alert(id: \"" + marker + "-inline\") { id } }", null);

        var clean = console.awaitRequest(
                r -> r.graphQlVariables()
                        .map(v -> v.path("alertId").asText().equals(marker))
                        .orElse(false),
                Duration.ofSeconds(5));
        var spliced = console.awaitRequest(
                r -> r.graphQlDocument()
                        .map(d -> d.contains(marker + "-inline"))
                        .orElse(false),
                Duration.ofSeconds(5));

        assertThat(clean.graphQlOperationName()).hasValue("GetAlert");
        assertThat(clean.graphQlDocument()).hasValue(Documents.GET_ALERT);
        assertThat(clean.graphQlLiterals()).isEmpty();
        assertThat(clean.authScheme()).hasValue("Bearer");
        assertThat(spliced.graphQlOperationName()).isEmpty();
        assertThat(spliced.graphQlLiterals()).containsExactly(marker + "-inline");
        assertThat(spliced.graphQlVariables())
                .hasValueSatisfying(v -> assertThat(v.isEmpty()).isTrue());
    }

    private JsonNode query(String document, JsonNode variables) {
        return ok(client.graphQl(ALERTS, document, variables));
    }
}
