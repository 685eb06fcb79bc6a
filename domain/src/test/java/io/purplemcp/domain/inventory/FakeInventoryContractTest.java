package io.purplemcp.domain.inventory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.purplemcp.ports.out.inventory.AssetInventory;
import io.purplemcp.testsupport.contracts.AssetInventoryContract;
import java.util.List;

/** The domain's inventory fake answers as the console adapter does (its InventoryContractTest runs the same). */
class FakeInventoryContractTest extends AssetInventoryContract {

    private final FakeInventory inventory = new FakeInventory()
            .holding(List.of(
                    asset("a1", "ENDPOINT"),
                    asset("a2", "CLOUD"),
                    asset("a3", "ENDPOINT", "IDENTITY"),
                    asset("a4", "NETWORK_DISCOVERY")));

    private static JsonNode asset(String id, String... surfaces) {
        var asset = JsonNodeFactory.instance.objectNode().put("id", id).put("name", "asset " + id);
        var names = asset.putArray("surfaces");
        List.of(surfaces).forEach(names::add);
        return asset;
    }

    @Override
    protected AssetInventory inventory() {
        return inventory;
    }
}
