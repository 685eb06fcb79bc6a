package io.purplemcp.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.purplemcp.adapters.sentinelone.ConsoleSettings;
import io.purplemcp.adapters.sentinelone.SentinelOneConsole;
import io.purplemcp.bootstrap.config.ToolSelection;
import io.purplemcp.ports.in.tools.ToolDefinition;
import io.purplemcp.ports.out.telemetry.Telemetry;
import java.net.URI;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ProductCatalogTest {

    private final SentinelOneConsole console = SentinelOneConsole.connect(
            ConsoleSettings.of(URI.create("https://console.example.test"), "token-for-tests", "test", "session"));

    @AfterEach
    void close() {
        console.close();
    }

    private java.util.List<String> served(ToolSelection selection) {
        return ProductCatalog.create(console, Clock.systemUTC(), Telemetry.none(), selection).definitions().stream()
                .map(ToolDefinition::name)
                .toList();
    }

    @Test
    void everythingIsTheTwentyTwoToolsInTheReferencesOrder() {
        var names = served(ToolSelection.everything());

        assertThat(names).hasSize(22).startsWith("purple_ai", "powerquery").endsWith("search_inventory_items");
    }

    @Test
    void aSelectionKeepsTheCatalogueOrder() {
        var names = served(ToolSelection.parse("inventory,time", "purple_ai", "get_timestamp_range"));

        assertThat(names)
                .containsExactly(
                        "purple_ai",
                        "iso_to_unix_timestamp",
                        "get_inventory_item",
                        "list_inventory_items",
                        "search_inventory_items");
    }

    @Test
    void aToolNameThatDoesNotExistListsTheRealOnes() {
        assertThatThrownBy(() -> served(ToolSelection.parse(null, "powerquery,list_alert", null)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("unknown tool 'list_alert'; the tools are ")
                .hasMessageContaining("list_alerts");
    }

    @Test
    void aSelectionThatLeavesNothingIsRefused() {
        assertThatThrownBy(() -> served(ToolSelection.parse("time", null, "get_timestamp_range,iso_to_unix_timestamp")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the tool selection leaves no tool to serve.");
    }
}
