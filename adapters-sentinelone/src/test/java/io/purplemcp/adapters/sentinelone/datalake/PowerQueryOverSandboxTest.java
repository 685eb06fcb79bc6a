package io.purplemcp.adapters.sentinelone.datalake;

import static io.purplemcp.adapters.sentinelone.testing.SandboxFixture.failure;
import static io.purplemcp.adapters.sentinelone.testing.SandboxFixture.powerquery;
import static io.purplemcp.adapters.sentinelone.testing.SandboxFixture.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.purplemcp.adapters.sentinelone.http.HttpTimeouts;
import io.purplemcp.adapters.sentinelone.testing.SandboxFixture;
import io.purplemcp.domain.powerquery.PowerQueryPolicy;
import io.purplemcp.ports.in.tools.CallContext;
import io.purplemcp.ports.in.tools.ToolResult;
import io.purplemcp.sandbox.http.RecordedRequest;
import io.purplemcp.testsupport.tools.RecordingCallContext;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The powerquery tool end to end over real HTTPS against the sandbox console, fault by fault. */
class PowerQueryOverSandboxTest {

    static final String QUERY = "event.type = 'Process Creation' | group count = count() by src.process.name | limit 5";

    SandboxFixture fixture = new SandboxFixture();

    @AfterEach
    void close() {
        fixture.close();
    }

    List<RecordedRequest> requests(String method) {
        return fixture.sandbox.requests().stream()
                .filter(r -> r.method().equals(method))
                .toList();
    }

    @Test
    void aQueryRunsPollsAndIsDeleted() {
        var text = text(powerquery(fixture.console(), QUERY));

        assertThat(text).startsWith("Match Count: ").contains("Rows: 5", "Column Names: src.process.name, count");
        assertThat(text).containsPattern("Row 1: \\[\"[^\"]+\",\\d+\\]");
        assertThat(requests("POST")).hasSize(1);
        assertThat(requests("GET"))
                .extracting(RecordedRequest::query)
                .containsExactly("lastStepSeen=0", "lastStepSeen=1");
        fixture.assertNothingLeftRunning();
        assertThat(fixture.sandbox.deletedQueries()).isEqualTo(1);
        var launch = requests("POST").get(0);
        assertThat(launch.authScheme()).contains("Bearer");
        assertThat(launch.header("User-Agent")).contains("sentinelone/purple-mcp (version 9.9.9-test)");
        assertThat(launch.header("Content-Type")).contains("application/json");
        assertThat(launch.body())
                .isEqualTo("{\"startTime\":\"1768348800000\",\"endTime\":\"1768435200000\",\"queryType\":\"PQ\","
                        + "\"queryPriority\":\"LOW\",\"pq\":{\"query\":\"" + QUERY.replace("'", "'")
                        + "\",\"resultType\":\"TABLE\",\"frequency\":\"LOW\"}}");
        assertThat(requests("GET")).allSatisfy(poll -> {
            assertThat(poll.header("X-Dataset-Query-Forward-Tag")).isPresent();
            assertThat(poll.header("User-Agent")).contains("sentinelone/purple-mcp (version 9.9.9-test)");
        });
    }

    @Test
    void aQueryCompleteAtLaunchIsDeletedWithoutPolling() {
        fixture = fixture.restartedWith(options -> options.withPollsToComplete(0));

        assertThat(text(powerquery(fixture.console(), QUERY))).contains("Rows: 5");
        assertThat(requests("GET")).isEmpty();
        fixture.assertNothingLeftRunning();
    }

    @Test
    void tenThousandRowsAreKeptAndTheRestCounted() {
        fixture = fixture.restartedWith(options -> options.withPollsToComplete(1));

        var text = text(powerquery(fixture.console(), "event.type = 'Process Creation' | limit 10050 sandbox:paged"));

        assertThat(text)
                .contains("Rows: 10000\n", "Truncated: only the first 10000 rows were kept.")
                .endsWith("... and 9900 more rows");
        fixture.assertNothingLeftRunning();
    }

