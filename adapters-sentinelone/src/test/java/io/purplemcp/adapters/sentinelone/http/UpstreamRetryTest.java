package io.purplemcp.adapters.sentinelone.http;

import static io.purplemcp.adapters.sentinelone.testing.StubConsole.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.purplemcp.adapters.sentinelone.http.Exchange.RetryMode;
import io.purplemcp.adapters.sentinelone.testing.RecordingSleeper;
import io.purplemcp.adapters.sentinelone.testing.SettingsBuilder;
import io.purplemcp.adapters.sentinelone.testing.StubConsole;
import io.purplemcp.ports.out.upstream.UpstreamException;
import io.purplemcp.ports.out.upstream.UpstreamFailure;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The shared client's retry policy, driven directly against a scripted console: which answers are retried in
 * which mode, how long it waits in between, and what a final failure is called. The clock stands still, so
 * every wait is decided by the rules alone and recorded instead of slept.
 */
class UpstreamRetryTest {

    static final String TOKEN = "retry-token-93c2a1";
    static final Instant NOW = Instant.parse("2026-12-04T12:00:00Z");
    static final Instant AN_HOUR_LATER = NOW.plus(Duration.ofHours(1));

    final StubConsole stub = new StubConsole();
    final RecordingSleeper sleeper = new RecordingSleeper();
    UpstreamHttp http;

    @AfterEach
    void close() {
        stub.close();
    }

    UpstreamHttp http(UnaryOperator<SettingsBuilder> change) {
        http = stub.client(TOKEN, change, sleeper, Clock.fixed(NOW, ZoneOffset.UTC), UpstreamObservation.none());
        return http;
    }

    UpstreamHttp http() {
        return http(UnaryOperator.identity());
    }

    Exchange get(RetryMode mode) {
        return new Exchange(
                "test.get",
                "GET",
                URI.create(stub.baseUrl() + "/x"),
                Map.of(),
                Optional.empty(),
                mode,
                Duration.ofSeconds(10),
                Optional.empty());
    }

    UpstreamFailure failure(Exchange exchange) {
        var thrown = org.assertj.core.api.Assertions.catchThrowableOfType(
                UpstreamException.class, () -> http.send(exchange, AN_HOUR_LATER));
        assertThat(thrown).as("the send failed").isNotNull();
        return thrown.failure();
    }

    @Test
    void theBackOffDoublesFromTheBaseDelayWithAtMostHalfOfItAsJitter() throws Exception {
        http(s -> s.withRetry(
                new RetrySettings(4, Duration.ofMillis(200), Duration.ofSeconds(5), Duration.ofSeconds(30))));
        stub.answer(json(503, "{}"), json(503, "{}"), json(503, "{}"), json(200, "{\"ok\":true}"));

        var response = http.send(get(RetryMode.IDEMPOTENT), AN_HOUR_LATER);

        assertThat(response.status()).isEqualTo(200);
        assertThat(stub.requests()).hasSize(4);
        var pauses = sleeper.pauses();
        assertThat(pauses).hasSize(3);
        assertThat(pauses.get(0)).isBetween(Duration.ofMillis(100), Duration.ofMillis(200));
        assertThat(pauses.get(1)).isBetween(Duration.ofMillis(200), Duration.ofMillis(400));
        assertThat(pauses.get(2)).isBetween(Duration.ofMillis(400), Duration.ofMillis(800));
    }

    @Test
    void theBackOffStopsGrowingAtTheMaximumDelay() throws Exception {
        http(s -> s.withRetry(
                new RetrySettings(4, Duration.ofMillis(1000), Duration.ofMillis(1500), Duration.ofSeconds(30))));
        stub.otherwise(json(502, "{}"));

        assertThat(failure(get(RetryMode.IDEMPOTENT))).isInstanceOf(UpstreamFailure.ServerError.class);

        assertThat(sleeper.pauses())
                .hasSize(3)
                .allSatisfy(pause -> assertThat(pause).isBetween(Duration.ofMillis(500), Duration.ofMillis(1500)));
        assertThat(sleeper.pauses().get(0)).isLessThanOrEqualTo(Duration.ofMillis(1000));
        assertThat(sleeper.pauses().subList(1, 3))
                .allSatisfy(pause -> assertThat(pause).isGreaterThanOrEqualTo(Duration.ofMillis(750)));
    }

    @Test
    void withoutABaseDelayRetriesFollowAtOnce() throws Exception {
        http(s -> s.withRetry(new RetrySettings(3, Duration.ZERO, Duration.ZERO, Duration.ZERO)));
        stub.otherwise(json(504, "{}"));

        failure(get(RetryMode.IDEMPOTENT));

        assertThat(stub.requests()).hasSize(3);
        assertThat(sleeper.pauses()).containsExactly(Duration.ZERO, Duration.ZERO);
    }

    @Test
    void theConsolesRetryAfterIsHonouredUpToItsCap() throws Exception {
        http(s -> s.withRetry(
                new RetrySettings(3, Duration.ofMillis(200), Duration.ofSeconds(5), Duration.ofSeconds(30))));
        stub.answer(
                new StubConsole.Send(429, Map.of("Retry-After", "7"), "{}"),
                new StubConsole.Send(429, Map.of("Retry-After", "120"), "{}"),
                json(200, "{}"));

        http.send(get(RetryMode.IDEMPOTENT), AN_HOUR_LATER);

        assertThat(sleeper.pauses()).containsExactly(Duration.ofSeconds(7), Duration.ofSeconds(30));
    }

