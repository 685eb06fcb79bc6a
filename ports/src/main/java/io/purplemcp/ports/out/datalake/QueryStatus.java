package io.purplemcp.ports.out.datalake;

import io.purplemcp.ports.out.upstream.UpstreamText;
import java.util.Objects;
import java.util.Optional;

/** One answer about a query: progress (possibly with results), or the console's report that it failed. */
public sealed interface QueryStatus {

    /**
     * The steps done out of the steps planned, and the rows of this answer when it carried any. The
     * console usually sends the whole table with the answer that completes the query, but may spread
     * rows over several answers.
     */
    record Progress(long stepsCompleted, long totalSteps, Optional<ResultPage> page) implements QueryStatus {
        public Progress {
            Objects.requireNonNull(page, "page");
            if (stepsCompleted < 0 || totalSteps < 0) {
                throw new IllegalArgumentException("step counts are never negative");
            }
        }
    }

    /**
     * The console could not run the query, e.g. a PowerQuery syntax error; {@code message} is its
     * text, sanitised (one line, capped), possibly empty.
     */
    record Failed(String message) implements QueryStatus {
        public Failed {
            message = UpstreamText.sanitise(Objects.requireNonNull(message, "message"));
        }
    }
}
