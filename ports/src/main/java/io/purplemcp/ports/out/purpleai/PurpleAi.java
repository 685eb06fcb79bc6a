package io.purplemcp.ports.out.purpleai;

import io.purplemcp.ports.out.upstream.UpstreamException;
import java.time.Instant;

/** Asks Purple AI a natural-language question. Implementations are safe for concurrent calls. */
public interface PurpleAi {

    /**
     * Sends {@code question} verbatim and returns Purple AI's answer.
     *
     * @param deadline the moment by which the call must return, retries included
     * @throws UpstreamException when no answer could be obtained
     * @throws InterruptedException when the calling thread was interrupted (the call was cancelled)
     */
    PurpleAiAnswer ask(String question, Instant deadline) throws UpstreamException, InterruptedException;
}
