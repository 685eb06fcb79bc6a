package io.purplemcp.domain.inventory;

import io.purplemcp.domain.tools.ConsoleCall;
import io.purplemcp.domain.tools.Tool;
import io.purplemcp.ports.out.inventory.AssetInventory;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/** The tools that read the console's asset inventory. */
public final class InventoryTools {

    /** How long one inventory call may take in all, retries included. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(2);

    private InventoryTools() {}

    /** {@code get_inventory_item}, {@code list_inventory_items}, {@code search_inventory_items}. */
    public static List<Tool> all(AssetInventory inventory, Clock clock, Duration timeout) {
        var console = new ConsoleCall(clock, timeout);
        return List.of(
                new GetInventoryItemTool(inventory, console),
                new ListInventoryItemsTool(inventory, console),
                new SearchInventoryItemsTool(inventory, console));
    }
}
