package io.purplemcp.domain.inventory;

import com.fasterxml.jackson.databind.JsonNode;
import io.purplemcp.ports.inventory.AssetFilter;
import io.purplemcp.ports.inventory.AssetId;
import io.purplemcp.ports.inventory.AssetInventory;
import io.purplemcp.ports.inventory.AssetPage;
import io.purplemcp.ports.inventory.PageRequest;
import io.purplemcp.ports.inventory.Surface;
import io.purplemcp.ports.upstream.UpstreamException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A scripted inventory: answers from the test's script and records every request. */
final class FakeInventory implements AssetInventory {

    interface Answer<T> {
        T answer() throws UpstreamException, InterruptedException;
    }

    /** One request as the port received it. */
    record Request(
            String kind,
            Optional<AssetId> id,
            Optional<PageRequest> page,
            Optional<Surface> surface,
            Optional<AssetFilter> filter,
            Instant deadline) {}

    final List<Request> requests = new ArrayList<>();
    private Answer<Optional<JsonNode>> assetAnswer = Optional::empty;
    private Answer<AssetPage> pageAnswer = () -> new AssetPage(List.of(), Optional.empty());

    FakeInventory answersAsset(Answer<Optional<JsonNode>> answer) {
        assetAnswer = answer;
        return this;
    }

    FakeInventory answersPage(Answer<AssetPage> answer) {
        pageAnswer = answer;
        return this;
    }

    @Override
    public Optional<JsonNode> asset(AssetId id, Instant deadline) throws UpstreamException, InterruptedException {
        requests.add(
                new Request("asset", Optional.of(id), Optional.empty(), Optional.empty(), Optional.empty(), deadline));
        return assetAnswer.answer();
    }

    @Override
    public AssetPage list(PageRequest page, Optional<Surface> surface, Instant deadline)
            throws UpstreamException, InterruptedException {
        requests.add(new Request("list", Optional.empty(), Optional.of(page), surface, Optional.empty(), deadline));
        return pageAnswer.answer();
    }

    @Override
    public AssetPage search(AssetFilter filter, PageRequest page, Instant deadline)
            throws UpstreamException, InterruptedException {
        requests.add(new Request(
                "search", Optional.empty(), Optional.of(page), Optional.empty(), Optional.of(filter), deadline));
        return pageAnswer.answer();
    }

    Request only() {
        if (requests.size() != 1) {
            throw new AssertionError("expected exactly one request, got " + requests);
        }
        return requests.get(0);
    }
}
