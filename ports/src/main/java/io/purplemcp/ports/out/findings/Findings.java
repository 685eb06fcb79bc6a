package io.purplemcp.ports.out.findings;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.purplemcp.ports.out.upstream.UpstreamException;
import java.time.Instant;
import java.util.Optional;

/**
 * One findings API of the console (alerts, vulnerabilities or misconfigurations). Records come back as
 * the console sent them (its field names, camelCase), limited to the selected fields; the core shapes
 * them for the model. Implementations are safe for concurrent calls.
 *
 * <p>Every method returns by {@code deadline}, retries included, and throws {@link UpstreamException}
 * when no usable answer was obtained and {@link InterruptedException} when the calling thread was
 * interrupted (the call was cancelled).
 */
public interface Findings {

    /** One finding; empty when the console has none with that id. */
    Optional<ObjectNode> get(FindingId id, Selection fields, Instant deadline)
            throws UpstreamException, InterruptedException;

    /** A page of findings, filtered when {@code request} is a search. */
    FindingsPage list(ListRequest request, Instant deadline) throws UpstreamException, InterruptedException;

    /**
     * The notes on a finding. {@code page} is ignored where the API returns all notes at once (alerts);
     * such an answer is one page without cursors.
     */
    FindingsPage notes(FindingId id, Selection fields, Optional<CursorPageRequest> page, Instant deadline)
            throws UpstreamException, InterruptedException;

    /** A page of a finding's audit trail, in the console's order. */
    FindingsPage history(FindingId id, Selection fields, CursorPageRequest page, Instant deadline)
            throws UpstreamException, InterruptedException;
}
