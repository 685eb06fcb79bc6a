package io.purplemcp.domain.inventory;

import io.purplemcp.domain.tools.ConsoleCall;
import io.purplemcp.domain.tools.DefinedTool;
import io.purplemcp.ports.in.tools.CallContext;
import io.purplemcp.ports.in.tools.ToolDefinition;
import io.purplemcp.ports.in.tools.ToolResult;
import io.purplemcp.ports.out.inventory.AssetInventory;
import io.purplemcp.ports.out.inventory.AssetPage;
import io.purplemcp.ports.out.upstream.UpstreamFailure;
import java.util.Objects;
import java.util.function.Function;

/** What every inventory tool has: the port, the deadline policy and its contract. */
abstract class InventoryTool extends DefinedTool {

    final AssetInventory inventory;
    private final ConsoleCall console;

    InventoryTool(ToolDefinition definition, AssetInventory inventory, ConsoleCall console) {
        super(definition);
        this.inventory = Objects.requireNonNull(inventory, "inventory");
        this.console = Objects.requireNonNull(console, "console");
    }

    /**
     * The answer to {@code request}.
     *
     * @param failed what failed, e.g. {@code Failed to list inventory items}: the start of the error text
     */
    final <T> T send(
            CallContext context,
            String failed,
            Function<UpstreamFailure, String> explain,
            ConsoleCall.Request<T> request) {
        return console.send(context, InventoryRequests.ending(failed, explain), request);
    }

    /** A page of assets as the model reads it: the same document as structure and as text. */
    static ToolResult page(AssetPage assets) {
        var shaped = AssetShape.page(assets);
        return new ToolResult.Structured(shaped, PrettyJson.write(shaped));
    }
}
