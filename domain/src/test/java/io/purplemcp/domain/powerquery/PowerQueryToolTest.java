package io.purplemcp.domain.powerquery;

import static io.purplemcp.domain.powerquery.FakeDataLake.HANDLE;
import static io.purplemcp.domain.powerquery.FakeDataLake.done;
import static io.purplemcp.domain.powerquery.FakeDataLake.page;
import static io.purplemcp.domain.powerquery.FakeDataLake.row;
import static io.purplemcp.domain.powerquery.FakeDataLake.running;
import static org.assertj.core.api.Assertions.assertThat;

import io.purplemcp.ports.in.tools.ToolHints;
import io.purplemcp.ports.out.datalake.QueryStatus;
import io.purplemcp.ports.out.upstream.UpstreamException;
import io.purplemcp.ports.out.upstream.UpstreamFailure;
import io.purplemcp.testsupport.tools.RecordingCallContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PowerQueryToolTest extends PowerQueryFixture {

    // --- definition --------------------------------------------------------------------------------

    @Test
    void theDefinitionKeepsTheReferenceContract() {
        var definition = PowerQueryTools.all(lake, sleeper, clock).get(0).definition();

        assertThat(definition.name()).isEqualTo("powerquery");
        assertThat(definition.title()).isEqualTo("Run a PowerQuery");
        assertThat(definition.hints()).isEqualTo(ToolHints.consoleRead());
        assertThat(definition.parameters())
                .extracting(p -> p.name() + ":" + p.type() + ":" + p.required())
                .containsExactly("query:STRING:true", "start_datetime:STRING:true", "end_datetime:STRING:true");
        assertThat(definition.description())
                .contains("purple_ai", "exactly as given", "get_timestamp_range", "hours=24", "5 minutes")
                .contains("not Microsoft Power Query", "SPL", "JSON array", "10 000", "normal answer")
                .contains("Do not re-run");
    }

    @Test
    void theDefaultPolicyIsFiveMinutesAndTenThousandRows() {
        assertThat(PowerQueryPolicy.DEFAULT)
                .isEqualTo(new PowerQueryPolicy(
                        Duration.ofMinutes(5), Duration.ofMillis(100), Duration.ofSeconds(1), 10_000, 100));
    }

    // --- validation, in order: start, end, comparison (docs/decisions/0014-powerquery-lifecycle-and-result-text.md)

    @Test
    void aNaiveStartIsRefusedBeforeAnythingIsSent() {
        var message = failure(call("q", "2025-01-15T14:30:25", END));

        assertThat(message)
                .isEqualTo("Timestamp must include explicit timezone information (e.g., 'Z' or '±HH:MM')."
                        + " Received naive timestamp: 2025-01-15T14:30:25");
        assertThat(lake.launches).isEmpty();
    }

    @Test
    void aNaiveEndIsRefused() {
        assertThat(failure(call("q", START, "2025-01-15T14:30:25.123")))
                .endsWith("Received naive timestamp: 2025-01-15T14:30:25.123");
        assertThat(lake.launches).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"not-a-valid-datetime", "", "2024-13-50T25:70:99Z", "10:30Z", "1705314600"})
    void anUnreadableDatetimeIsRefused(String raw) {
        assertThat(failure(call("q", raw, END))).isEqualTo("Invalid ISO 8601 datetime string: " + raw);
        assertThat(failure(call("q", START, raw))).isEqualTo("Invalid ISO 8601 datetime string: " + raw);
        assertThat(lake.launches).isEmpty();
    }

    @Test
    void theStartIsCheckedBeforeTheEnd() {
        assertThat(failure(call("q", "bad-start", "bad-end"))).isEqualTo("Invalid ISO 8601 datetime string: bad-start");
    }

    @Test
    void equalBoundsAreRefusedWithBothRawInputs() {
        var message = failure(call("q", "2024-01-15T10:30:00Z", "2024-01-15T11:30:00+01:00"));

        assertThat(message)
                .isEqualTo("end_datetime must be later than start_datetime. Got"
                        + " start_datetime=2024-01-15T10:30:00Z, end_datetime=2024-01-15T11:30:00+01:00");
        assertThat(lake.launches).isEmpty();
    }

    @Test
    void reversedBoundsAreRefused() {
        assertThat(failure(call("q", END, START)))
                .isEqualTo("end_datetime must be later than start_datetime. Got start_datetime=" + END
                        + ", end_datetime=" + START);
    }

    @Test
    void boundsOneMicrosecondApartAreAccepted() {
        lake.launchAnswers(answer(done(1, page("0", List.of(), List.of()))));

        call("q", "2024-01-15T10:30:00.000001Z", "2024-01-15T10:30:00.000002Z");

        assertThat(lake.launches).hasSize(1);
    }

    @Test
    void theQueryIsSentVerbatimWithTheParsedWindow() {
        lake.launchAnswers(answer(done(1, page("0", List.of(), List.of()))));

        call("  x = 'a\"b' | limit 1\n", "2024-01-15T10:30:00+05:00", "2024-01-15T10:30:00.123z");

        var request = lake.launches.get(0);
        assertThat(request.query()).isEqualTo("  x = 'a\"b' | limit 1\n");
        assertThat(request.start().toEpochMilli()).isEqualTo(1_705_296_600_000L);
        assertThat(request.end()).isEqualTo(Instant.parse("2024-01-15T10:30:00.123Z"));
        assertThat(lake.launchDeadlines).containsExactly(NOW.plus(Duration.ofMinutes(5)));
    }

    // --- lifecycle -----------------------------------------------------------------------------------

    @Test
    void aQueryCompleteAtLaunchIsDeletedWithoutPolling() {
        lake.launchAnswers(answer(done(1, page("1", List.of("c"), List.of(row("a"))))));

        var text = text(call());

        assertThat(text).isEqualTo("Match Count: 1\nColumns: 1\nRows: 1\nColumn Names: c\n\nResults:\nRow 1: [\"a\"]");
        assertThat(lake.polls).isEmpty();
        assertThat(sleeper.pauses).isEmpty();
        assertThat(lake.deletes).containsExactly(HANDLE);
    }

    @Test
    void zeroOfZeroStepsIsComplete() {
        lake.launchAnswers(answer(running(0, 0)));

        assertThat(text(call())).startsWith("No rows matched");
        assertThat(lake.polls).isEmpty();
    }

    @Test
    void aTwoStepQueryPollsWithTheLastStepSeenThenDeletes() {
        lake.launchAnswers(answer(running(0, 2)))
                .thenPolls(
                        answer(running(1, 2)),
                        answer(done(
                                2,
                                page(
                                        "18342.0",
                                        List.of("src.process.name", "count"),
                                        List.of(
                                                row("svchost.exe", 6120),
                                                row("chrome.exe", 4011),
                                                row("powershell.exe", 377))))));

        var text = text(call());

        assertThat(text)
                .isEqualTo("Match Count: 18342\nColumns: 2\nRows: 3\nColumn Names: src.process.name, count\n\n"
                        + "Results:\nRow 1: [\"svchost.exe\",6120]\nRow 2: [\"chrome.exe\",4011]\n"
                        + "Row 3: [\"powershell.exe\",377]");
        assertThat(lake.polls).extracting(FakeDataLake.Poll::lastStepSeen).containsExactly(0L, 1L);
        assertThat(lake.polls).extracting(FakeDataLake.Poll::handle).containsOnly(HANDLE);
        assertThat(lake.polls).extracting(FakeDataLake.Poll::deadline).containsOnly(NOW.plus(Duration.ofMinutes(5)));
        assertThat(lake.deletes).containsExactly(HANDLE);
    }

    @Test
    void progressFollowsTheStepsAndOnlyEverIncreases() {
        lake.launchAnswers(answer(running(0, 3)))
                .thenPolls(
                        answer(running(0, 3)),
                        answer(running(1, 3)),
                        answer(running(1, 4)),
                        answer(running(3, 4)),
                        answer(done(4, page("0", List.of(), List.of()))));

        call();

        assertThat(context.progress())
                .containsExactly(
                        new RecordingCallContext.Progress(0, 3.0, "PowerQuery: 0 of 3 steps done"),
                        new RecordingCallContext.Progress(1, 3.0, "PowerQuery: 1 of 3 steps done"),
                        new RecordingCallContext.Progress(3, 4.0, "PowerQuery: 3 of 4 steps done"),
                        new RecordingCallContext.Progress(4, 4.0, "PowerQuery: 4 of 4 steps done"));
    }

    @Test
    void stepsBeyondTheTotalCompleteAndNeverReportProgressBeyondTheTotal() {
        lake.launchAnswers(answer(running(0, 1))).thenPolls(answer(new QueryStatus.Progress(3, 2, Optional.empty())));

        assertThat(text(call())).startsWith("No rows matched");
        assertThat(context.progress())
                .last()
                .isEqualTo(new RecordingCallContext.Progress(3, 3.0, "PowerQuery: 3 of 3 steps done"));
        assertThat(lake.polls).hasSize(1);
    }

    @Test
    void pausesDoubleUpToOneSecond() {
        lake.launchAnswers(answer(running(0, 8)))
                .thenPolls(
                        answer(running(1, 8)),
                        answer(running(2, 8)),
                        answer(running(3, 8)),
                        answer(running(4, 8)),
                        answer(running(5, 8)),
                        answer(running(6, 8)),
                        answer(done(8, page("0", List.of(), List.of()))));

        call();

        assertThat(sleeper.pauses)
                .containsExactly(
                        Duration.ofMillis(100),
                        Duration.ofMillis(200),
                        Duration.ofMillis(400),
                        Duration.ofMillis(800),
                        Duration.ofSeconds(1),
                        Duration.ofSeconds(1),
                        Duration.ofSeconds(1));
        assertThat(lake.polls).hasSize(7);
    }

    @Test
    void aLaunchFailureIsReportedAndNothingIsDeleted() {
        lake.launchAnswers(failing(new UpstreamFailure.ClientError(400, "Unknown command 'grp' at position 14")));

        var message = failure(call());

        assertThat(message)
                .isEqualTo("The PowerQuery could not be started: HTTP 400 Bad Request: Unknown command 'grp' at"
                        + " position 14.");
        assertThat(lake.polls).isEmpty();
        assertThat(lake.deletes).isEmpty();
    }

    @Test
    void anUnauthorizedLaunchSaysToCheckTheToken() {
        lake.launchAnswers(failing(new UpstreamFailure.Unauthorized(401, "Invalid or expired token")));

        assertThat(failure(call()))
                .isEqualTo("The PowerQuery could not be started: HTTP 401 Unauthorized: Invalid or expired token."
                        + " Check that the server's console token is valid and allowed to use this feature.");
    }

    @Test
    void aPollFailureIsReportedAndTheQueryDeleted() {
        lake.launchAnswers(answer(running(0, 2)))
                .thenPolls(failing(new UpstreamFailure.RateLimited(Optional.empty(), "Too many requests")));

        var message = failure(call());

        assertThat(message)
                .startsWith("The PowerQuery failed while waiting for its results: HTTP 429 Too Many Requests:"
                        + " Too many requests. The console is throttling");
        assertThat(lake.deletes).containsExactly(HANDLE);
    }

    @Test
    void anUpstreamQueryErrorAtLaunchIsAnErrorWithItsMessage() {
        lake.launchAnswers(answer(new QueryStatus.Failed("Syntax error: unexpected token '|' at position 0")));

        var message = failure(call());

        assertThat(message)
                .isEqualTo("The data lake could not run the PowerQuery: Syntax error: unexpected token '|' at"
                        + " position 0. If the query came from the user, check it with them; otherwise ask"
                        + " purple_ai again.");
        assertThat(lake.deletes).containsExactly(HANDLE);
    }

    @Test
    void anUpstreamQueryErrorWhilePollingIsAnErrorAndTheQueryIsDeleted() {
        lake.launchAnswers(answer(running(0, 2))).thenPolls(answer(new QueryStatus.Failed("")));

        assertThat(failure(call()))
                .startsWith("The data lake could not run the PowerQuery: the data lake gave no details.");
        assertThat(lake.deletes).containsExactly(HANDLE);
    }

    @Test
    void theDeadlineStopsPollingDeletesAndSaysWhatToChange() {
        lake.launchAnswers(answer(running(0, 2))).thenForever(answer(running(1, 2)));

        var message = failure(call());

        assertThat(message)
                .isEqualTo("Query timed out after 300.0 seconds. Shorten the time window (e.g. 24 hours rather"
                        + " than several days) or make the query more specific (e.g. more precise filters), then"
                        + " try again.");
        assertThat(lake.deletes).containsExactly(HANDLE);
        assertThat(clock.instant()).isEqualTo(NOW.plus(Duration.ofMinutes(5)));
        assertThat(lake.polls)
                .last()
                .extracting(FakeDataLake.Poll::deadline)
                .isEqualTo(NOW.plus(Duration.ofMinutes(5)));
        // One pause per second at most after the back-off, never past the deadline.
        assertThat(sleeper.pauses).allMatch(p -> p.compareTo(Duration.ofSeconds(1)) <= 0);
        assertThat(lake.polls).hasSizeLessThan(310);
    }

    @Test
    void theLastPauseIsCutToTheDeadline() {
        policy = PowerQueryPolicy.DEFAULT.withDeadline(Duration.ofMillis(250));
        lake.launchAnswers(answer(running(0, 2))).thenForever(answer(running(1, 2)));

        assertThat(failure(call())).startsWith("Query timed out after 0.3 seconds.");
        assertThat(sleeper.pauses).containsExactly(Duration.ofMillis(100), Duration.ofMillis(150));
        assertThat(lake.polls).hasSize(1);
    }

    @Test
    void aSlowPollThatEndsAtTheDeadlineIsATimeout() {
        policy = PowerQueryPolicy.DEFAULT.withDeadline(Duration.ofSeconds(2));
        lake.launchAnswers(answer(running(0, 2))).thenPolls(() -> {
            clock.advance(Duration.ofSeconds(5));
            throw new UpstreamException(new UpstreamFailure.Timeout("no answer within the deadline"));
        });

        assertThat(failure(call())).startsWith("Query timed out after 2.0 seconds.");
        assertThat(lake.deletes).containsExactly(HANDLE);
    }

    @Test
    void aPollThatFailsOtherwiseAfterTheDeadlineSaysHowItFailed() {
        policy = PowerQueryPolicy.DEFAULT.withDeadline(Duration.ofSeconds(2));
        lake.launchAnswers(answer(running(0, 2))).thenPolls(() -> {
            clock.advance(Duration.ofSeconds(5));
            throw new UpstreamException(new UpstreamFailure.ServerError(503, ""));
        });

        assertThat(failure(call()))
                .startsWith("The PowerQuery failed while waiting for its results: HTTP 503 Service Unavailable.");
        assertThat(lake.deletes).containsExactly(HANDLE);
    }

    @Test
    void aTimeoutBeforeTheDeadlineIsReportedAsTheConsoleBeingSlow() {
        lake.launchAnswers(answer(running(0, 2)))
                .thenPolls(failing(new UpstreamFailure.Timeout("no answer within 30 s")));

        assertThat(failure(call()))
                .isEqualTo("The PowerQuery failed while waiting for its results: the console did not answer in"
                        + " time: no answer within 30 s. Try again later, or ask for less at once.");
    }

    @Test
    void aQueryThatCompletesOnAPollEndingAfterTheDeadlineReturnsItsResults() {
        policy = PowerQueryPolicy.DEFAULT.withDeadline(Duration.ofSeconds(2));
        lake.launchAnswers(answer(running(0, 2))).thenPolls(() -> {
            clock.advance(Duration.ofSeconds(5));
            return done(2, page("1", List.of("c"), List.of(row(1))));
        });

        assertThat(text(call())).contains("Row 1: [1]");
    }

    @Test
    void cancellationBeforeTheLaunchSendsNothing() {
        context.cancel();

        assertThat(failure(call())).isEqualTo(QueryRun.CANCELLED);
        assertThat(lake.launches).isEmpty();
        assertThat(lake.deletes).isEmpty();
    }

    @Test
    void anInterruptedLaunchIsACancellation() {
        lake.launchAnswers(interrupted());

        assertThat(failure(call())).isEqualTo(QueryRun.CANCELLED);
        assertThat(lake.deletes).isEmpty();
    }

    @Test
    void cancellationThatOvertakesTheLaunchAnswerDeletesTheQueryOnce() {
        lake.launchAnswers(() -> {
            context.cancel();
            return running(0, 2);
        });

        assertThat(failure(call())).isEqualTo(QueryRun.CANCELLED);
        assertThat(lake.deletes).containsExactly(HANDLE);
        assertThat(lake.polls).isEmpty();
    }

    @Test
    void cancellationWhilePausingDeletesOnceAndPollsNoMore() {
        lake.launchAnswers(answer(running(0, 5))).thenForever(answer(running(1, 5)));
        sleeper.interruptAtPause = 3;

        assertThat(failure(call())).isEqualTo(QueryRun.CANCELLED);
        assertThat(lake.polls).hasSize(2);
        assertThat(lake.deletes).containsExactly(HANDLE);
    }

    @Test
    void aCancelNotificationDeletesAtOnceAndStopsBeforeTheNextPoll() {
        lake.launchAnswers(answer(running(0, 5))).thenForever(answer(running(1, 5)));
        sleeper.duringPause = () -> {
            if (sleeper.pauses.size() == 2) {
                context.cancel();
                // The cancellation's own thread deleted the query while the call still waits.
                assertThat(lake.deletes).containsExactly(HANDLE);
            }
        };

        assertThat(failure(call())).isEqualTo(QueryRun.CANCELLED);
        assertThat(lake.polls).hasSize(1);
        assertThat(lake.deletes).containsExactly(HANDLE);
    }

    @Test
    void aCancellationNoticedAfterAPollStopsBeforeTheNextPause() {
        lake.launchAnswers(answer(running(0, 5))).thenPolls(() -> {
            context.cancel();
            return running(1, 5);
        });

        assertThat(failure(call())).isEqualTo(QueryRun.CANCELLED);
        assertThat(sleeper.pauses).hasSize(1);
        assertThat(lake.deletes).containsExactly(HANDLE);
    }

    @Test
    void anInterruptedPollIsACancellationAndTheQueryIsDeleted() {
        lake.launchAnswers(answer(running(0, 5))).thenPolls(interrupted());

        assertThat(failure(call())).isEqualTo(QueryRun.CANCELLED);
        assertThat(lake.deletes).containsExactly(HANDLE);
    }

    @Test
    void concurrentCallsKeepTheirOwnState() {
        var tool = PowerQueryTools.all(lake, sleeper, clock).get(0);
        lake.launchAnswers(answer(done(1, page("1", List.of("c"), List.of(row("a"))))));

        var first = text(call());
        var second = text(call());

        assertThat(first).isEqualTo(second).contains("Rows: 1");
        assertThat(tool.definition().name()).isEqualTo("powerquery");
        assertThat(lake.deletes).containsExactly(HANDLE, HANDLE);
    }
}
