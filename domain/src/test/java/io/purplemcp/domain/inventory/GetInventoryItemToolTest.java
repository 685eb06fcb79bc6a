package io.purplemcp.domain.inventory;

import static io.purplemcp.domain.inventory.InventoryCalls.failure;
import static io.purplemcp.domain.inventory.InventoryCalls.json;
import static io.purplemcp.domain.inventory.InventoryCalls.structured;
import static io.purplemcp.domain.inventory.InventoryCalls.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.purplemcp.ports.out.inventory.AssetId;
import io.purplemcp.ports.out.upstream.UpstreamFailure;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GetInventoryItemToolTest {

    final InventoryCalls calls = new InventoryCalls();

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\t\n"})
    void aBlankIdIsRefusedBeforeAnyRequest(String id) {
        assertThat(failure(calls.call("get_inventory_item", "item_id", id))).isEqualTo("item_id cannot be empty.");
        assertThat(calls.inventory.requests).isEmpty();
    }

    @Test
    void anOversizedOrUnprintableIdIsRefused() {
        assertThat(failure(calls.call("get_inventory_item", "item_id", "a".repeat(257))))
                .isEqualTo("item_id is too long: at most 256 characters, got 257.");
        assertThat(failure(calls.call("get_inventory_item", "item_id", "a\u0000b")))
                .isEqualTo("item_id may only contain printable characters.");
        assertThat(failure(calls.call("get_inventory_item", "item_id", 42)))
                .isEqualTo("Invalid value for 'item_id': expected a string, got an integer.");
        assertThat(failure(calls.call("get_inventory_item"))).isEqualTo("Missing required argument 'item_id'.");
        assertThat(calls.inventory.requests).isEmpty();
    }

    @Test
    void theIdIsTrimmedAndSentOnce() {
        calls.call("get_inventory_item", "item_id", "  a1 \n");

        assertThat(calls.inventory.only().kind()).isEqualTo("asset");
        assertThat(calls.inventory.only().id()).contains(new AssetId("a1"));
    }

    @Test
    void theAssetIsShapedAndPrettyPrinted() {
        calls.inventory.answersAsset(() -> Optional.of(
                json("{\"name\":\"WIN-SRV-DC01\",\"id\":\"a1\",\"resourceType\":\"Windows Server\",\"osVersion\":null,"
                        + "\"coreCount\":8.0,\"cloudProvider\":\"AWS\",\"tags\":[]}")));

        assertThat(text(calls.call("get_inventory_item", "item_id", "a1")))
                .isEqualTo("{\n"
                        + "  \"id\": \"a1\",\n"
                        + "  \"name\": \"WIN-SRV-DC01\",\n"
                        + "  \"tags\": [],\n"
                        + "  \"resource_type\": \"Windows Server\",\n"
                        + "  \"core_count\": 8,\n"
                        + "  \"cloudProvider\": \"AWS\"\n"
                        + "}");
        assertThat(structured(calls.call("get_inventory_item", "item_id", "a1"))
                        .path("asset")
                        .path("core_count")
                        .asInt())
                .isEqualTo(8);
    }

    @Test
    void anUnknownIdAnswersNull() {
        calls.inventory.answersAsset(Optional::empty);

        assertThat(text(calls.call("get_inventory_item", "item_id", "nope"))).isEqualTo("null");
        assertThat(structured(calls.call("get_inventory_item", "item_id", "nope"))
                        .toString())
                .isEqualTo("{\"asset\":null}");
    }

    @Test
    void aFailureNamesTheIdAndTheCause() {
        calls.inventory.failsWith(new UpstreamFailure.Unauthorized(401, "Authentication Failed"));

        assertThat(failure(calls.call("get_inventory_item", "item_id", " a1 ")))
                .isEqualTo("Failed to retrieve inventory item a1: Authentication failed with status 401:"
                        + " Authentication Failed. Check that the server's console token is valid and allowed to"
                        + " read the asset inventory.");
    }

    @Test
    void aCancelledCallAsksNothing() {
        calls.context.cancel();

        assertThat(failure(calls.call("get_inventory_item", "item_id", "a1")))
                .isEqualTo("The inventory request was cancelled before the console answered.");
        assertThat(calls.inventory.requests).isEmpty();
    }

    @Test
    void anInterruptedRequestReadsAsCancelled() {
        calls.inventory.answersAsset(() -> {
            throw new InterruptedException();
        });

        assertThat(failure(calls.call("get_inventory_item", "item_id", "a1")))
                .isEqualTo("The inventory request was cancelled before the console answered.");
    }
}
