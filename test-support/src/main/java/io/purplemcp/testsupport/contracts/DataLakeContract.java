package io.purplemcp.testsupport.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.purplemcp.ports.out.datalake.DataLake;
import io.purplemcp.ports.out.datalake.QueryHandle;
import io.purplemcp.ports.out.datalake.QueryRequest;
import io.purplemcp.ports.out.datalake.QueryStatus;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * What every {@link DataLake} does, stated once and run against each implementation: the fake the
 * domain's tests use and the console adapter over the sandbox. A subclass supplies an implementation
 * and a query it completes with rows within {@link #MAX_POLLS} polls.
 */
public abstract class DataLakeContract {

    /** More polls than any implementation under contract needs; a query that needs more never ends. */
    protected static final int MAX_POLLS = 50;

    protected abstract DataLake dataLake();

    /** A query the implementation answers with at least one row. */
    protected abstract QueryRequest queryWithRows();

    /**
     * {@code query} over one fixed day (14 January 2026, UTC): the contract does not depend on the
     * window, so every implementation is asked about the same one.
     */
    protected static QueryRequest overOneDay(String query) {
        return new QueryRequest(query, Instant.parse("2026-01-14T00:00:00Z"), Instant.parse("2026-01-15T00:00:00Z"));
    }

    private static Instant deadline() {
        return Instant.now().plusSeconds(30);
    }

    @Test
    void aLaunchedQueryIsPolledToItsRowsWithoutGoingBackwards() throws Exception {
        var launched = dataLake().launch(queryWithRows(), deadline());
        var status = launched.status();
        long lastSteps = steps(status);
        try {
            for (int poll = 0; poll < MAX_POLLS && !isDone(status); poll++) {
                status = dataLake().poll(launched.handle(), lastSteps, deadline());
                assertThat(steps(status)).as("steps completed").isGreaterThanOrEqualTo(lastSteps);
                lastSteps = steps(status);
            }
        } finally {
            dataLake().delete(launched.handle());
        }

        assertThat(status).isInstanceOfSatisfying(QueryStatus.Progress.class, done -> {
            var page = done.page().orElseThrow(() -> new AssertionError("no result after " + MAX_POLLS + " polls"));
            assertThat(page.rows()).isNotEmpty();
            assertThat(page.rows())
                    .allSatisfy(row ->
                            assertThat(row.size()).isEqualTo(page.columns().size()));
        });
    }

    private static boolean isDone(QueryStatus status) {
        return !(status instanceof QueryStatus.Progress progress)
                || progress.page().isPresent();
    }

    private static long steps(QueryStatus status) {
        return status instanceof QueryStatus.Progress progress ? progress.stepsCompleted() : 0;
    }

    @Test
    void deletingIsQuietAlsoTwiceAndForAnUnknownQuery() throws Exception {
        var launched = dataLake().launch(queryWithRows(), deadline());

        assertThatCode(() -> {
                    dataLake().delete(launched.handle());
                    dataLake().delete(launched.handle());
                    dataLake().delete(new QueryHandle("no-such-query-7f3a", "no-such-tag"));
                })
                .doesNotThrowAnyException();
    }

    @Test
    void anInterruptedCallerGetsNoAnswer() {
        Interruption.isRefusedWhenInterrupted(() -> dataLake().launch(queryWithRows(), deadline()));
    }
}
