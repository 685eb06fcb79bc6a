package io.purplemcp.adapters.sentinelone.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.purplemcp.adapters.sentinelone.SentinelOneConsole;
import io.purplemcp.adapters.sentinelone.testing.SandboxFixture;
import io.purplemcp.ports.out.telemetry.TelemetryEvent;
import io.purplemcp.ports.out.telemetry.TelemetryEvent.UpstreamCallFinished;
import io.purplemcp.ports.out.telemetry.TraceContext;
import io.purplemcp.ports.out.telemetry.TraceScope;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The caller's trace context reaches the console as a traceparent of the same trace, over real HTTPS. */
class TracePropagationOverSandboxTest {

    private static final String TRACEPARENT = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01";

    private final SandboxFixture fixture = new SandboxFixture();
    private final List<TelemetryEvent> events = new CopyOnWriteArrayList<>();
    private final TraceScope traces = TraceScope.perThread();

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void aConsoleRequestMadeForATracedCallCarriesTheSameTraceWithItsOwnSpan() throws Exception {
        var caller = TraceContext.parse(TRACEPARENT, "vendor=abc").orElseThrow();
        try (var console = connect()) {
            var scope = traces.enter(caller);
            try {
                console.purpleAi().ask("What are STAR rules?", Instant.now().plus(Duration.ofSeconds(30)));
            } finally {
                scope.close();
            }
        }

        var request = fixture.sandbox.requests().get(0);
        var sent = TraceContext.parse(request.header("traceparent").orElseThrow(), null)
                .orElseThrow();
        assertThat(sent.traceId()).isEqualTo(caller.traceId());
        assertThat(sent.spanId()).isNotEqualTo(caller.spanId());
        assertThat(sent.flags()).isEqualTo("01");
        assertThat(request.header("tracestate")).contains("vendor=abc");
        var finished = events.stream()
                .filter(UpstreamCallFinished.class::isInstance)
                .map(UpstreamCallFinished.class::cast)
                .findFirst()
                .orElseThrow();
        assertThat(finished.status()).isEqualTo(200);
        assertThat(finished.trace())
                .hasValueSatisfying(span -> assertThat(span.spanId()).isEqualTo(sent.spanId()));
    }

    @Test
    void anUntracedCallSendsNoTraceparent() throws Exception {
        try (var console = connect()) {
            console.purpleAi().ask("What are STAR rules?", Instant.now().plus(Duration.ofSeconds(30)));
        }

        assertThat(fixture.sandbox.requests().get(0).header("traceparent")).isEmpty();
        assertThat(events).hasAtLeastOneElementOfType(UpstreamCallFinished.class);
    }

    private SentinelOneConsole connect() {
        return SentinelOneConsole.connect(fixture.settings(), new UpstreamObservation(events::add, traces));
    }
}
