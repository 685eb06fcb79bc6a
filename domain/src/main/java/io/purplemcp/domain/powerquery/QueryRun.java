package io.purplemcp.domain.powerquery;

import io.purplemcp.domain.tools.ConsoleCall;
import io.purplemcp.domain.tools.ToolFailure;
import io.purplemcp.domain.tools.UpstreamFailures;
import io.purplemcp.ports.in.tools.CallContext;
import io.purplemcp.ports.out.datalake.DataLake;
import io.purplemcp.ports.out.datalake.LaunchedQuery;
import io.purplemcp.ports.out.datalake.QueryHandle;
import io.purplemcp.ports.out.datalake.QueryRequest;
import io.purplemcp.ports.out.datalake.QueryStatus;
import io.purplemcp.ports.out.time.Sleeper;
import io.purplemcp.ports.out.upstream.UpstreamFailure;
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
    private final ConsoleCall.Ending pollEnding = new ConsoleCall.Ending(CANCELLED, this::pollFailed);
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
        LaunchedQuery launched = ConsoleCall.send(
                context,
                deadline,
                ConsoleCall.Ending.explained(CANCELLED, "The PowerQuery could not be started: "),
                until -> dataLake.launch(request, until));
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
            if (!clock.instant().isBefore(deadline)) {
                throw timedOut();
            }
            long stepsCompleted = progress.stepsCompleted();
            status = ConsoleCall.send(
                    context, deadline, pollEnding, until -> dataLake.poll(handle, stepsCompleted, until));
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
        return new ToolFailure(timedOutText());
    }

    private String timedOutText() {
        double seconds = policy.deadline().toMillis() / 1000.0;
        return String.format(Locale.ROOT, "Query timed out after %.1f seconds.", seconds)
                + " Shorten the time window (e.g. 24 hours rather than several days) or make the query more"
                + " specific (e.g. more precise filters), then try again.";
    }

    /** A poll that timed out at the deadline is the query's time running out, not the console failing. */
    private String pollFailed(UpstreamFailure failure) {
        if (failure instanceof UpstreamFailure.Timeout && !clock.instant().isBefore(deadline)) {
            return timedOutText();
        }
        return "The PowerQuery failed while waiting for its results: " + UpstreamFailures.explain(failure);
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
