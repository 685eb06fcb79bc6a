package io.purplemcp.adapters.sentinelone.inventory;

import static io.purplemcp.adapters.sentinelone.inventory.InventoryCalls.answer;
import static io.purplemcp.adapters.sentinelone.inventory.InventoryCalls.call;
import static io.purplemcp.adapters.sentinelone.testing.SandboxFixture.failure;
import static io.purplemcp.adapters.sentinelone.testing.SandboxFixture.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.purplemcp.adapters.sentinelone.http.HttpSettings;
import io.purplemcp.adapters.sentinelone.testing.SandboxFixture;
import io.purplemcp.ports.in.tools.ToolResult;
import io.purplemcp.sandbox.SandboxConsole;
import io.purplemcp.sandbox.SandboxData;
import io.purplemcp.sandbox.http.RecordedRequest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The three inventory tools end to end over HTTPS against the sandbox console's inventory. One sandbox
 * serves the whole class, one test at a time: its estate of 2 646 assets is built once, and the tests
 * that time requests elsewhere in the build are not starved by rebuilding it for each test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Execution(ExecutionMode.SAME_THREAD)
class InventoryOverSandboxTest {

    final SandboxFixture fixture = new SandboxFixture();

    @AfterEach
    void forget() {
        fixture.sandbox.disarmFaults();
        fixture.sandbox.clearRequests();
    }

    @AfterAll
    void close() {
        fixture.close();
    }

    SandboxData data() {
        return fixture.sandbox.data();
    }

    /** The search tool with these filters, over a fresh client. */
    ToolResult search(String filters) {
        return call(fixture.console().inventory(), "search_inventory_items", "filters", filters);
    }

    static List<String> ids(JsonNode page) {
        var ids = new ArrayList<String>();
        page.get("data").forEach(item -> ids.add(item.get("id").textValue()));
        return ids;
    }

    @Test
    void theFirstPageOfEverything() {
        var page = answer(call(fixture.console().inventory(), "list_inventory_items"));

        assertThat(page.get("data")).hasSize(50);
        assertThat(page.get("pagination").get("total_count").intValue()).isEqualTo(data().assetCount());
        assertThat(page.get("pagination").get("limit").intValue()).isEqualTo(50);
        assertThat(page.get("pagination").get("skip").intValue()).isZero();
        assertThat(page.get("data")).allSatisfy(InventoryOverSandboxTest::isShaped);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ENDPOINT", "CLOUD", "IDENTITY", "NETWORK_DISCOVERY"})
    void eachSurfaceListsItsOwnAssets(String surface) {
        var page =
                answer(call(fixture.console().inventory(), "list_inventory_items", "surface", surface, "limit", 1000));

        assertThat(page.get("pagination").get("total_count").intValue()).isEqualTo(data().assetCount(surface));
        assertThat(page.get("data"))
                .allSatisfy(item -> assertThat(item.get("surfaces").toString()).contains(surface));
    }

    @Test
    void pagesFollowOneAnother() {
        var inventory = fixture.console().inventory();
        var first = ids(answer(call(inventory, "list_inventory_items", "limit", 20)));
        var second = ids(answer(call(inventory, "list_inventory_items", "limit", 20, "skip", 20)));
        var both = ids(answer(call(inventory, "list_inventory_items", "limit", 40)));

        assertThat(new HashSet<>(first)).doesNotContainAnyElementsOf(second);
        var joined = new ArrayList<>(first);
        joined.addAll(second);
        assertThat(joined).isEqualTo(both);
    }

    @Test
    void aWholeSurfaceWithTheOddAssetsReadsWithoutFailing() {
        var inventory = fixture.console().inventory();
        var endpoints = answer(call(inventory, "list_inventory_items", "surface", "ENDPOINT", "limit", 1000));
        var cloud = answer(call(inventory, "list_inventory_items", "surface", "CLOUD", "limit", 1000));

        assertThat(endpoints.get("data")).anySatisfy(item -> {
            assertThat(item.get("name").textValue()).isEqualTo(SandboxData.ODD_ENDPOINT);
            assertThat(item.get("memory").textValue()).isEqualTo("16GB");
            assertThat(item.get("core_count").isIntegralNumber()).isTrue();
        });
        assertThat(cloud.get("data")).anySatisfy(item -> {
            assertThat(item.get("name").textValue()).isEqualTo(SandboxData.ODD_CLOUD_RESOURCE);
            assertThat(item.get("tags").get(0).get("value").intValue()).isEqualTo(4711);
        });
    }

    @Test
    void getByIdAnswersTheAssetAndItsRequestIsASearchForOneId() {
        var id = data().assetId("dc01.corp.example");

        var asset = answer(call(fixture.console().inventory(), "get_inventory_item", "item_id", " " + id + " "));

        assertThat(asset.get("id").textValue()).isEqualTo(id);
        assertThat(asset.get("name").textValue()).isEqualTo("dc01.corp.example");
        assertThat(asset.get("surfaces").toString()).contains("IDENTITY");
        isShaped(asset);
        var request = only();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.jsonBody().orElseThrow().toString())
                .isEqualTo("{\"filter\":{\"id__in\":[\"" + id + "\"],\"limit\":1,\"skip\":0}}");
    }

    @Test
    void getOfAnUnknownIdIsNull() {
        assertThat(text(call(fixture.console().inventory(), "get_inventory_item", "item_id", "no-such-asset")))
                .isEqualTo("null");
    }

