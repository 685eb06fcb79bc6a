package io.purplemcp.testsupport.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.purplemcp.ports.out.inventory.AssetFilter;
import io.purplemcp.ports.out.inventory.AssetId;
import io.purplemcp.ports.out.inventory.AssetInventory;
import io.purplemcp.ports.out.inventory.AssetPage;
import io.purplemcp.ports.out.inventory.OffsetPageRequest;
import io.purplemcp.ports.out.inventory.Pagination;
import io.purplemcp.ports.out.inventory.Surface;
import io.purplemcp.ports.out.upstream.UpstreamException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What every {@link AssetInventory} does, stated once and run against each implementation: the fake
 * the domain's tests use and the console adapter over the sandbox. The inventory is read-only, so
 * each clause is phrased through what the port itself answers; a subclass supplies an implementation
 * over an estate of at least three assets, at least one of them on the {@code ENDPOINT} surface.
 */
public abstract class AssetInventoryContract {

    protected abstract AssetInventory inventory();

    private static Instant deadline() {
        return Instant.now().plusSeconds(30);
    }

    private List<String> ids(AssetPage page) {
        return page.items().stream().map(item -> item.path("id").asText()).toList();
    }

    private AssetPage list(int limit, long skip) throws UpstreamException, InterruptedException {
        return inventory().list(new OffsetPageRequest(limit, skip), Optional.empty(), deadline());
    }

    @Test
    void aListedAssetIsFoundByItsId() throws Exception {
        var listed = list(1, 0).items().get(0);

        var found = inventory().asset(new AssetId(listed.path("id").asText()), deadline());

        assertThat(found)
                .hasValueSatisfying(asset -> assertThat(asset.path("id")).isEqualTo(listed.path("id")));
    }

    @Test
    void anUnknownIdIsNoAssetRatherThanAFailure() throws Exception {
        assertThat(inventory().asset(new AssetId("no-such-asset-7f3a"), deadline()))
                .isEmpty();
    }

    @Test
    void pagesHoldAtMostTheLimitAndSkipMovesAlongOneOrder() throws Exception {
        var firstThree = list(3, 0);
        var secondAlone = list(1, 1);

        assertThat(firstThree.items()).hasSize(3);
        assertThat(ids(secondAlone)).containsExactly(ids(firstThree).get(1));
        assertThat(ids(firstThree)).doesNotHaveDuplicates();
        // The total, where the console gives one, describes the estate, not the page.
        assertThat(firstThree.pagination().flatMap(p -> boxed(p)))
                .isEqualTo(secondAlone.pagination().flatMap(p -> boxed(p)));
    }

    private static Optional<Long> boxed(Pagination pagination) {
        var total = pagination.totalCount();
        return total.isPresent() ? Optional.of(total.getAsLong()) : Optional.empty();
    }

    @Test
    void skippingPastTheEndIsAnEmptyPage() throws Exception {
        assertThat(list(10, 1_000_000).items()).isEmpty();
    }

    @Test
    void aSurfaceListHoldsOnlyAssetsOfThatSurface() throws Exception {
        var endpoints = inventory().list(new OffsetPageRequest(20, 0), Optional.of(Surface.ENDPOINT), deadline());

        assertThat(endpoints.items())
                .isNotEmpty()
                .allSatisfy(asset -> assertThat(surfaces(asset)).contains(Surface.ENDPOINT.name()));
    }

    private static List<String> surfaces(JsonNode asset) {
        var names = new java.util.ArrayList<String>();
        asset.path("surfaces").forEach(surface -> names.add(surface.asText()));
        return names;
    }

    @Test
    void aSearchWithoutCriteriaFindsWhatTheListShows() throws Exception {
        var searched = inventory().search(AssetFilter.none(), new OffsetPageRequest(5, 0), deadline());

        assertThat(ids(searched)).isEqualTo(ids(list(5, 0)));
    }

    @Test
    void anInterruptedCallerGetsNoAnswer() {
        Interruption.isRefusedWhenInterrupted(() -> list(1, 0));
    }
}
