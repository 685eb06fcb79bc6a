package io.purplemcp.adapters.sentinelone.http;

import static io.purplemcp.adapters.sentinelone.testing.StubConsole.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.purplemcp.adapters.sentinelone.http.Exchange.RetryMode;
import io.purplemcp.adapters.sentinelone.testing.RecordingSleeper;
import io.purplemcp.adapters.sentinelone.testing.SettingsBuilder;
import io.purplemcp.adapters.sentinelone.testing.StubConsole;
import io.purplemcp.ports.out.telemetry.TelemetryEvent;
import io.purplemcp.ports.out.telemetry.TraceContext;
import io.purplemcp.ports.out.telemetry.TraceScope;
import io.purplemcp.ports.out.upstream.UpstreamException;
import io.purplemcp.ports.out.upstream.UpstreamFailure;
import io.purplemcp.testsupport.logging.CapturedLogs;
import io.purplemcp.testsupport.logging.LogEntry;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.event.Level;

/**
 * What each console exchange leaves behind, driven directly against a scripted console: its debug lines
 * (timings in milliseconds, payloads only when asked for), the TLS-bypass warning, its telemetry event,
 * the trace header it carries, and how a dropped connection is retried or reported. Each test labels its
 * exchanges uniquely, since the captured log is shared by the whole run.
 */
class UpstreamExchangeTraceTest {

    static final String TOKEN = "trace-token-5d1e07";
    static final Instant NOW = Instant.parse("2026-12-05T12:00:00Z");
    static final Instant DEADLINE = NOW.plusSeconds(60);
    static final Pattern MILLIS = Pattern.compile(" in (\\d+) ms| after (\\d+) ms");

    final StubConsole stub = new StubConsole();
    final RecordingSleeper sleeper = new RecordingSleeper();
    final List<TelemetryEvent> events = new CopyOnWriteArrayList<>();
    final TraceScope traces = TraceScope.perThread();
    final String label = "trace." + UUID.randomUUID();
    UpstreamHttp http;

    @AfterEach
    void close() {
        stub.close();
    }

    UpstreamHttp http(UnaryOperator<SettingsBuilder> change) {
        http = stub.client(
                TOKEN, change, sleeper, Clock.fixed(NOW, ZoneOffset.UTC), new UpstreamObservation(events::add, traces));
        return http;
    }

    Exchange post(String body, RetryMode mode) {
        return new Exchange(
                label,
                "POST",
                URI.create(stub.baseUrl() + "/x"),
                Map.of(),
                Optional.of(body.getBytes(StandardCharsets.UTF_8)),
                mode,
                Duration.ofSeconds(10),
                Optional.empty());
    }

    Exchange get(String path) {
        return new Exchange(
                label,
                "GET",
                URI.create(stub.baseUrl() + path),
                Map.of(),
                Optional.empty(),
                RetryMode.NEVER,
                Duration.ofSeconds(10),
                Optional.empty());
    }

    List<LogEntry> logsOfThisExchange() {
        return CapturedLogs.entries().stream()
                .filter(e -> e.message().contains(label))
                .toList();
    }

    /** The exchange's line gives its duration in milliseconds, and a plausible one. */
    static void assertMillisecondsIn(LogEntry entry) {
        var matcher = MILLIS.matcher(entry.message());
        assertThat(matcher.find()).as("a duration in %s", entry.message()).isTrue();
        long millis = Long.parseLong(matcher.group(1) != null ? matcher.group(1) : matcher.group(2));
        assertThat(millis).isBetween(0L, 60_000L);
    }

    UpstreamFailure failure(Exchange exchange, Instant deadline) {
        var thrown = org.assertj.core.api.Assertions.catchThrowableOfType(
                UpstreamException.class, () -> http.send(exchange, deadline));
        assertThat(thrown).as("the send failed").isNotNull();
        return thrown.failure();
    }