    @Test
    void searchCombinesCriteria() {
        var page = answer(call(
                fixture.console().inventory(),
                "search_inventory_items",
                "filters",
                "{\"resourceType\":[\"Windows Server\",\"Linux Server\"],\"name__contains\":[\"DC0\"],"
                        + "\"assetStatus__nin\":[\"Decommissioned\"]}",
                "limit",
                100));

        assertThat(page.get("data")).isNotEmpty().allSatisfy(item -> {
            assertThat(item.get("name").textValue()).containsIgnoringCase("dc0");
            assertThat(item.get("resource_type").textValue()).isIn("Windows Server", "Linux Server");
        });
        assertThat(ids(page)).contains(data().assetId("dc01.corp.example"));
        assertThat(only().jsonBody().orElseThrow().get("filter").get("limit").intValue())
                .isEqualTo(100);
    }

    @Test
    void searchByActivityWindow() {
        var page = answer(search("{\"lastActiveDt__between\":{\"from\":0,\"to\":1}}"));

        assertThat(page.get("data")).isEmpty();
        assertThat(page.get("pagination").get("total_count").intValue()).isZero();
    }

    @Test
    void snakeCaseFilterNamesAreRefusedByTheConsoleAndTheModelIsToldTheCamelCaseNames() {
        assertThat(failure(search("{\"resource_type\":[\"Windows Server\"]}")))
                .startsWith("Failed to search inventory items: API error 400: Unknown filter field 'resource_type'")
                .endsWith("use resourceType instead of resource_type.");
    }

    @Test
    void everyRequestCarriesBearerTheUserAgentAndJson() {
        var inventory = fixture.console().inventory();
        call(inventory, "list_inventory_items");
        call(inventory, "search_inventory_items");

        assertThat(fixture.sandbox.requests()).hasSize(2).allSatisfy(request -> {
            assertThat(request.authScheme()).contains("Bearer");
            assertThat(request.status()).isEqualTo(200);
            assertThat(request.header("User-Agent")).contains(HttpSettings.userAgent(SandboxFixture.VERSION));
            assertThat(request.header("Content-Type")).contains("application/json");
        });
    }

    @Test
    void aWrongTokenIsRefusedOnce() {
        var console = fixture.console(s -> s.withToken("wrong"));

        assertThat(failure(call(console.inventory(), "list_inventory_items")))
                .startsWith("Failed to list inventory items: Authentication failed with status 401");
        assertThat(fixture.sandbox.requests()).hasSize(1);
    }

    @Test
    void aListingIsRetriedAfterATransientFailure() {
        fixture.sandbox.armFaults(SandboxConsole.INVENTORY_PATH, "sandbox:fault=503@list*2");

        assertThat(answer(call(fixture.console().inventory(), "list_inventory_items"))
                        .get("data"))
                .hasSize(50);
        assertThat(fixture.sandbox.requests()).hasSize(3);
    }

    @Test
    void aSearchIsRetriedAfterATransientFailure() {
        var page = answer(search("{\"name__contains\":[\"dc01 sandbox:fault=502@search*1\"]}"));

        assertThat(ids(page)).contains(data().assetId("dc01.corp.example"));
        assertThat(fixture.sandbox.requests()).hasSize(2);
    }

    @Test
    void aPersistentServerErrorQuotesTheConsole() {
        fixture.sandbox.armFaults(SandboxConsole.INVENTORY_PATH, "sandbox:fault=503@list");

        assertThat(failure(call(fixture.console().inventory(), "list_inventory_items")))
                .startsWith("Failed to list inventory items: Server returned transient error after multiple retries:");
        assertThat(fixture.sandbox.requests()).hasSize(4);
    }

    @Test
    void nullDataIsAnEmptyPageAndBrokenJsonFailsToParse() {
        var inventory = fixture.console().inventory();
        fixture.sandbox.armFaults(SandboxConsole.INVENTORY_PATH, "sandbox:fault=null-data@list");
        assertThat(answer(call(inventory, "list_inventory_items")))
                .isEqualTo(InventoryCalls.json("{\"data\":[],\"pagination\":null}"));

        fixture.sandbox.disarmFaults();
        fixture.sandbox.armFaults(SandboxConsole.INVENTORY_PATH, "sandbox:fault=malformed-json@list");
        assertThat(failure(call(inventory, "list_inventory_items")))
                .isEqualTo("Failed to list inventory items: Failed to parse response: the console's answer could not be"
                        + " read: the answer is not JSON.");
    }

    @Test
    void aRedirectIsNotFollowed() {
        fixture.sandbox.armFaults(SandboxConsole.INVENTORY_PATH, "sandbox:fault=redirect@list");

        assertThat(failure(call(fixture.console().inventory(), "list_inventory_items")))
                .isEqualTo("Failed to list inventory items: The console answered with an unexpected HTTP 307 Temporary"
                        + " Redirect: redirects are not followed. Check that the console address is the console's own"
                        + " https address: a redirect usually means a login page, a proxy or an old host name.");
        assertThat(fixture.sandbox.requests()).hasSize(1);
    }

    private RecordedRequest only() {
        assertThat(fixture.sandbox.requests()).hasSize(1);
        return fixture.sandbox.requests().get(0);
    }

    /** snake_case keys (or the console's own for unknown fields) and no null values at the top level. */
    private static void isShaped(JsonNode item) {
        assertThat(item.isObject()).isTrue();
        item.properties().forEach(entry -> {
            assertThat(entry.getValue().isNull()).as(entry.getKey()).isFalse();
            assertThat(entry.getKey()).as("key").matches("[a-z0-9_]+|cloudProvider");
        });
    }
}
