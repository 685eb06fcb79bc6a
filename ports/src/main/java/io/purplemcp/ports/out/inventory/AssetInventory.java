package io.purplemcp.ports.out.inventory;

import com.fasterxml.jackson.databind.JsonNode;
import io.purplemcp.ports.out.upstream.UpstreamException;
import java.time.Instant;
import java.util.Optional;

/**
 * Reads the console's asset inventory (computers, servers, cloud resources, identities, discovered
 * network devices). Implementations are safe for concurrent calls and only ever read.
 *
 * <p>Every method returns by {@code deadline}, retries included, and throws
 * {@link InterruptedException} when the calling thread was interrupted (the call was cancelled).
 */
public interface AssetInventory {

    /**
     * The asset with this id as the console sent it, or empty when the console knows no such asset.
     *
     * @throws UpstreamException when the console could not be asked or gave no usable answer
     */
    Optional<JsonNode> asset(AssetId id, Instant deadline) throws UpstreamException, InterruptedException;

    /**
     * One page of assets, of every surface or only of {@code surface}.
     *
     * @throws UpstreamException when the console could not be asked or gave no usable answer
     */
    AssetPage list(OffsetPageRequest page, Optional<Surface> surface, Instant deadline)
            throws UpstreamException, InterruptedException;

    /**
     * One page of the assets matching every criterion of {@code filter}.
     *
     * @throws UpstreamException when the console could not be asked, refused the criteria, or gave no
     *     usable answer
     */
    AssetPage search(AssetFilter filter, OffsetPageRequest page, Instant deadline)
            throws UpstreamException, InterruptedException;
}
