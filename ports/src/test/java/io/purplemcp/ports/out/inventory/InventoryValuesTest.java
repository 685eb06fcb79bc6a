package io.purplemcp.ports.out.inventory;

import static io.purplemcp.ports.out.IdAssertions.assertRefuses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** The inventory port's values refuse what no implementation should have to handle. */
class InventoryValuesTest {

    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Test
    void anAssetIdIsOneTo256CharactersWithoutSurroundingWhitespace() {
        assertThat(new AssetId("a").value()).isEqualTo("a");
        assertThat(new AssetId("a b")).hasToString("a b");
        assertThat(new AssetId("x".repeat(256)).value()).hasSize(256);
        assertRefuses(
                AssetId::new,
                "an asset id is 1 to 256 characters without surrounding whitespace",
                "",
                " a",
                "a ",
                "\ta",
                "x".repeat(257));
    }

    @Test
    void aPageHoldsOneToAThousandAndSkipsNothingNegative() {
        assertThat(new OffsetPageRequest(1, 0)).isEqualTo(new OffsetPageRequest(1, 0));
        assertThat(new OffsetPageRequest(1000, Long.MAX_VALUE).limit()).isEqualTo(1000);
        assertThatThrownBy(() -> new OffsetPageRequest(0, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a page holds 1 to 1000 assets: 0");
        assertThatThrownBy(() -> new OffsetPageRequest(1001, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a page holds 1 to 1000 assets: 1001");
        assertThatThrownBy(() -> new OffsetPageRequest(50, -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a page cannot skip a negative number of assets: -1");
    }

    @Test
    void aFilterIsCopiedInAndOut() {
        var criteria = NODES.objectNode();
        criteria.putArray("assetStatus").add("Active");
        var filter = new AssetFilter(criteria);

        criteria.put("late", 1);
        filter.criteria().put("later", 2);

        assertThat(filter.criteria()).hasToString("{\"assetStatus\":[\"Active\"]}");
        assertThat(filter).isEqualTo(new AssetFilter(filter.criteria()));
        assertThat(AssetFilter.none().criteria()).isEmpty();
    }

    @Test
    void aFilterLeavesThePageToThePageRequest() {
        for (var name : List.of("limit", "skip")) {
            var criteria = NODES.objectNode().put(name, 1);
            assertThatThrownBy(() -> new AssetFilter(criteria))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("the page (limit, skip) is not a filter criterion");
        }
        assertThat(new AssetFilter(NODES.objectNode().put("limitX", 1)).criteria())
                .hasSize(1);
        assertThatThrownBy(() -> new AssetFilter(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void aPageKeepsItsItemsAsSent() {
        var items = new ArrayList<JsonNode>(List.of(NODES.objectNode().put("id", "a"), NODES.textNode("odd")));
        var page = new AssetPage(items, Optional.empty());

        items.clear();

        assertThat(page.items()).hasSize(2);
        assertThatThrownBy(() -> page.items().add(NODES.nullNode())).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> new AssetPage(List.of(), null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void paginationValuesMayBeUnknown() {
        var pagination = new Pagination(OptionalLong.of(3), OptionalLong.empty(), OptionalLong.of(0));

        assertThat(pagination.totalCount()).hasValue(3);
        assertThat(pagination.limit()).isEmpty();
        assertThatThrownBy(() -> new Pagination(null, OptionalLong.empty(), OptionalLong.empty()))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Pagination(OptionalLong.empty(), null, OptionalLong.empty()))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Pagination(OptionalLong.empty(), OptionalLong.empty(), null))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void theSurfacesAreTheConsolesFour() {
        assertThat(Surface.values())
                .extracting(Surface::name)
                .containsExactly("ENDPOINT", "CLOUD", "IDENTITY", "NETWORK_DISCOVERY");
    }
}
