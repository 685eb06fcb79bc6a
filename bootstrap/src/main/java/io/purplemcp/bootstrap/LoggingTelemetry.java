package io.purplemcp.bootstrap;

import io.purplemcp.ports.telemetry.Telemetry;
import io.purplemcp.ports.telemetry.TelemetryEvent;
import io.purplemcp.ports.telemetry.TelemetryEvent.Outcome;
import io.purplemcp.ports.telemetry.TelemetryEvent.ToolCallCrashed;
import io.purplemcp.ports.telemetry.TelemetryEvent.ToolCallFinished;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;

/**
 * The default telemetry: structured, argument-free log lines through slf4j (and so through redaction).
 * A call that succeeded is logged at DEBUG ({@code --verbose}): at INFO, formatting and writing its
 * line took about a tenth of the server's CPU under HTTP load, and flooded the log with routine.
 * Failures and cancellations stay at INFO.
 */
final class LoggingTelemetry implements Telemetry {

    private final Logger log;

    LoggingTelemetry() {
        this(LoggerFactory.getLogger("io.purplemcp.telemetry"));
    }

    LoggingTelemetry(Logger log) {
        this.log = log;
    }

    @Override
    public void record(TelemetryEvent event) {
        if (event instanceof ToolCallFinished finished) {
            var level = finished.outcome() == Outcome.SUCCEEDED ? Level.DEBUG : Level.INFO;
            if (log.isEnabledForLevel(level)) {
                log.atLevel(level)
                        .log(
                                "tool call finished tool={} outcome={} duration_ms={}",
                                finished.tool(),
                                finished.outcome().name().toLowerCase(Locale.ROOT),
                                finished.elapsed().toMillis());
            }
        } else if (event instanceof ToolCallCrashed crashed) {
            log.error("tool call crashed tool={}", crashed.tool(), crashed.error());
        }
    }
}
