package io.purplemcp.domain.inventory;

import static io.purplemcp.domain.inventory.InventoryCalls.failure;
import static io.purplemcp.domain.inventory.InventoryCalls.json;
import static io.purplemcp.domain.inventory.InventoryCalls.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.purplemcp.ports.out.inventory.AssetFilter;
import io.purplemcp.ports.out.inventory.AssetPage;
import io.purplemcp.ports.out.inventory.OffsetPageRequest;
import io.purplemcp.ports.out.upstream.UpstreamFailure;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SearchInventoryItemsToolTest {

    final InventoryCalls calls = new InventoryCalls();

    AssetFilter sentFilter() {
        var request = calls.inventory.only();
        assertThat(request.kind()).isEqualTo("search");
        return request.filter().orElseThrow();
    }

    @Test
    void theCriteriaAndThePageArePassedOn() {
        calls.call(
                "search_inventory_items",
                "filters",
                "{\"resourceType\":[\"Windows Server\"]}",
                "limit",
                100,
                "skip",
                50);

        assertThat(sentFilter().criteria()).isEqualTo(json("{\"resourceType\":[\"Windows Server\"]}"));
        assertThat(calls.inventory.only().page()).contains(new OffsetPageRequest(100, 50));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "{}", " { } "})
    void noCriteria(String filters) {
        calls.call("search_inventory_items", "filters", filters);

        assertThat(sentFilter()).isEqualTo(AssetFilter.none());
        assertThat(calls.inventory.only().page()).contains(new OffsetPageRequest(50, 0));
    }

    @Test
    void nullOrOmittedFiltersAreNoCriteria() {
        var withNull = calls.call("search_inventory_items", "filters", null);
        var omitted = calls.call("search_inventory_items");

        // Both calls must succeed and each must reach the port once: a refusal sends nothing, and an
        // allSatisfy over no requests would pass.
        assertThat(List.of(withNull, omitted)).allSatisfy(result -> text(result));
        assertThat(calls.inventory.requests).hasSize(2).allSatisfy(request -> {
            assertThat(request.kind()).isEqualTo("search");
            assertThat(request.filter()).contains(AssetFilter.none());
            assertThat(request.page()).contains(new OffsetPageRequest(50, 0));
        });
    }

    @Test
    void nestedValuesAndNumbersAreForwardedUnchanged() {
        var filters = "{\"resourceType\":[\"Windows Server\"],\"name__contains\":[\"prod\"],"
                + "\"lastActiveDt__between\":{\"from\":1704085200000,\"to\":1735693199000},\"score\":[1.50,2e3]}";

        calls.call("search_inventory_items", "filters", filters);

        var criteria = sentFilter().criteria();
        assertThat(criteria).isEqualTo(json(filters));
        // Numbers with a fraction or exponent are doubles, as any JSON reader (the reference's too) makes them.
        assertThat(criteria.toString()).isEqualTo(filters.replace("[1.50,2e3]", "[1.5,2000.0]"));
    }

    @Test
    void invalidJsonIsRefusedBeforeAnyRequest() {
        assertThat(failure(calls.call("search_inventory_items", "filters", "{\"invalid json\"}")))
                .startsWith("Invalid JSON in filters parameter: expected ':' after a member name, found '}' (at"
                        + " character 16).");
        assertThat(calls.inventory.requests).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"[\"not\",\"a\",\"dict\"]", "null", "\"x\"", "5", "true"})
    void aValueOtherThanAnObjectIsRefused(String filters) {
        assertThat(failure(calls.call("search_inventory_items", "filters", filters)))
                .startsWith("filters must be a JSON object such as {\"assetStatus\": [\"Active\"]}, got ");
        assertThat(calls.inventory.requests).isEmpty();
    }

    @Test
    void limitOrSkipInsideTheFiltersIsRefused() {
        assertThat(failure(calls.call("search_inventory_items", "filters", "{\"limit\":3,\"skip\":9}")))
                .isEqualTo("filters cannot contain 'limit' or 'skip': pass them as the limit and skip parameters of"
                        + " search_inventory_items.");
        assertThat(failure(calls.call("search_inventory_items", "filters", "{\"skip\":9}")))
                .startsWith("filters cannot contain");
        assertThat(calls.inventory.requests).isEmpty();
    }

    @Test
    void limitAndSkipAreCheckedBeforeTheFilters() {
        assertThat(failure(calls.call("search_inventory_items", "filters", "{", "limit", 0)))
                .startsWith("limit must be between 1 and 1000");
        assertThat(failure(calls.call("search_inventory_items", "filters", "{", "skip", -5)))
                .startsWith("skip must be non-negative");
        assertThat(failure(calls.call("search_inventory_items", "filters", "{", "limit", 1000)))
                .startsWith("Invalid JSON");
    }

    @Test
    void filtersMustBeAStringNotAnObject() {
        assertThat(failure(calls.call("search_inventory_items", "filters", json("{\"assetStatus\":[\"Active\"]}"))))
                .isEqualTo("Invalid value for 'filters': expected a string or null, got an object.");
    }

    @Test
    void theAnswerIsShaped() {
        calls.inventory.answersPage(() ->
                new AssetPage(List.of(json("{\"id\":\"a1\",\"resource_type\":\"Linux Server\"}")), Optional.empty()));

        assertThat(text(calls.call("search_inventory_items", "filters", "{\"id__in\":[\"a1\"]}")))
                .isEqualTo("{\n"
                        + "  \"data\": [\n"
                        + "    {\n"
                        + "      \"id\": \"a1\",\n"
                        + "      \"resource_type\": \"Linux Server\"\n"
                        + "    }\n"
                        + "  ],\n"
                        + "  \"pagination\": null\n"
                        + "}");
    }

    @Test
    void aRefusedSearchWithSnakeCaseNamesIsToldTheCamelCaseNames() {
        calls.inventory.failsWith(new UpstreamFailure.ClientError(400, "Unknown filter field 'resource_type'"));

        assertThat(failure(calls.call(
                        "search_inventory_items",
                        "filters",
                        "{\"resource_type\":[\"x\"],\"last_active_dt__between\":{\"from\":1},\"resource_type__nin\":[\"y\"],"
                                + "\"name\":[\"n\"],\"assetStatus\":[\"Active\"],\"id__in\":[\"i\"]}")))
                .isEqualTo("Failed to search inventory items: API error 400: Unknown filter field 'resource_type'."
                        + " Filters take the console's camelCase field names, not the snake_case keys of the answers:"
                        + " use resourceType instead of resource_type, lastActiveDt instead of last_active_dt.");
    }

    @Test
    void aRefusedSearchWithCamelCaseNamesGetsNoHint() {
        calls.inventory.failsWith(new UpstreamFailure.ClientError(400, ""));

        assertThat(failure(calls.call("search_inventory_items", "filters", "{\"resourceType\":[\"x\"]}")))
                .isEqualTo("Failed to search inventory items: API error 400: Unknown error.");
    }

    @Test
    void otherFailuresGetNoHintEitherWay() {
        calls.inventory.failsWith(new UpstreamFailure.ClientError(404, ""));
        assertThat(failure(calls.call("search_inventory_items", "filters", "{\"resource_type\":[\"x\"]}")))
                .doesNotContain("camelCase");

        calls.inventory.failsWith(new UpstreamFailure.ServerError(500, "boom"));
        assertThat(failure(calls.call("search_inventory_items", "filters", "{\"resource_type\":[\"x\"]}")))
                .isEqualTo("Failed to search inventory items: API error 500: boom. The console had a problem"
                        + " answering; try again later.");
    }
}
