package io.purplemcp.domain.inventory;

import com.fasterxml.jackson.databind.JsonNode;
import io.purplemcp.ports.out.inventory.AssetFilter;
import io.purplemcp.ports.out.inventory.AssetId;
import io.purplemcp.ports.out.inventory.AssetInventory;
import io.purplemcp.ports.out.inventory.AssetPage;
import io.purplemcp.ports.out.inventory.OffsetPageRequest;
import io.purplemcp.ports.out.inventory.Pagination;
import io.purplemcp.ports.out.inventory.Surface;
import io.purplemcp.ports.out.upstream.UpstreamException;
import io.purplemcp.ports.out.upstream.UpstreamFailure;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * An inventory for the domain's tests that records every request. It answers from the test's script,
 * or, once {@link #holding holding} an estate, as an inventory of those assets would; either way an
 * interrupted caller gets {@link InterruptedException}. {@code FakeInventoryContractTest} holds it to
 * the same contract as the console adapter.
 */
final class FakeInventory implements AssetInventory {

    interface Answer<T> {
        T answer() throws UpstreamException, InterruptedException;
    }

    /** One request as the port received it. */
    record Request(
            String kind,
            Optional<AssetId> id,
            Optional<OffsetPageRequest> page,
            Optional<Surface> surface,
            Optional<AssetFilter> filter,
            Instant deadline) {}

    final List<Request> requests = new ArrayList<>();
    private Answer<Optional<JsonNode>> assetAnswer = Optional::empty;
    private Answer<AssetPage> pageAnswer = () -> new AssetPage(List.of(), Optional.empty());
    private List<JsonNode> estate;

    /** Answers every request from {@code assets}, in their order, as the console answers from its estate. */
    FakeInventory holding(List<JsonNode> assets) {
        estate = List.copyOf(assets);
        return this;
    }

    FakeInventory answersAsset(Answer<Optional<JsonNode>> answer) {
        assetAnswer = answer;
        return this;
    }

    FakeInventory answersPage(Answer<AssetPage> answer) {
        pageAnswer = answer;
        return this;
    }

    /** Every request, for one asset or for a page, fails with {@code failure}. */
    FakeInventory failsWith(UpstreamFailure failure) {
        assetAnswer = () -> {
            throw new UpstreamException(failure);
        };
        pageAnswer = () -> {
            throw new UpstreamException(failure);
        };
        return this;
    }

    @Override
    public Optional<JsonNode> asset(AssetId id, Instant deadline) throws UpstreamException, InterruptedException {
        requests.add(
                new Request("asset", Optional.of(id), Optional.empty(), Optional.empty(), Optional.empty(), deadline));
        refuseIfInterrupted();
        if (estate != null) {
            return estate.stream()
                    .filter(asset -> asset.path("id").asText().equals(id.value()))
                    .findFirst()
                    .<JsonNode>map(JsonNode::deepCopy);
        }
        return assetAnswer.answer();
    }

    @Override
    public AssetPage list(OffsetPageRequest page, Optional<Surface> surface, Instant deadline)
            throws UpstreamException, InterruptedException {
        requests.add(new Request("list", Optional.empty(), Optional.of(page), surface, Optional.empty(), deadline));
        refuseIfInterrupted();
        if (estate != null) {
            return pageOf(
                    estate.stream()
                            .filter(asset -> surface.isEmpty() || isOn(asset, surface.get()))
                            .toList(),
                    page);
        }
        return pageAnswer.answer();
    }

    @Override
    public AssetPage search(AssetFilter filter, OffsetPageRequest page, Instant deadline)
            throws UpstreamException, InterruptedException {
        requests.add(new Request(
                "search", Optional.empty(), Optional.of(page), Optional.empty(), Optional.of(filter), deadline));
        refuseIfInterrupted();
        if (estate != null) {
            if (!filter.equals(AssetFilter.none())) {
                throw new UnsupportedOperationException("the fake's estate is searched without criteria only");
            }
            return pageOf(estate, page);
        }
        return pageAnswer.answer();
    }

    private static void refuseIfInterrupted() throws InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException("the call was cancelled");
        }
    }

    private static boolean isOn(JsonNode asset, Surface surface) {
        for (var name : asset.path("surfaces")) {
            if (name.asText().equals(surface.name())) {
                return true;
            }
        }
        return false;
    }

    private static AssetPage pageOf(List<JsonNode> assets, OffsetPageRequest page) {
        int from = (int) Math.min(page.skip(), assets.size());
        int to = Math.min(from + page.limit(), assets.size());
        List<JsonNode> items = assets.subList(from, to).stream()
                .<JsonNode>map(JsonNode::deepCopy)
                .toList();
        var pagination = new Pagination(
                OptionalLong.of(assets.size()), OptionalLong.of(page.limit()), OptionalLong.of(page.skip()));
        return new AssetPage(items, Optional.of(pagination));
    }

    Request only() {
        if (requests.size() != 1) {
            throw new AssertionError("expected exactly one request, got " + requests);
        }
        return requests.get(0);
    }
}
