package io.purplemcp.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.purplemcp.ports.telemetry.TelemetryEvent.Outcome;
import io.purplemcp.ports.telemetry.TelemetryEvent.ToolCallFinished;
import io.purplemcp.testsupport.logging.RecordingLogger;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class LoggingTelemetryTest {

    @Test
    void successesAreDebugAndEverythingElseInfo() {
        var log = new RecordingLogger("telemetry");
        var telemetry = new LoggingTelemetry(log);

        telemetry.record(new ToolCallFinished("get_alert", Outcome.SUCCEEDED, Duration.ofMillis(12)));
        telemetry.record(new ToolCallFinished("powerquery", Outcome.CANCELLED, Duration.ofSeconds(3)));
        telemetry.record(new ToolCallFinished("get_alert", Outcome.FAILED, Duration.ofMillis(5)));

        assertThat(log.entries().stream().map(entry -> entry.level() + " " + entry.message()))
                .containsExactly(
                        "DEBUG tool call finished tool=get_alert outcome=succeeded duration_ms=12",
                        "INFO tool call finished tool=powerquery outcome=cancelled duration_ms=3000",
                        "INFO tool call finished tool=get_alert outcome=failed duration_ms=5");
    }
}
