package io.purplemcp.domain.inventory;

import static io.purplemcp.domain.inventory.InventoryCalls.failure;
import static io.purplemcp.domain.inventory.InventoryCalls.json;
import static io.purplemcp.domain.inventory.InventoryCalls.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.purplemcp.ports.out.inventory.AssetPage;
import io.purplemcp.ports.out.inventory.OffsetPageRequest;
import io.purplemcp.ports.out.inventory.Pagination;
import io.purplemcp.ports.out.inventory.Surface;
import io.purplemcp.ports.out.upstream.UpstreamFailure;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class ListInventoryItemsToolTest {

    final InventoryCalls calls = new InventoryCalls();

    @Test
    void theDefaultsAreFiftyFromTheStartOfEverySurface() {
        calls.call("list_inventory_items");

        var request = calls.inventory.only();
        assertThat(request.kind()).isEqualTo("list");
        assertThat(request.page()).contains(new OffsetPageRequest(50, 0));
        assertThat(request.surface()).isEmpty();
    }

    @Test
    void limitAndSkipArePassedOn() {
        calls.call("list_inventory_items", "limit", 200, "skip", 100);

        assertThat(calls.inventory.only().page()).contains(new OffsetPageRequest(200, 100));
    }

    @Test
    void integersMayArriveAsTextOrWholeFloats() {
        calls.call("list_inventory_items", "limit", "1000", "skip", 5.0);

        assertThat(calls.inventory.only().page()).contains(new OffsetPageRequest(1000, 5));
    }

    @ParameterizedTest
    @ValueSource(longs = {0, -1, 1001, 5_000_000_000L})
    void aLimitOutsideOneToAThousandIsRefused(long limit) {
        assertThat(failure(calls.call("list_inventory_items", "limit", limit)))
                .isEqualTo("limit must be between 1 and 1000, got " + limit + ".");
        assertThat(calls.inventory.requests).isEmpty();
    }

    @Test
    void theLimitsEdgesAreAccepted() {
        calls.call("list_inventory_items", "limit", 1);
        calls.call("list_inventory_items", "limit", 1000);

        assertThat(calls.inventory.requests)
                .extracting(r -> r.page().orElseThrow().limit())
                .containsExactly(1, 1000);
    }

    @Test
    void aNegativeSkipIsRefusedAfterTheLimit() {
        assertThat(failure(calls.call("list_inventory_items", "skip", -1)))
                .isEqualTo("skip must be non-negative, got -1.");
        assertThat(failure(calls.call("list_inventory_items", "limit", 0, "skip", -1, "surface", "bad")))
                .startsWith("limit must be");
        assertThat(failure(calls.call("list_inventory_items", "skip", -1, "surface", "bad")))
                .startsWith("skip must be");
        assertThat(calls.inventory.requests).isEmpty();
    }

    @Test
    void aHugeSkipIsPassedOn() {
        calls.call("list_inventory_items", "skip", Long.MAX_VALUE);

        assertThat(calls.inventory.only().page()).contains(new OffsetPageRequest(50, Long.MAX_VALUE));
    }

    @Test
    void aSkipBeyond64BitsIsAsFarPastTheEndAsWeCanSend() {
        var huge = JsonNodeFactory.instance.numberNode(new BigInteger("9223372036854775808"));
        calls.call("list_inventory_items", "limit", 1, "skip", huge);
        calls.call("list_inventory_items", "skip", "1" + "0".repeat(40));

        assertThat(calls.inventory.requests)
                .extracting(r -> r.page().orElseThrow())
                .containsExactly(new OffsetPageRequest(1, Long.MAX_VALUE), new OffsetPageRequest(50, Long.MAX_VALUE));
    }

    @Test
    void aLimitBeyond64BitsIsNamedWithItsRange() {
        var huge = JsonNodeFactory.instance.numberNode(new BigInteger("9223372036854775808"));

        assertThat(failure(calls.call("list_inventory_items", "limit", huge)))
                .isEqualTo("limit must be between 1 and 1000, got 9223372036854775808.");
        assertThat(failure(calls.call("list_inventory_items", "skip", "-99999999999999999999")))
                .isEqualTo("skip must be non-negative, got -99999999999999999999.");
        assertThat(failure(calls.call("list_inventory_items", "limit", "1e1")))
                .isEqualTo("Invalid value for 'limit': expected an integer, got a string.");
        assertThat(failure(calls.call("list_inventory_items", "limit", "\uff13")))
                .isEqualTo("Invalid value for 'limit': expected an integer, got a string.");
        assertThat(calls.inventory.requests).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Surface.class)
    void eachSurfaceByItsName(Surface surface) {
        calls.call("list_inventory_items", "surface", surface.name());

        assertThat(calls.inventory.only().surface()).contains(surface);
    }

    @Test
    void nullOrEmptySurfaceMeansEverySurface() {
        calls.call("list_inventory_items", "surface", null);
        calls.call("list_inventory_items", "surface", "");

        assertThat(calls.inventory.requests)
                .hasSize(2)
                .allSatisfy(r -> assertThat(r.surface()).isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"endpoint", "Cloud", " CLOUD", "SERVERS"})
    void anyOtherSurfaceIsRefused(String surface) {
        assertThat(failure(calls.call("list_inventory_items", "surface", surface)))
                .isEqualTo("surface must be one of ENDPOINT, CLOUD, IDENTITY or NETWORK_DISCOVERY, written in"
                        + " capitals, or null for every surface; got '" + surface + "'.");
        assertThat(calls.inventory.requests).isEmpty();
    }

    @Test
    void aLongOrMultiLineSurfaceIsEchoedOnOneShortLine() {
        var message = failure(calls.call("list_inventory_items", "surface", "a\nb" + "x".repeat(100)));

        assertThat(message).contains("got 'a b" + "x".repeat(61) + "…'.");
    }

    @Test
    void echoesCutAtSixtyFourCharacters() {
        assertThat(InventoryRequests.echo("x".repeat(64))).isEqualTo("'" + "x".repeat(64) + "'");
        assertThat(InventoryRequests.echo("x".repeat(65))).isEqualTo("'" + "x".repeat(64) + "…'");
        assertThat(InventoryRequests.echo("😀".repeat(65))).isEqualTo("'" + "😀".repeat(64) + "…'");
    }

    @Test
    void thePageIsShapedWithItsPagination() {
        calls.inventory.answersPage(() -> new AssetPage(
                List.of(json("{\"id\":\"a1\",\"assetStatus\":\"Active\",\"lastActiveDt\":null}")),
                Optional.of(new Pagination(OptionalLong.of(1874), OptionalLong.of(2), OptionalLong.empty()))));

        assertThat(text(calls.call("list_inventory_items", "limit", 2)))
                .isEqualTo("{\n"
                        + "  \"data\": [\n"
                        + "    {\n"
                        + "      \"id\": \"a1\",\n"
                        + "      \"asset_status\": \"Active\"\n"
                        + "    }\n"
                        + "  ],\n"
                        + "  \"pagination\": {\n"
                        + "    \"total_count\": 1874,\n"
                        + "    \"limit\": 2,\n"
                        + "    \"skip\": null\n"
                        + "  }\n"
                        + "}");
    }

    @Test
    void anEmptyPageWithoutPagination() {
        assertThat(text(calls.call("list_inventory_items"))).isEqualTo("{\n  \"data\": [],\n  \"pagination\": null\n}");
    }

    @Test
    void aFailureSaysWhatFailed() {
        calls.inventory.failsWith(new UpstreamFailure.ClientError(404, ""));

        assertThat(failure(calls.call("list_inventory_items")))
                .isEqualTo("Failed to list inventory items: Inventory resource not found (HTTP 404). The console has"
                        + " no asset inventory at the configured endpoint.");
    }

    @Test
    void cancellation() {
        calls.inventory.answersPage(() -> {
            throw new InterruptedException();
        });
        assertThat(failure(calls.call("list_inventory_items"))).contains("cancelled");

        calls.context.cancel();
        assertThat(failure(calls.call("list_inventory_items"))).contains("cancelled");
        assertThat(calls.inventory.requests).hasSize(1);
    }
}
