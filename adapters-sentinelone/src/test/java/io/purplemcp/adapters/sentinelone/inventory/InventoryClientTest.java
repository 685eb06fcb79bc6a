package io.purplemcp.adapters.sentinelone.inventory;

import static io.purplemcp.adapters.sentinelone.inventory.InventoryCalls.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.MissingNode;
import io.purplemcp.ports.out.inventory.Pagination;
import io.purplemcp.ports.out.upstream.UpstreamException;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The client's pure parts: the endpoint's slashes and the answer's envelope. */
class InventoryClientTest {

    @ParameterizedTest
    @CsvSource({
        "/web/api/v2.1/xdr/assets,/web/api/v2.1/xdr/assets",
        "/web/api/v2.1/xdr/assets/,/web/api/v2.1/xdr/assets",
        "web/api/v2.1/xdr/assets/,/web/api/v2.1/xdr/assets",
        "///api,/api",
        "/api//,/api",
        "/,''",
        "///,''",
    })
    void theEndpointKeepsOneLeadingSlash(String endpoint, String path) {
        assertThat(InventoryClient.path(endpoint)).isEqualTo(path);
    }

    @Test
    void anEmptyEndpointIsRefused() {
        assertThatThrownBy(() -> InventoryClient.path("")).hasMessage("the inventory endpoint is empty");
        assertThatThrownBy(() -> InventoryClient.path("  ")).hasMessage("the inventory endpoint is empty");
    }

    @Test
    void theEnvelopeIsReadLeniently() throws UpstreamException {
        var page = InventoryClient.page(json("{\"data\":[{\"id\":\"a\"},null,\"x\"],\"pagination\":{\"totalCount\":3,"
                + "\"limit\":\"50\",\"skip\":0.0}}"));

        assertThat(page.items()).hasSize(3);
        assertThat(page.pagination())
                .contains(new Pagination(OptionalLong.of(3), OptionalLong.of(50), OptionalLong.of(0)));
        assertThat(InventoryClient.page(json("{}")).items()).isEmpty();
        assertThat(InventoryClient.page(json("{}")).pagination()).isEmpty();
        assertThat(InventoryClient.page(json("{\"pagination\":\"soon\"}")).pagination())
                .isEmpty();
        assertThat(InventoryClient.page(json("{\"pagination\":{\"totalCount\":null,\"total_count\":4}}"))
                        .pagination())
                .contains(new Pagination(OptionalLong.of(4), OptionalLong.empty(), OptionalLong.empty()));
    }

    @Test
    void whatIsNotAnEnvelopeIsMalformed() {
        assertThatThrownBy(() -> InventoryClient.page(null)).hasMessageContaining("the answer is empty");
        assertThatThrownBy(() -> InventoryClient.page(MissingNode.getInstance()))
                .hasMessageContaining("the answer is empty");
        assertThatThrownBy(() -> InventoryClient.page(json("\"x\""))).hasMessageContaining("got string");
        assertThatThrownBy(() -> InventoryClient.page(json("{\"data\":5}")))
                .hasMessageContaining("data is number, not a list of assets");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "7|7",
                "-7|-7",
                "7.0|7",
                "7.5|",
                "\"7\"|7",
                "\" +7 \"|7",
                "\"7.0\"|",
                "\"99999999999999999999\"|",
                "99999999999999999999|",
                "1e300|",
                "true|",
                "null|",
                "[7]|",
            })
    void wholeNumbersOrNothing(String sent, Long expected) {
        var value = InventoryClient.whole(json(sent));
        if (expected == null) {
            assertThat(value).isEmpty();
        } else {
            assertThat(value).hasValue(expected);
        }
        assertThat(InventoryClient.whole(null)).isEmpty();
    }
}
