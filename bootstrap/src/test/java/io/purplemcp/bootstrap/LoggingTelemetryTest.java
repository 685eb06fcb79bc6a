package io.purplemcp.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.purplemcp.ports.out.telemetry.TelemetryEvent.Outcome;
import io.purplemcp.ports.out.telemetry.TelemetryEvent.RequestFinished;
import io.purplemcp.ports.out.telemetry.TelemetryEvent.ToolCallFinished;
import io.purplemcp.ports.out.telemetry.TelemetryEvent.UpstreamCallFinished;
import io.purplemcp.ports.out.telemetry.TraceContext;
import io.purplemcp.testsupport.logging.RecordingLogger;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LoggingTelemetryTest {

    private static final Optional<TraceContext> TRACE =
            TraceContext.parse("00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01", null);

    @Test
    void successfulRequestsAreDebugAndEverythingElseInfo() {
        var log = new RecordingLogger("telemetry");
        var telemetry = new LoggingTelemetry(log, false);

        telemetry.record(request(Outcome.SUCCEEDED, Optional.empty(), Optional.of("get_alert")));
        telemetry.record(request(Outcome.CANCELLED, Optional.of("cancelled"), Optional.of("powerquery")));
        telemetry.record(request(Outcome.FAILED, Optional.of("-32601"), Optional.empty()));

        assertThat(log.entries().stream().map(entry -> entry.level() + " " + entry.message()))
                .containsExactly(
                        "DEBUG request finished mcp.method.name=tools/call gen_ai.tool.name=get_alert"
                                + " jsonrpc.request.id=7 mcp.session.id=3f2a9c01 outcome=succeeded duration_ms=12"
                                + " trace_id=0af7651916cd43dd8448eb211c80319c span_id=b7ad6b7169203331",
                        "INFO request finished mcp.method.name=tools/call gen_ai.tool.name=powerquery"
                                + " jsonrpc.request.id=7 mcp.session.id=3f2a9c01 outcome=cancelled"
                                + " error.type=cancelled duration_ms=12 trace_id=0af7651916cd43dd8448eb211c80319c"
                                + " span_id=b7ad6b7169203331",
                        "INFO request finished mcp.method.name=tools/call jsonrpc.request.id=7"
                                + " mcp.session.id=3f2a9c01 outcome=failed error.type=-32601 duration_ms=12"
                                + " trace_id=0af7651916cd43dd8448eb211c80319c span_id=b7ad6b7169203331");
    }

    @Test
    void toolCallsAreDebugOnlyAndConsoleTroubleIsInfo() {
        var log = new RecordingLogger("telemetry");
        var telemetry = new LoggingTelemetry(log, false);

        telemetry.record(new ToolCallFinished("get_alert", Outcome.FAILED, Duration.ofMillis(5)));
        telemetry.record(new UpstreamCallFinished("sdl.poll", 200, Duration.ofMillis(9), Optional.empty()));
        telemetry.record(new UpstreamCallFinished("sdl.launch", 429, Duration.ofMillis(8), TRACE));

        assertThat(log.entries().stream().map(entry -> entry.level() + " " + entry.message()))
                .containsExactly(
                        "DEBUG tool call finished tool=get_alert outcome=failed duration_ms=5",
                        "DEBUG console request finished upstream.operation=sdl.poll http.response.status_code=200"
                                + " duration_ms=9",
                        "INFO console request finished upstream.operation=sdl.launch http.response.status_code=429"
                                + " duration_ms=8 trace_id=0af7651916cd43dd8448eb211c80319c span_id=b7ad6b7169203331");
    }

    private static RequestFinished request(Outcome outcome, Optional<String> errorType, Optional<String> tool) {
        return new RequestFinished(
                "tools/call", tool, "7", Optional.of("3f2a9c01"), TRACE, outcome, errorType, Duration.ofMillis(12));
    }
}