    @Test
    void eachAnswerIsLoggedWithItsStatusAndMillisecondsButNoPayloadUnlessAskedFor() throws Exception {
        http(UnaryOperator.identity());
        stub.answer(json(200, "{\"answer\":\"secret-ish\"}"));

        http.send(post("{\"question\":1}", RetryMode.NEVER), DEADLINE);

        var logs = logsOfThisExchange();
        assertThat(logs).singleElement().satisfies(entry -> {
            assertThat(entry.level()).isEqualTo(Level.DEBUG);
            assertThat(entry.message()).contains("POST /x -> 200 in ").endsWith("attempt 1");
            assertMillisecondsIn(entry);
        });
        assertThat(logs).noneMatch(e -> e.message().contains("payload="));
    }

    @Test
    void payloadLoggingShowsWhatWasSentAndWhatCameBack() throws Exception {
        http(s -> s.withLogPayloads(true));
        stub.answer(json(200, "{\"answer\":42}"));

        http.send(post("{\"question\":1}", RetryMode.NEVER), DEADLINE);

        assertThat(logsOfThisExchange())
                .anyMatch(e -> e.message().equals("upstream " + label + " request payload={\"question\":1}"))
                .anyMatch(e -> e.message().equals("upstream " + label + " response payload={\"answer\":42}"));
    }

    @Test
    void skippingVerificationWarnsOnEveryRequestAndVerifyingDoesNot() throws Exception {
        http(s -> s.withTls(new TlsSettings(true, "dev", EnvironmentClass.DEVELOPMENT, Optional.empty())));
        stub.answer(json(200, "{}"), json(200, "{}"));
        var exchange = get("/bypass-" + label);

        http.send(exchange, DEADLINE);
        http.send(exchange, DEADLINE);

        assertThat(CapturedLogs.entries())
                .filteredOn(e -> e.message().equals("TLS bypass request made method=GET path=/bypass-" + label))
                .hasSize(2)
                .allMatch(e -> e.level() == Level.WARN && e.logger().equals("purple_mcp.security.tls"));
    }

    @Test
    void aVerifiedRequestMakesNoBypassWarning() throws Exception {
        http(UnaryOperator.identity());
        stub.answer(json(200, "{}"));
        var exchange = get("/verified-" + label);

        http.send(exchange, DEADLINE);

        assertThat(CapturedLogs.entries())
                .noneMatch(e ->
                        e.message().contains("/verified-" + label) && e.logger().equals("purple_mcp.security.tls"));
    }

    @Test
    void eachExchangeReportsItsStatusAndDurationAndCarriesTheCallersTrace() throws Exception {
        http(UnaryOperator.identity());
        stub.answer(json(404, "{}"), json(200, "{}"));
        var caller = TraceContext.parse("00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01", "vendor=x")
                .orElseThrow();

        var scope = traces.enter(caller);
        try {
            failure(post("{}", RetryMode.NEVER), DEADLINE);
            http.send(post("{}", RetryMode.NEVER), DEADLINE);
        } finally {
            scope.close();
        }

        assertThat(events).hasSize(2).allSatisfy(event -> {
            var finished = (TelemetryEvent.UpstreamCallFinished) event;
            assertThat(finished.api()).isEqualTo(label);
            assertThat(finished.elapsed()).isBetween(Duration.ZERO, Duration.ofSeconds(60));
            assertThat(finished.trace()).hasValueSatisfying(span -> {
                assertThat(span.traceId()).isEqualTo(caller.traceId());
                assertThat(span.spanId()).isNotEqualTo(caller.spanId());
            });
        });
        assertThat(events)
                .map(e -> ((TelemetryEvent.UpstreamCallFinished) e).status())
                .containsExactly(404, 200);
        assertThat(stub.requests()).allSatisfy(request -> {
            assertThat(request.header("traceparent"))
                    .hasValueSatisfying(header -> assertThat(header)
                            .startsWith("00-" + caller.traceId() + "-")
                            .doesNotContain(caller.spanId()));
            assertThat(request.header("tracestate")).contains("vendor=x");
        });
    }

    @Test
    void withoutACallersTraceNoTraceHeaderIsSent() throws Exception {
        http(UnaryOperator.identity());
        stub.answer(json(200, "{}"));

        http.send(post("{}", RetryMode.NEVER), DEADLINE);

        assertThat(stub.only().header("traceparent")).isEmpty();
        assertThat(((TelemetryEvent.UpstreamCallFinished) events.get(0)).trace())
                .isEmpty();
    }

