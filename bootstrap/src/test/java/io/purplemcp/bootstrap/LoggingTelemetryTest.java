package io.purplemcp.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.purplemcp.ports.telemetry.TelemetryEvent.Outcome;
import io.purplemcp.ports.telemetry.TelemetryEvent.ToolCallFinished;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;

class LoggingTelemetryTest {

    @Test
    void successesAreDebugAndEverythingElseInfo() {
        var log = new Recording();
        var telemetry = new LoggingTelemetry(log);

        telemetry.record(new ToolCallFinished("get_alert", Outcome.SUCCEEDED, Duration.ofMillis(12)));
        telemetry.record(new ToolCallFinished("powerquery", Outcome.CANCELLED, Duration.ofSeconds(3)));
        telemetry.record(new ToolCallFinished("get_alert", Outcome.FAILED, Duration.ofMillis(5)));

        assertThat(log.lines)
                .containsExactly(
                        "DEBUG tool call finished tool=get_alert outcome=succeeded duration_ms=12",
                        "INFO tool call finished tool=powerquery outcome=cancelled duration_ms=3000",
                        "INFO tool call finished tool=get_alert outcome=failed duration_ms=5");
    }

    /** Keeps each record as "LEVEL message"; every level enabled. */
    private static final class Recording extends LegacyAbstractLogger {

        private static final long serialVersionUID = 1L;

        final transient List<String> lines = new CopyOnWriteArrayList<>();

        @Override
        protected String getFullyQualifiedCallerName() {
            return null;
        }

        @Override
        protected void handleNormalizedLoggingCall(
                Level level, Marker marker, String pattern, Object[] arguments, Throwable throwable) {
            lines.add(level + " " + MessageFormatter.basicArrayFormat(pattern, arguments));
        }

        @Override
        public boolean isTraceEnabled() {
            return true;
        }

        @Override
        public boolean isDebugEnabled() {
            return true;
        }

        @Override
        public boolean isInfoEnabled() {
            return true;
        }

        @Override
        public boolean isWarnEnabled() {
            return true;
        }

        @Override
        public boolean isErrorEnabled() {
            return true;
        }
    }
}
