package io.purplemcp.ports.out.telemetry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.purplemcp.ports.out.telemetry.TelemetryEvent.Outcome;
import io.purplemcp.ports.out.telemetry.TelemetryEvent.ToolCallFinished;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class TelemetryTest {

    @Test
    void aFinishedCallNeedsEveryFact() {
        var finished = new ToolCallFinished("t", Outcome.SUCCEEDED, Duration.ofMillis(3));

        assertThat(finished.tool()).isEqualTo("t");
        assertThat(finished.outcome()).isEqualTo(Outcome.SUCCEEDED);
        assertThat(finished.elapsed()).isEqualTo(Duration.ofMillis(3));
        assertThatThrownBy(() -> new ToolCallFinished(null, Outcome.FAILED, Duration.ZERO))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("tool");
        assertThatThrownBy(() -> new ToolCallFinished("t", null, Duration.ZERO))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("outcome");
        assertThatThrownBy(() -> new ToolCallFinished("t", Outcome.CANCELLED, null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("elapsed");
    }

    @Test
    void aCrashNamesTheToolAndKeepsTheError() {
        var error = new IllegalStateException("defect");
        var crashed = new TelemetryEvent.ToolCallCrashed("t", error);

        assertThat(crashed.tool()).isEqualTo("t");
        assertThat(crashed.error()).isSameAs(error);
        assertThatThrownBy(() -> new TelemetryEvent.ToolCallCrashed(null, error))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("tool");
        assertThatThrownBy(() -> new TelemetryEvent.ToolCallCrashed("t", null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("error");
    }

    @Test
    void noTelemetryAcceptsEverything() {
        assertThatCode(() -> Telemetry.none().record(new ToolCallFinished("t", Outcome.FAILED, Duration.ZERO)))
                .doesNotThrowAnyException();
    }
}
