package io.purplemcp.ports.out.datalake;

import io.purplemcp.ports.out.upstream.UpstreamException;
import java.time.Instant;

/**
 * Runs PowerQueries on the data lake. Implementations are safe for concurrent calls; each query's
 * state lives in the caller's {@link QueryHandle}.
 */
public interface DataLake {

    /**
     * Starts a query. Never retried by the implementation once the console may have accepted it, so
     * one call starts at most one upstream query. When the call fails after the console created the
     * query (for example an unreadable answer), the implementation deletes that query itself.
     *
     * @param deadline the moment by which the call must return
     */
    LaunchedQuery launch(QueryRequest request, Instant deadline) throws UpstreamException, InterruptedException;

    /**
     * Asks how far a query got; {@code lastStepSeen} is the step count of the previous answer.
     *
     * @param deadline the moment by which the call must return, retries included
     */
    QueryStatus poll(QueryHandle query, long lastStepSeen, Instant deadline)
            throws UpstreamException, InterruptedException;

    /**
     * Releases a query upstream, best effort: returns promptly without waiting for the console's
     * answer, never throws, and may be called from any thread (also while another thread polls).
     */
    void delete(QueryHandle query);
}
