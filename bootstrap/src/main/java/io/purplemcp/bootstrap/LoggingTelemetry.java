package io.purplemcp.bootstrap;

import io.purplemcp.ports.telemetry.Telemetry;
import io.purplemcp.ports.telemetry.TelemetryEvent;
import io.purplemcp.ports.telemetry.TelemetryEvent.ToolCallCrashed;
import io.purplemcp.ports.telemetry.TelemetryEvent.ToolCallFinished;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The default telemetry: structured, argument-free log lines through slf4j (and so through redaction). */
final class LoggingTelemetry implements Telemetry {

    private static final Logger LOG = LoggerFactory.getLogger("io.purplemcp.telemetry");

    @Override
    public void record(TelemetryEvent event) {
        if (event instanceof ToolCallFinished finished) {
            LOG.info(
                    "tool call finished tool={} outcome={} duration_ms={}",
                    finished.tool(),
                    finished.outcome().name().toLowerCase(java.util.Locale.ROOT),
                    finished.elapsed().toMillis());
        } else if (event instanceof ToolCallCrashed crashed) {
            LOG.error("tool call crashed tool={}", crashed.tool(), crashed.error());
        }
    }
}
