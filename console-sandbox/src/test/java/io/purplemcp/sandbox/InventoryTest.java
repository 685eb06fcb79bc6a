package io.purplemcp.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.purplemcp.sandbox.data.SandboxResources;
import io.purplemcp.sandbox.http.RecordedRequest;
import io.purplemcp.sandbox.inventory.InventoryEndpoint;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InventoryTest extends SandboxTest {

    private static final String PATH = SandboxConsole.INVENTORY_PATH;
    private static final Map<String, String> SURFACES = Map.of(
            "endpoint", "ENDPOINT", "cloud", "CLOUD", "identity", "IDENTITY", "network_discovery", "NETWORK_DISCOVERY");

    @Test
    void listsFiftyAssetsByDefaultWithThePaginationObject() {
        var body = ok(client.inventoryGet(PATH));

        assertThat(fieldNames(body)).containsExactly("data", "pagination");
        assertThat(body.get("data")).hasSize(50);
        assertThat(body.get("pagination").toString())
                .isEqualTo("{\"totalCount\":" + console.data().assetCount() + ",\"limit\":50,\"skip\":0}");
        assertThat(console.data().assetCount()).isGreaterThan(2_500);
    }

    @Test
    void listsEverySurface() {
        var total = 0;
        for (var surface : SURFACES.entrySet()) {
            var body = ok(client.inventoryGet(PATH + "/surface/" + surface.getKey() + "?limit=1000&skip=0"));

            assertThat(body.at("/pagination/totalCount").asInt())
                    .isEqualTo(console.data().assetCount(surface.getValue()))
                    .isPositive();
            assertThat(body.get("data"))
                    .allSatisfy(item ->
                            assertThat(item.get("surfaces").toString()).contains("\"" + surface.getValue() + "\""));
            total += body.at("/pagination/totalCount").asInt();
        }
        // A few assets are on two surfaces (domain controllers, a web server in AWS).
        assertThat(total).isGreaterThan(console.data().assetCount());
        assertThat(console.data().assetCount("CLOUD")).isGreaterThan(50);
        assertThat(console.data().assetCount("IDENTITY")).isGreaterThan(100);
        assertThat(console.data().assetCount("NETWORK_DISCOVERY")).isGreaterThanOrEqualTo(50);
    }

    @Test
    void pagesThroughTheWholeCollectionWithLimitAndSkip() {
        var ids = new ArrayList<String>();
        var skip = 0;
        JsonNode body;
        do {
            body = ok(client.inventoryGet(PATH + "?limit=1000&skip=" + skip));
            body.get("data").forEach(item -> ids.add(item.get("id").asText()));
            skip += 1000;
        } while (skip < body.at("/pagination/totalCount").asInt());
        var beyond = ok(client.inventoryGet(PATH + "?limit=10&skip=100000"));

        assertThat(ids).hasSize(console.data().assetCount()).doesNotHaveDuplicates();
        assertThat(beyond.get("data")).isEmpty();
        assertThat(beyond.at("/pagination/skip").asInt()).isEqualTo(100_000);
        var farBeyond = ok(client.inventoryGet(PATH + "?limit=10&skip=" + Long.MAX_VALUE));
        assertThat(farBeyond.get("data")).isEmpty();
        assertThat(farBeyond.at("/pagination/skip").asLong()).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void describesAssetsWithTheCatalogueKeysSomeNullsAndTwoOddItems() {
        var catalogue = Set.copyOf(SandboxResources.lines(InventoryEndpoint.class, "item-fields.txt"));
        assertThat(catalogue).hasSize(229);
        var endpoints = ok(client.inventoryGet(PATH + "/surface/endpoint?limit=50&skip=0"))
                .get("data");
        var cloud = ok(client.inventoryGet(PATH + "/surface/cloud?limit=1000&skip=0"))
                .get("data");
        var everything = ok(client.inventoryGet(PATH + "?limit=1000&skip=0")).get("data");

        var keys = new HashSet<String>();
        everything.forEach(item -> keys.addAll(fieldNames(item)));
        keys.removeAll(catalogue);
        assertThat(keys).containsExactly("cloudProvider");
        assertThat(find(endpoints, SandboxData.ODD_ENDPOINT).get("memory").asText())
                .isEqualTo("16GB");
        assertThat(find(cloud, SandboxData.ODD_CLOUD_RESOURCE)
                        .at("/tags/0/value")
                        .isNumber())
                .isTrue();
        assertThat(find(endpoints, "dc01.corp.example").get("cloudProvider").isNull())
                .isTrue();
        assertThat(find(endpoints, "dc01.corp.example").get("surfaces").toString())
                .contains("IDENTITY");
        assertThat(everything)
                .anySatisfy(item -> assertThat(item.get("name").isNull()).isTrue());
        assertThat(find(cloud, "corp-public-assets").get("isPublic").asBoolean())
                .isTrue();
        assertThat(find(cloud, "corp-public-assets").get("cloudResourceArn").asText())
                .isEqualTo("arn:aws:s3:::corp-public-assets");
    }

    @Test
    void searchesWithEveryOperator() {
        assertSearch(
                "{\"resourceType\": [\"Windows Server\", \"Linux Server\"]}",
                item -> item.get("category").asText().equals("Server"));
        assertSearch(
                "{\"name__contains\": [\"PROD\"]}",
                item -> item.get("name").asText().toLowerCase().contains("prod"));
        assertSearch(
                "{\"assetStatus__nin\": [\"Active\"]}",
                item -> !item.get("assetStatus").asText().equals("Active"));
        assertSearch(
                "{\"cloudProvider\": \"AWS\", \"assetStatus\": [\"Active\"], \"subCategory__in\": [\"Virtual Machine\"]}",
                item -> item.get("resourceType").asText().equals("AWS EC2 Instance"));
        var from = Instant.parse("2025-01-15T00:00:00Z");
        assertSearch(
                "{\"lastActiveDt__between\": {\"from\": " + from.toEpochMilli()
                        + ", \"to\": \"2025-01-15T12:00:00Z\"}}",
                item -> !Instant.parse(item.get("lastActiveDt").asText()).isBefore(from));
        assertSearch(
                "{\"lastActiveDt__between\": {\"to\": \"2024-12-31\"}}",
                item -> Instant.parse(item.get("lastActiveDt").asText())
                        .isBefore(Instant.parse("2025-01-01T00:00:00Z")));
        assertSearch(
                "{\"coreCount__between\": {\"from\": 16}}",
                item -> item.get("coreCount").asInt() >= 16);
        assertSearch(
                "{\"isDcServer\": [true]}", item -> item.get("name").asText().startsWith("dc0"));
        assertSearch(
                "{\"riskFactors\": [\"KERBEROASTABLE\"]}",
                item -> item.get("serviceAccount").asBoolean());
        var ids = List.of(
                console.data().assetId("dc01.corp.example"), console.data().assetId("corp-app-logs"));
        var both = search("{\"filter\": {\"id__in\": [\"" + ids.get(0) + "\", \"" + ids.get(1) + "\"], \"limit\": 50,"
                + " \"skip\": 0}}");
        assertThat(both.get("data"))
                .extracting(item -> item.get("id").asText())
                .containsExactlyInAnyOrderElementsOf(ids);
    }

    @Test
    void getsAnAssetByIdThroughTheSearch() {
        var id = console.data().assetId("sql-prod-03.corp.example");

        var found = search("{\"filter\": {\"id__in\": [\"" + id + "\"], \"limit\": 1, \"skip\": 0}}");
        var missing = search("{\"filter\": {\"id__in\": [\"no-such-asset\"], \"limit\": 1, \"skip\": 0}}");

        assertThat(found.get("data")).singleElement().satisfies(item -> {
            assertThat(item.get("name").asText()).isEqualTo("sql-prod-03.corp.example");
            assertThat(item.get("subCategory").asText()).isEqualTo("Database Server");
        });
        assertThat(missing.toString())
                .isEqualTo("{\"data\":[],\"pagination\":{\"totalCount\":0,\"limit\":1,\"skip\":0}}");
    }

    @Test
    void refusesWhatTheApiRefuses() {
        var unknownField = client.inventorySearch("{\"filter\": {\"fooBar\": [\"x\"], \"limit\": 5, \"skip\": 0}}");
        var unknownOperator = client.inventorySearch("{\"filter\": {\"name__like\": [\"x\"]}}");
        var badBetween = client.inventorySearch("{\"filter\": {\"lastActiveDt__between\": [1, 2]}}");
        var notFilter = client.inventorySearch("{\"filters\": {}}");
        var limitZero = client.inventoryGet(PATH + "?limit=0&skip=0");
        var limitHigh = client.inventorySearch("{\"filter\": {\"limit\": 1001, \"skip\": 0}}");
        var skipNegative = client.inventoryGet(PATH + "/surface/cloud?limit=5&skip=-1");
        var extraParameter = client.inventoryGet(PATH + "?limit=5&skip=0&surface=CLOUD");
        var unknownSurface = client.inventoryGet(PATH + "/surface/ENDPOINT?limit=5&skip=0");
        var postToSurface = client.postJson(
                PATH + "/surface/cloud",
                "Bearer " + SandboxConsole.DEMO_TOKEN,
                "{\"filter\":{}}",
                Duration.ofSeconds(5));
        var queryOnSearch = client.postJson(
                PATH + "?limit=5", "Bearer " + SandboxConsole.DEMO_TOKEN, "{\"filter\":{}}", Duration.ofSeconds(5));
        var noJson = client.send(client.request(PATH, Duration.ofSeconds(5))
                .header("Authorization", "Bearer " + SandboxConsole.DEMO_TOKEN)
                .POST(HttpRequest.BodyPublishers.ofString("{\"filter\":{}}"))
                .build());

        assertThat(unknownField.statusCode()).isEqualTo(400);
        assertThat(client.read(unknownField).get("errors").get(0).toString())
                .isEqualTo(
                        "{\"code\":4000010,\"detail\":\"Unknown filter field 'fooBar'\",\"title\":\"Validation Error\"}");
        assertThat(unknownOperator.statusCode()).isEqualTo(400);
        assertThat(unknownOperator.body()).contains("__like");
        assertThat(badBetween.statusCode()).isEqualTo(400);
        assertThat(notFilter.statusCode()).isEqualTo(400);
        assertThat(limitZero.statusCode()).isEqualTo(400);
        assertThat(limitHigh.statusCode()).isEqualTo(400);
        assertThat(skipNegative.statusCode()).isEqualTo(400);
        assertThat(extraParameter.statusCode()).isEqualTo(400);
        assertThat(unknownSurface.statusCode()).isEqualTo(404);
        assertThat(postToSurface.statusCode()).isEqualTo(405);
        assertThat(postToSurface.headers().firstValue("Allow")).hasValue("GET");
        assertThat(queryOnSearch.statusCode()).isEqualTo(400);
        assertThat(noJson.statusCode()).isEqualTo(415);
        assertThat(ok(client.inventoryGet(PATH + "?limit=1000&skip=0")).get("data"))
                .hasSize(1000);
    }

    @Test
    void refusesAWrongTokenOrScheme() {
        var wrong = new SandboxClient(console, "other-token").inventoryGet(PATH);
        var apiToken = client.send(client.request(PATH, Duration.ofSeconds(5))
                .header("Authorization", "ApiToken " + SandboxConsole.DEMO_TOKEN)
                .GET()
                .build());

        assertThat(wrong.statusCode()).isEqualTo(401);
        var error = client.read(wrong).at("/errors/0");
        assertThat(fieldNames(error)).containsExactly("code", "detail", "title");
        assertThat(error.get("code").asInt()).isEqualTo(4010010);
        assertThat(error.get("title").asText()).isEqualTo("Unauthorized");
        assertThat(apiToken.statusCode()).isEqualTo(401);
    }

    @Test
    void injectsFaultsThroughMarkersInTheFilter() {
        var id = console.data().assetId("jump01.corp.example");
        var limited = "{\"filter\": {\"id__in\": [\"" + id + " sandbox:fault=503@get*2\"], \"limit\": 1, \"skip\": 0}}";

        var first = client.inventorySearch(limited);
        var second = client.inventorySearch(limited);
        var third = client.inventorySearch(limited);
        var searchPhase = client.inventorySearch(
                "{\"filter\": {\"name__contains\": [\"jump sandbox:fault=500@get\"], \"limit\": 5, \"skip\": 0}}");
        var nullData = client.inventorySearch("{\"filter\": {\"name__contains\": [\"x sandbox:fault=null-data\"]}}");
        var malformed = client.inventorySearch("{\"filter\": {\"name\": \"sandbox:fault=malformed-json\"}}");
        var graphQlOnly = client.inventorySearch("{\"filter\": {\"name\": \"sandbox:fault=graphql-error\"}}");

        assertThat(first.statusCode()).isEqualTo(503);
        assertThat(client.read(first).toString()).startsWith("{\"message\":\"Service Unavailable (injected by");
        assertThat(second.statusCode()).isEqualTo(503);
        assertThat(third.statusCode()).isEqualTo(200);
        assertThat(client.read(third).at("/data/0/name").asText()).isEqualTo("jump01.corp.example");
        assertThat(searchPhase.statusCode()).isEqualTo(200);
        assertThat(client.read(searchPhase).get("data")).isNotEmpty();
        assertThat(nullData.body()).isEqualTo("{\"data\":null,\"pagination\":null}");
        assertThat(malformed.statusCode()).isEqualTo(200);
        assertThatThrownBy(() -> client.read(malformed)).isInstanceOf(IllegalStateException.class);
        assertThat(graphQlOnly.statusCode()).isEqualTo(400);
        assertThat(graphQlOnly.body()).contains("does not apply to the inventory");
        assertThatThrownBy(() -> client.inventorySearch("{\"filter\": {\"name\": \"sandbox:fault=reset@search\"}}"))
                .isInstanceOf(UncheckedIOException.class);
    }

    @Test
    void armedMarkersReachTheListings() throws Exception {
        try (var armed = SandboxConsole.start()) {
            var armedClient = new SandboxClient(armed);
            armed.armFaults(PATH, "sandbox:fault=502@list*2");

            var first = armedClient.inventoryGet(PATH + "/surface/cloud?limit=5&skip=0");
            var second = armedClient.inventoryGet(PATH + "?limit=5&skip=0");
            var third = armedClient.inventoryGet(PATH + "?limit=5&skip=0");
            var search = armedClient.inventorySearch("{\"filter\": {}}");
            armed.disarmFaults();
            armed.armFaults(PATH + "/surface/identity", "sandbox:fault=500");
            var otherSurface = armedClient.inventoryGet(PATH + "/surface/endpoint?limit=1&skip=0");
            var identity = armedClient.inventoryGet(PATH + "/surface/identity?limit=1&skip=0");
            armed.disarmFaults();

            assertThat(first.statusCode()).isEqualTo(502);
            assertThat(armedClient.read(first).get("message").asText())
                    .contains("injected by sandbox:fault=502@list*2");
            assertThat(second.statusCode()).isEqualTo(502);
            assertThat(third.statusCode()).isEqualTo(200);
            assertThat(search.statusCode()).isEqualTo(200);
            assertThat(otherSurface.statusCode()).isEqualTo(200);
            assertThat(identity.statusCode()).isEqualTo(500);
            assertThat(armed.requests())
                    .extracting(RecordedRequest::injectedFault)
                    .containsExactly(
                            "sandbox:fault=502@list*2", "sandbox:fault=502@list*2", "", "", "", "sandbox:fault=500");
        }
    }

    @Test
    void logsTheSearchBodyForRequestAssertions() throws Exception {
        var marker = "log-" + System.nanoTime();
        client.inventorySearch("{\"filter\": {\"name__contains\": [\"" + marker + "\"], \"limit\": 7, \"skip\": 0}}");

        var request = console.awaitRequest(r -> r.body().contains(marker), Duration.ofSeconds(5));

        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo(PATH);
        assertThat(request.query()).isEmpty();
        assertThat(request.jsonBody())
                .hasValueSatisfying(
                        body -> assertThat(body.at("/filter/limit").asInt()).isEqualTo(7));
        assertThat(request.authScheme()).hasValue("Bearer");
    }

    private void assertSearch(String filter, java.util.function.Predicate<JsonNode> holds) {
        var object = client.parse(filter);
        ((com.fasterxml.jackson.databind.node.ObjectNode) object)
                .put("limit", 1000)
                .put("skip", 0);
        var body = search("{\"filter\": " + object + "}");
        var data = body.get("data");
        assertThat(data).as(filter).isNotEmpty();
        assertThat(body.at("/pagination/totalCount").asInt())
                .as(filter)
                .isLessThan(console.data().assetCount());
        var failing = new ArrayList<String>();
        data.forEach(item -> {
            if (!holds.test(item)) {
                failing.add(item.path("name").asText());
            }
        });
        assertThat(failing).as(filter).isEmpty();
    }

    private JsonNode search(String body) {
        return ok(client.inventorySearch(body));
    }

    private static JsonNode find(JsonNode items, String name) {
        for (var item : items) {
            if (name.equals(item.path("name").asText())) {
                return item;
            }
        }
        throw new AssertionError(name + " not in "
                + items.findValuesAsText("name").stream().limit(20).collect(Collectors.toList()));
    }
}
