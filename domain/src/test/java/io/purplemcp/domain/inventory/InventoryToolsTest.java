package io.purplemcp.domain.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.purplemcp.domain.tools.Tool;
import io.purplemcp.ports.in.tools.ParameterSpec;
import io.purplemcp.ports.in.tools.ParameterType;
import io.purplemcp.ports.in.tools.ToolDefinition;
import io.purplemcp.ports.in.tools.ToolHints;
import io.purplemcp.ports.out.inventory.AssetPage;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The contract the model sees: names, order, parameters and what the descriptions promise. */
class InventoryToolsTest {

    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    final List<ToolDefinition> definitions =
            InventoryTools.all(new FakeInventory(), Clock.systemUTC(), InventoryTools.DEFAULT_TIMEOUT).stream()
                    .map(Tool::definition)
                    .toList();

    ToolDefinition tool(String name) {
        return definitions.stream()
                .filter(d -> d.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void threeToolsInTheReferencesOrder() {
        assertThat(definitions)
                .extracting(ToolDefinition::name)
                .containsExactly("get_inventory_item", "list_inventory_items", "search_inventory_items");
        assertThat(definitions)
                .extracting(ToolDefinition::title)
                .containsExactly("Get an inventory asset", "List inventory assets", "Search inventory assets");
        assertThat(definitions).allSatisfy(d -> {
            assertThat(d.hints()).isEqualTo(ToolHints.consoleRead());
            assertThat(d.resultShape().outputSchema()).isPresent();
        });
    }

    @Test
    void getTakesOneRequiredItemId() {
        assertThat(tool("get_inventory_item").parameters()).singleElement().satisfies(p -> {
            assertThat(p.name()).isEqualTo("item_id");
            assertThat(p.type()).isEqualTo(ParameterType.STRING);
            assertThat(p.required()).isTrue();
            assertThat(p.nullable()).isFalse();
        });
    }

    @Test
    void listTakesLimitSkipAndSurfaceWithTheReferencesDefaults() {
        var parameters = tool("list_inventory_items").parameters();

        assertThat(parameters).extracting(ParameterSpec::name).containsExactly("limit", "skip", "surface");
        assertThat(parameters.get(0)).satisfies(p -> integerDefault(p, 50));
        assertThat(parameters.get(1)).satisfies(p -> integerDefault(p, 0));
        assertThat(parameters.get(2)).satisfies(InventoryToolsTest::nullableStringDefaultNull);
    }

    @Test
    void searchTakesFiltersLimitAndSkipWithTheReferencesDefaults() {
        var parameters = tool("search_inventory_items").parameters();

        assertThat(parameters).extracting(ParameterSpec::name).containsExactly("filters", "limit", "skip");
        assertThat(parameters.get(0)).satisfies(InventoryToolsTest::nullableStringDefaultNull);
        assertThat(parameters.get(1)).satisfies(p -> integerDefault(p, 50));
        assertThat(parameters.get(2)).satisfies(p -> integerDefault(p, 0));
    }

    @Test
    void theDescriptionsNameTheOutputKeysAndTheFilterSyntax() {
        for (var definition : definitions) {
            assertThat(definition.description())
                    .as(definition.name())
                    .contains("snake_case", "id, name, tags", "asset_status", "last_active_dt", "omitted");
        }
        assertThat(tool("get_inventory_item").description()).contains("the text null");
        assertThat(tool("list_inventory_items").description())
                .contains("ENDPOINT", "CLOUD", "IDENTITY", "NETWORK_DISCOVERY", "search_inventory_items")
                .contains("\"data\"", "\"pagination\"", "total_count", "skip + limit");
        assertThat(tool("search_inventory_items").description())
                .contains("camelCase", "resourceType, not resource_type", "__contains", "__between")
                .contains("id__in", "__nin", "list_inventory_items", InventoryReference.URI)
                .contains("\"data\"", "empty data list");
        assertThat(InventoryReference.markdown())
                .contains("resource_type is filtered as resourceType", "iso_to_unix_timestamp", "list_inventory_items")
                .contains("65536 characters", "1024", "100 values", "limit and skip are parameters")
                .contains(
                        "- lastActiveDt (last_active_dt)", "- cloudProviderAccountName (cloud_provider_account_name)");
        for (var definition : definitions) {
            assertThat(definition.parameters())
                    .allSatisfy(p -> assertThat(p.description()).isNotBlank());
        }
    }

    @Test
    void theTimeLimitMustBePositive() {
        var inventory = new FakeInventory();
        var clock = Clock.systemUTC();

        assertThatThrownBy(() -> InventoryTools.all(inventory, clock, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("positive");
        assertThatThrownBy(() -> InventoryTools.all(inventory, clock, Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(InventoryTools.all(inventory, clock, Duration.ofMillis(1))).hasSize(3);
    }

    @Test
    void theDeadlineIsNowPlusTheDefaultTimeLimit() {
        var calls = new InventoryCalls();
        calls.inventory.answersPage(() -> new AssetPage(List.of(), Optional.empty()));

        calls.call("list_inventory_items");

        assertThat(calls.inventory.only().deadline()).isEqualTo(InventoryCalls.NOW.plus(Duration.ofMinutes(2)));
        assertThat(InventoryTools.DEFAULT_TIMEOUT).isEqualTo(Duration.ofMinutes(2));
    }

    private static void integerDefault(ParameterSpec parameter, long value) {
        assertThat(parameter.type()).isEqualTo(ParameterType.INTEGER);
        assertThat(parameter.required()).isFalse();
        assertThat(parameter.nullable()).isFalse();
        assertThat(parameter.defaultValue()).isEqualTo(NODES.numberNode(value));
    }

    private static void nullableStringDefaultNull(ParameterSpec parameter) {
        assertThat(parameter.type()).isEqualTo(ParameterType.STRING);
        assertThat(parameter.required()).isFalse();
        assertThat(parameter.nullable()).isTrue();
        assertThat(parameter.defaultValue().isNull()).isTrue();
        assertThat(parameter.allowedValues()).isEmpty();
    }
}