    @Test
    void aRetryIsNotStartedWhenItsWaitWouldEndAfterTheDeadline() {
        http();
        stub.answer(new StubConsole.Send(503, Map.of("Retry-After", "10"), "{\"message\":\"busy\"}"));

        var thrown = org.assertj.core.api.Assertions.catchThrowableOfType(
                UpstreamException.class, () -> http.send(get(RetryMode.IDEMPOTENT), NOW.plusSeconds(10)));

        assertThat(thrown.failure()).isEqualTo(new UpstreamFailure.ServerError(503, "busy"));
        assertThat(stub.requests()).hasSize(1);
        assertThat(sleeper.pauses()).isEmpty();
    }

    @Test
    void aThrottledAnswerOnEveryAttemptCarriesTheLastRetryAfter() {
        http(s -> s.withRetry(
                new RetrySettings(2, Duration.ofMillis(200), Duration.ofSeconds(5), Duration.ofSeconds(30))));
        stub.otherwise(new StubConsole.Send(429, Map.of("Retry-After", "3"), "{\"message\":\"slow down\"}"));

        assertThat(failure(get(RetryMode.IDEMPOTENT)))
                .isEqualTo(new UpstreamFailure.RateLimited(Optional.of(Duration.ofSeconds(3)), "slow down"));
        assertThat(stub.requests()).hasSize(2);
    }

    @ParameterizedTest
    @ValueSource(ints = {408, 429, 502, 503, 504})
    void aReadRetriesTransientStatuses(int status) throws Exception {
        http();
        stub.answer(json(status, "{}"), json(200, "{}"));

        assertThat(http.send(get(RetryMode.IDEMPOTENT), AN_HOUR_LATER).status()).isEqualTo(200);
        assertThat(stub.requests()).hasSize(2);
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 404, 500, 501})
    void aReadDoesNotRetryLastingFailures(int status) {
        http();
        stub.answer(json(status, "{}"), json(200, "{}"));

        failure(get(RetryMode.IDEMPOTENT));

        assertThat(stub.requests()).hasSize(1);
    }

    @ParameterizedTest
    @CsvSource({"408, 4", "429, 4", "502, 1", "503, 1", "504, 1"})
    void aOneShotRequestIsRetriedOnlyWhenTheConsoleSaidItDidNotTakeIt(int status, int requests) {
        http();
        stub.otherwise(json(status, "{}"));

        failure(get(RetryMode.UNLESS_ACCEPTED));

        assertThat(stub.requests()).hasSize(requests);
    }

    @ParameterizedTest
    @ValueSource(ints = {408, 429, 503})
    void aNeverRetriedRequestIsSentOnce(int status) {
        http();
        stub.otherwise(json(status, "{}"));

        failure(get(RetryMode.NEVER));

        assertThat(stub.requests()).hasSize(1);
        assertThat(sleeper.pauses()).isEmpty();
    }

    @Test
    void eachStatusClassHasItsFailure() {
        http();
        stub.answer(
                json(401, "{\"message\":\"who are you\"}"),
                json(403, "{\"message\":\"not yours\"}"),
                json(404, "{\"message\":\"no such thing\"}"),
                json(499, "{}"),
                json(500, "{\"message\":\"oops\"}"),
                json(599, "{}"),
                new StubConsole.Send(302, Map.of("Location", "https://elsewhere.example"), "moved"),
                new StubConsole.Send(429, Map.of(), "{\"message\":\"slow down\"}"));
        var once = get(RetryMode.NEVER);

        assertThat(failure(once)).isEqualTo(new UpstreamFailure.Unauthorized(401, "who are you"));
        assertThat(failure(once)).isEqualTo(new UpstreamFailure.Unauthorized(403, "not yours"));
        assertThat(failure(once)).isEqualTo(new UpstreamFailure.ClientError(404, "no such thing"));
        assertThat(failure(once)).isEqualTo(new UpstreamFailure.ClientError(499, ""));
        assertThat(failure(once)).isEqualTo(new UpstreamFailure.ServerError(500, "oops"));
        assertThat(failure(once)).isEqualTo(new UpstreamFailure.ServerError(599, ""));
        assertThat(failure(once)).isEqualTo(new UpstreamFailure.UnexpectedStatus(302, "redirects are not followed"));
        assertThat(failure(once)).isEqualTo(new UpstreamFailure.RateLimited(Optional.empty(), "slow down"));
    }

    @Test
    void anEchoedTokenIsRedactedFromTheQuotedMessage() {
        http();
        stub.answer(json(400, "{\"message\":\"bad token " + TOKEN + "\"}"));

        assertThat(failure(get(RetryMode.NEVER)).detail()).isEqualTo("bad token [REDACTED]");
    }

    @Test
    void aCallWhoseDeadlineHasPassedAsksNothing() {
        http();

        var thrown = org.assertj.core.api.Assertions.catchThrowableOfType(
                UpstreamException.class, () -> http.send(get(RetryMode.IDEMPOTENT), NOW));

        assertThat(thrown.failure())
                .isEqualTo(new UpstreamFailure.Timeout("no complete answer before the call's deadline"));
        assertThat(stub.requests()).isEmpty();
    }

    @Test
    void aCancelledCallAsksNothing() {
        http();
        Thread.currentThread().interrupt();

        assertThatThrownBy(() -> http.send(get(RetryMode.IDEMPOTENT), AN_HOUR_LATER))
                .isInstanceOf(InterruptedException.class);
        assertThat(Thread.interrupted()).as("the interrupt was consumed").isFalse();
        assertThat(stub.requests()).isEmpty();
    }
}