    @Test
    void aDroppedConnectionIsRetriedForAReadAndReportedForAOneShotRequest() throws Exception {
        http(UnaryOperator.identity());
        stub.answer(StubConsole.reset(), json(200, "{\"ok\":true}"), StubConsole.reset());

        var read = http.send(post("{}", RetryMode.IDEMPOTENT), DEADLINE);
        assertThat(read.status()).isEqualTo(200);
        assertThat(sleeper.pauses()).hasSize(1);

        assertThat(failure(post("{}", RetryMode.NEVER), DEADLINE)).isInstanceOf(UpstreamFailure.Transport.class);
        assertThat(stub.requests()).hasSize(3);
        assertThat(events)
                .map(e -> ((TelemetryEvent.UpstreamCallFinished) e).status())
                .containsExactly(0, 200, 0);
        assertThat(logsOfThisExchange())
                .filteredOn(e -> e.message().contains(" failed ("))
                .hasSize(2)
                .allSatisfy(UpstreamExchangeTraceTest::assertMillisecondsIn);
    }

    @Test
    void anAnswerThatArrivesAfterTheCallerGaveUpStillReachesTheExchangesHandler() throws Exception {
        http(UnaryOperator.identity());
        stub.answer(new StubConsole.Late(Duration.ofMillis(600), json(200, "{\"late\":true}")));
        var late = new CompletableFuture<Response>();
        var exchange = new Exchange(
                label,
                "POST",
                URI.create(stub.baseUrl() + "/x"),
                Map.of(),
                Optional.of("{}".getBytes(StandardCharsets.UTF_8)),
                RetryMode.NEVER,
                Duration.ofMillis(200),
                Optional.of(late::complete));

        assertThat(failure(exchange, DEADLINE))
                .as("the caller stopped waiting")
                .isInstanceOf(UpstreamFailure.Timeout.class);
        assertThat(late.get(30, TimeUnit.SECONDS).status()).isEqualTo(200);
    }

    @Test
    void aCallWhoseDeadlineIsAlreadyBehindItAsksNothing() {
        http(UnaryOperator.identity());

        assertThat(failure(post("{}", RetryMode.IDEMPOTENT), NOW.minusSeconds(1)))
                .isEqualTo(new UpstreamFailure.Timeout("no complete answer before the call's deadline"));
        assertThat(stub.requests()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 300, 399, 600, 999})
    void statusesAtTheEdgesOfEachClassAreNamedForTheirClass(int status) {
        http(UnaryOperator.identity());
        stub.answer(json(status, "{\"message\":\"edge\"}"));

        var expected = status == 400
                ? new UpstreamFailure.ClientError(400, "edge")
                : status < 400
                        ? new UpstreamFailure.UnexpectedStatus(status, "redirects are not followed")
                        : new UpstreamFailure.MalformedResponse("the console answered with status " + status);
        assertThat(failure(post("{}", RetryMode.NEVER), DEADLINE)).isEqualTo(expected);
    }

    @Test
    void aFireAndForgetRequestLogsItsOutcomeWithItsDuration() throws Exception {
        http(UnaryOperator.identity());
        stub.answer(json(204, ""), StubConsole.reset());

        http.sendAndForget(post("{}", RetryMode.NEVER));
        assertThat(http.awaitPending(Duration.ofSeconds(30))).isTrue();
        http.sendAndForget(post("{}", RetryMode.NEVER));
        assertThat(http.awaitPending(Duration.ofSeconds(30))).isTrue();

        var logs = logsOfThisExchange();
        assertThat(logs)
                .filteredOn(e -> e.level() == Level.DEBUG)
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.message()).contains("POST /x -> 204 in ");
                    assertMillisecondsIn(e);
                });
        assertThat(logs)
                .filteredOn(e -> e.level() == Level.WARN)
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.message())
                            .startsWith("upstream " + label + " POST failed after ")
                            .contains("error=");
                    assertThat(e.message()).doesNotContain("error=CompletionException");
                    assertMillisecondsIn(e);
                });
    }
}
