package io.purplemcp.adapters.mcp.http.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.purplemcp.ports.out.telemetry.TelemetryEvent.Outcome;
import io.purplemcp.ports.out.telemetry.TelemetryEvent.RequestFinished;
import io.purplemcp.ports.out.telemetry.TelemetryEvent.UpstreamCallFinished;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ServerMetricsTest {

    @Test
    void labelValuesComeFromClosedSets() {
        var metrics = new ServerMetrics(Set.of("get_alert"));
        metrics.record(request("tools/call", Optional.of("get_alert"), Outcome.SUCCEEDED, Optional.empty()));
        metrics.record(request("tools/call", Optional.of("x\"evil"), Outcome.FAILED, Optional.of("-32602")));
        metrics.record(request("made/up", Optional.empty(), Outcome.FAILED, Optional.of("-32601")));

        var text = metrics.scrape();

        assertThat(text)
                .contains("purplemcp_tool_call_duration_seconds_count{tool=\"get_alert\",outcome=\"ok\"} 1")
                .contains("purplemcp_tool_call_duration_seconds_count{tool=\"unknown\",outcome=\"error\"} 1")
                .contains("purplemcp_mcp_request_duration_seconds_count{method=\"other\",outcome=\"error\"} 1")
                .doesNotContain("evil")
                .doesNotContain("made/up");
    }

    @Test
    void upstreamExchangesAreTimedAndCountedByStatus() {
        var metrics = new ServerMetrics(Set.of());
        metrics.record(new UpstreamCallFinished("sdl.launch", 429, Duration.ofMillis(30), Optional.empty()));
        metrics.record(new UpstreamCallFinished("sdl.launch", 200, Duration.ofMillis(20), Optional.empty()));
        metrics.record(new UpstreamCallFinished("sdl.poll", 0, Duration.ofSeconds(2), Optional.empty()));

        assertThat(metrics.scrape())
                .contains("purplemcp_upstream_responses_total{operation=\"sdl.launch\",status=\"429\"} 1")
                .contains("purplemcp_upstream_responses_total{operation=\"sdl.poll\",status=\"0\"} 1")
                .contains("purplemcp_upstream_request_duration_seconds_count{operation=\"sdl.launch\"} 2");
    }

    @Test
    void refusalsAreNamedByStatus() {
        var metrics = new ServerMetrics(Set.of());
        metrics.rejected(503);
        metrics.rejected(429);
        metrics.rejected(403);
        metrics.rejected(418);

        assertThat(metrics.scrape())
                .contains("purplemcp_http_rejected_requests_total{reason=\"busy\",status=\"503\"} 1")
                .contains("purplemcp_http_rejected_requests_total{reason=\"rate_limited\",status=\"429\"} 1")
                .contains("purplemcp_http_rejected_requests_total{reason=\"forbidden\",status=\"403\"} 1")
                .contains("purplemcp_http_rejected_requests_total{reason=\"other\",status=\"418\"} 1");
    }

    private static RequestFinished request(
            String method, Optional<String> tool, Outcome outcome, Optional<String> errorType) {
        return new RequestFinished(
                method, tool, "1", Optional.empty(), Optional.empty(), outcome, errorType, Duration.ofMillis(5));
    }
}