    @Test
    void partialResultsAreSaid() {
        assertThat(text(powerquery(fixture.console(), QUERY + " sandbox:partial")))
                .contains("Partial results:");
    }

    @Test
    void aSyntaxErrorFromTheDataLakeIsAToolErrorWithItsMessageAndTheQueryIsDeleted() {
        var message = failure(powerquery(fixture.console(), QUERY + " sandbox:fault=query-error"));

        assertThat(message).startsWith("The data lake could not run the PowerQuery: ");
        fixture.assertNothingLeftRunning();
    }

    @Test
    void aQueryErrorInTheLaunchAnswerIsAToolErrorAndTheQueryIsDeleted() {
        assertThat(failure(powerquery(fixture.console(), QUERY + " sandbox:fault=query-error@launch")))
                .startsWith("The data lake could not run the PowerQuery: ");
        fixture.assertNothingLeftRunning();
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 404, 500, 502, 503, 504})
    void aRefusedLaunchIsNeverRetried(int status) {
        var message = failure(powerquery(fixture.console(), QUERY + " sandbox:fault=" + status));

        assertThat(message).startsWith("The PowerQuery could not be started: HTTP " + status);
        assertThat(requests("POST")).hasSize(1);
        assertThat(fixture.sandbox.launchedQueries()).isZero();
    }

    @Test
    void anUnauthorizedLaunchSaysToCheckTheToken() {
        var console = fixture.console(s -> s.withLogPayloads(false));
        var wrongToken = fixture.console(s -> s.withToken("wrong-token"));

        assertThat(failure(powerquery(wrongToken, QUERY)))
                .startsWith("The PowerQuery could not be started: HTTP 401 Unauthorized")
                .contains("console token");
        assertThat(requests("POST")).hasSize(1);
        assertThat(text(powerquery(console, QUERY))).contains("Rows: 5");
    }

    @Test
    void aThrottledLaunchWaitsAsToldAndIsRetried() {
        var text = text(powerquery(fixture.console(), QUERY + " sandbox:fault=429*2"));

        assertThat(text).contains("Rows: 5");
        assertThat(requests("POST")).hasSize(3);
        assertThat(fixture.retries.pauses()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1));
        assertThat(fixture.sandbox.launchedQueries()).isEqualTo(1);
        fixture.assertNothingLeftRunning();
    }

    @Test
    void aLaunchThrottledOnEveryAttemptGivesUp() {
        var message = failure(powerquery(fixture.console(), QUERY + " sandbox:fault=429"));

        assertThat(message).startsWith("The PowerQuery could not be started: HTTP 429 Too Many Requests");
        assertThat(requests("POST")).hasSize(4);
    }

    @ParameterizedTest
    @ValueSource(ints = {408, 429, 502, 503, 504})
    void transientPollFailuresAreRetried(int status) {
        var text = text(powerquery(fixture.console(), QUERY + " sandbox:fault=" + status + "@poll*2"));

        assertThat(text).contains("Rows: 5");
        assertThat(requests("GET")).hasSize(4);
        assertThat(fixture.retries.pauses()).hasSize(2);
        fixture.assertNothingLeftRunning();
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 401, 404, 500})
    void otherPollFailuresEndTheCallAndDeleteTheQuery(int status) {
        var message = failure(powerquery(fixture.console(), QUERY + " sandbox:fault=" + status + "@poll"));

        assertThat(message).startsWith("The PowerQuery failed while waiting for its results: HTTP " + status);
        assertThat(requests("GET")).hasSize(1);
        fixture.assertNothingLeftRunning();
    }

    @Test
    void aPollAnswerCutInHalfEndsTheCallAndTheQueryIsDeleted() {
        assertThat(failure(powerquery(fixture.console(), QUERY + " sandbox:fault=malformed-json@poll")))
                .startsWith("The PowerQuery failed while waiting for its results: the console's answer could not"
                        + " be read: a poll answer could not be read");
        fixture.assertNothingLeftRunning();
    }

    @Test
    void aLaunchAnswerCutInHalfStillDeletesTheQueryItNamed() {
        assertThat(failure(powerquery(fixture.console(), QUERY + " sandbox:fault=malformed-json@launch")))
                .startsWith("The PowerQuery could not be started: the console's answer could not be read");
        assertThat(fixture.sandbox.launchedQueries()).isEqualTo(1);
        fixture.assertNothingLeftRunning();
    }

    @Test
    void aResetPollIsRetried() {
        assertThat(text(powerquery(fixture.console(), QUERY + " sandbox:fault=reset@poll*1")))
                .contains("Rows: 5");
        fixture.assertNothingLeftRunning();
    }

    @Test
    void aResetLaunchIsNotRetriedBecauseTheQueryMayHaveStarted() {
        var message = failure(powerquery(fixture.console(), QUERY + " sandbox:fault=reset"));

        assertThat(message).startsWith("The PowerQuery could not be started: the console could not be reached");
        assertThat(requests("POST")).hasSize(1);
        // No answer, so no id: the console expires that query on its own.
    }

    @Test
    void aRedirectIsNeverFollowed() {
        var message = failure(powerquery(fixture.console(), QUERY + " sandbox:fault=redirect"));

        assertThat(message)
                .startsWith(
                        "The PowerQuery could not be started: unexpected HTTP 307 Temporary Redirect: redirects are not followed");
        assertThat(fixture.sandbox.requests()).hasSize(1);
        assertThat(fixture.sandbox.requests()).noneMatch(r -> r.path().startsWith("/sandbox/redirect-target"));
    }

    @Test
    void aLaunchWithoutForwardTagOrIdIsAnError() {
        assertThat(failure(powerquery(fixture.console(), QUERY + " sandbox:fault=no-forward-tag")))
                .contains("no X-Dataset-Query-Forward-Tag header");
        assertThat(failure(powerquery(fixture.console(), QUERY + " sandbox:fault=null-id")))
                .contains("no query id");
        assertThat(requests("GET")).isEmpty();
    }

    @Test
    @Tag("deadline")
    void aQueryThatNeverFinishesTimesOutAtTheDeadlineAndIsDeleted() {
        var policy = PowerQueryPolicy.DEFAULT.withDeadline(Duration.ofSeconds(2));
        long started = System.nanoTime();

        var message = failure(powerquery(
                fixture.console(), policy, QUERY + " sandbox:fault=never-finishes", CallContext.unobserved()));

        long millis = (System.nanoTime() - started) / 1_000_000;
        assertThat(message).startsWith("Query timed out after 2.0 seconds.");
        // The lower bound is the deadline; the upper one only guards against a deadline that does not fire
        // (a loaded CI machine may add seconds of scheduling delay, so it is generous).
        assertThat(millis).isBetween(1_900L, 6_000L);
        fixture.assertNothingLeftRunning();
        // Back-off (100, 200, 400, 800 ms, then one poll a second) allows at most 7 polls in 2 s; a slow
        // machine may manage fewer, never more.
        assertThat(requests("GET").size()).isBetween(1, 7);
    }

    @Test
    @Tag("deadline")
    void aSlowPollIsCutAtTheDeadlineAndTheQueryIsDeleted() {
        fixture = fixture.restartedWith(options -> options.withSlowDelay(Duration.ofSeconds(20)));
        var console = fixture.console();
        // A first query opens the connection: on a busy machine the cold TLS handshake alone has taken most
        // of the 1.5 s deadline, so the launch, not the poll, ran out of time.
        powerquery(console, PowerQueryPolicy.DEFAULT, QUERY, CallContext.unobserved());
        var policy = PowerQueryPolicy.DEFAULT.withDeadline(Duration.ofMillis(1500));
        long started = System.nanoTime();

        var message =
                failure(powerquery(console, policy, QUERY + " sandbox:fault=slow@poll", CallContext.unobserved()));

        long millis = (System.nanoTime() - started) / 1_000_000;
        assertThat(message).startsWith("Query timed out after 1.5 seconds.");
        // Far below the 20 s the sandbox holds the poll back, with room for a loaded machine.
        assertThat(millis).isBetween(1_400L, 8_000L);
        fixture.assertNothingLeftRunning();
    }

    @Test
    @Tag("deadline")
    void aSlowLaunchAbandonedByItsTimeoutIsDeletedWhenItsAnswerArrives() throws Exception {
        fixture = fixture.restartedWith(options -> options.withSlowDelay(Duration.ofMillis(800)));
        var console = fixture.console(s -> s.withTimeouts(new HttpTimeouts(
                Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ofMillis(400), Duration.ofSeconds(5))));

        var message = failure(powerquery(console, QUERY + " sandbox:fault=slow"));

        assertThat(message).startsWith("The PowerQuery could not be started: the console did not answer in time");
        // The sandbox records a slow request when it answers (800 ms), after the client gave up (400 ms).
        assertThat(fixture.sandbox.awaitRequest(r -> r.method().equals("POST"), Duration.ofSeconds(10)))
                .isNotNull();
        assertThat(requests("POST")).hasSize(1);
        assertThat(fixture.sandbox.launchedQueries()).isEqualTo(1);
        fixture.assertNothingLeftRunning();
    }

    @Test
    void aFailingDeleteDoesNotFailACompleteResult() {
        assertThat(text(powerquery(fixture.console(), QUERY + " sandbox:fault=500@delete")))
                .contains("Rows: 5");
    }

    @Test
    @Tag("deadline")
    void cancellingMidPollStopsPollingAndDeletesTheQuery() throws Exception {
        var console = fixture.console();
        var call = new RecordingCallContext();
        var result = new AtomicReference<ToolResult>();
        var worker = new Thread(() -> result.set(
                powerquery(console, PowerQueryPolicy.DEFAULT, QUERY + " sandbox:fault=never-finishes", call)));
        call.runOn(worker);
        worker.start();
        assertThat(call.awaitProgress(10)).isTrue();
        assertThat(fixture.sandbox.awaitRequest(r -> r.method().equals("GET"), Duration.ofSeconds(10)))
                .isNotNull();

        call.cancel();
        worker.join(10_000);

        assertThat(worker.isAlive()).isFalse();
        assertThat(failure(result.get())).contains("cancelled");
        fixture.assertNothingLeftRunning();
        assertThat(requests("DELETE")).hasSize(1);
        int polls = requests("GET").size();
        Thread.sleep(1_200);
        assertThat(requests("GET")).hasSize(polls);
    }

    @Test
    void concurrentCallsShareTheClientButNotTheirQueries() throws Exception {
        var console = fixture.console();
        var results = new java.util.concurrent.ConcurrentLinkedQueue<String>();
        var threads = new java.util.ArrayList<Thread>();
        for (int i = 1; i <= 4; i++) {
            var query = "event.type = 'Process Creation' | limit " + i;
            var thread = new Thread(() -> results.add(text(powerquery(console, query))));
            threads.add(thread);
            thread.start();
        }
        for (var thread : threads) {
            thread.join(20_000);
        }

        assertThat(results).hasSize(4);
        assertThat(results.stream()
                        .map(t -> t.lines()
                                .filter(l -> l.startsWith("Rows: "))
                                .findFirst()
                                .orElseThrow()))
                .containsExactlyInAnyOrder("Rows: 1", "Rows: 2", "Rows: 3", "Rows: 4");
        fixture.assertNothingLeftRunning();
    }
}
