package io.purplemcp.domain.powerquery;

import io.purplemcp.domain.tools.ToolFailure;
import io.purplemcp.domain.upstream.UpstreamFailures;
import io.purplemcp.ports.datalake.DataLake;
import io.purplemcp.ports.datalake.LaunchedQuery;
import io.purplemcp.ports.datalake.QueryHandle;
import io.purplemcp.ports.datalake.QueryRequest;
import io.purplemcp.ports.datalake.QueryStatus;
import io.purplemcp.ports.time.Sleeper;
import io.purplemcp.ports.tools.CallContext;
import io.purplemcp.ports.upstream.UpstreamException;
import io.purplemcp.ports.upstream.UpstreamFailure;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * One query from launch to its last answer, under one deadline. The launch is made once; polls
 * follow with pauses that double up to the policy's maximum; the call ends when an answer reports
 * every step done, when the deadline passes, when the console reports a failure, or when the client
 * cancels. Deleting the upstream query is {@link QueryCleanup}'s job, on every one of those ends.
 */
final class QueryRun {

    static final String CANCELLED =
            "The PowerQuery was cancelled before it finished; the query was stopped on" + " the data lake.";

    private final DataLake dataLake;
    private final Sleeper sleeper;
    private final Clock clock;
    private final PowerQueryPolicy policy;
    private final CallContext context;
    private final QueryCleanup cleanup;
    private final ResultTable table;
    private Instant deadline;
    private long lastReported = -1;

    QueryRun(
            DataLake dataLake,
            Sleeper sleeper,
            Clock clock,
            PowerQueryPolicy policy,
            CallContext context,
            QueryCleanup cleanup) {
        this.dataLake = dataLake;
        this.sleeper = sleeper;
        this.clock = clock;
        this.policy = policy;
        this.context = context;
        this.cleanup = cleanup;
        this.table = new ResultTable(policy);
    }

    ResultTable run(QueryRequest request) {
        deadline = clock.instant().plus(policy.deadline());
        stopIfCancelled();
        LaunchedQuery launched;
        try {
            launched = dataLake.launch(request, deadline);
        } catch (UpstreamException e) {
            throw failure("The PowerQuery could not be started: ", e.failure());
        } catch (InterruptedException e) {
            throw new ToolFailure(CANCELLED);
        }
        cleanup.track(launched.handle());
        return follow(launched.handle(), launched.status());
    }

    private ResultTable follow(QueryHandle handle, QueryStatus first) {
        QueryStatus status = first;
        Duration pause = policy.firstPollDelay();
        while (true) {
            var progress = accept(status);
            if (progress.stepsCompleted() >= progress.totalSteps()) {
                return table;
            }
            stopIfCancelled();
            wait(pause);
            pause = min(pause.multipliedBy(2), policy.maxPollDelay());
            stopIfCancelled();
            if (!clock.instant().isBefore(deadline)) {
                throw timedOut();
            }
            try {
                status = dataLake.poll(handle, progress.stepsCompleted(), deadline);
            } catch (UpstreamException e) {
                if (e.failure() instanceof UpstreamFailure.Timeout
                        && !clock.instant().isBefore(deadline)) {
                    throw timedOut();
                }
                throw failure("The PowerQuery failed while waiting for its results: ", e.failure());
            } catch (InterruptedException e) {
                throw new ToolFailure(CANCELLED);
            }
        }
    }

    private QueryStatus.Progress accept(QueryStatus status) {
        if (status instanceof QueryStatus.Failed failed) {
            var message = failed.message().isBlank() ? "the data lake gave no details" : failed.message();
            throw new ToolFailure("The data lake could not run the PowerQuery: " + message
                    + ". If the query came from the user, check it with them; otherwise ask purple_ai again.");
        }
        var progress = (QueryStatus.Progress) status;
        progress.page().ifPresent(table::add);
        long steps = progress.stepsCompleted();
        if (steps > lastReported) {
            lastReported = steps;
            long total = Math.max(steps, progress.totalSteps());
            context.progress(steps, (double) total, "PowerQuery: " + steps + " of " + total + " steps done");
        }
        return progress;
    }

    private void wait(Duration pause) {
        Duration remaining = Duration.between(clock.instant(), deadline);
        if (remaining.isNegative() || remaining.isZero()) {
            throw timedOut();
        }
        try {
            sleeper.pause(min(pause, remaining));
        } catch (InterruptedException e) {
            throw new ToolFailure(CANCELLED);
        }
    }

    private void stopIfCancelled() {
        if (context.isCancelled()) {
            throw new ToolFailure(CANCELLED);
        }
    }

    private ToolFailure timedOut() {
        double seconds = policy.deadline().toMillis() / 1000.0;
        return new ToolFailure(String.format(Locale.ROOT, "Query timed out after %.1f seconds.", seconds)
                + " Shorten the time window (e.g. 24 hours rather than several days) or make the query more"
                + " specific (e.g. more precise filters), then try again.");
    }

    private static ToolFailure failure(String what, UpstreamFailure failure) {
        return new ToolFailure(what + UpstreamFailures.explain(failure));
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
