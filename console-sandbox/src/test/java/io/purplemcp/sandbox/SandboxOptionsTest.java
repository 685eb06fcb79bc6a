package io.purplemcp.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SandboxOptionsTest {

    @Test
    void defaultsSuitTheDemo() {
        var options = SandboxOptions.defaults();

        assertThat(options.token()).isEqualTo(SandboxConsole.DEMO_TOKEN);
        assertThat(options.pollsToComplete()).isEqualTo(2);
        assertThat(options.slowDelay()).isGreaterThan(Duration.ofSeconds(120));
        assertThat(options.defaultRows()).isEqualTo(20);
        assertThat(options.maxRows()).isEqualTo(100_000);
        assertThat(options.missingSchemaFeatures()).isEmpty();
        assertThat(options.hasSchemaFeature(SchemaFeature.ALERTS_VIEW_TYPE)).isTrue();
    }

    @Test
    void canLeaveOutNewerFindingsSchemaFeatures() {
        var older = SandboxOptions.defaults()
                .withMissingSchemaFeatures(SchemaFeature.ALERTS_VIEW_TYPE, SchemaFeature.MISCONFIGURATIONS_VIEW_TYPE);

        assertThat(older.hasSchemaFeature(SchemaFeature.ALERTS_VIEW_TYPE)).isFalse();
        assertThat(older.hasSchemaFeature(SchemaFeature.ALERTS_DATA_SOURCES)).isTrue();
        assertThat(older.withToken("t").missingSchemaFeatures()).hasSize(2);
        assertThat(older.withMissingSchemaFeatures().missingSchemaFeatures()).isEmpty();
        assertThat(older.toString()).contains("MISCONFIGURATIONS_VIEW_TYPE");
    }

    @Test
    void withersChangeOneThingEach() {
        var options = SandboxOptions.defaults()
                .withToken("t")
                .withPollsToComplete(0)
                .withSlowDelay(Duration.ofMillis(5))
                .withMaxRows(10)
                .withDefaultRows(3)
                .withRequestLogCapacity(7);

        assertThat(options).isEqualTo(new SandboxOptions("t", 0, Duration.ofMillis(5), 3, 10, 7));
        assertThat(options.toString()).contains("token=***").doesNotContain("token=t,");
    }

    @Test
    void refusesNonsense() {
        var defaults = SandboxOptions.defaults();

        assertThatThrownBy(() -> defaults.withToken(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> defaults.withToken("a b")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> defaults.withPollsToComplete(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> defaults.withSlowDelay(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> defaults.withMaxRows(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> defaults.withDefaultRows(100_001)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> defaults.withRequestLogCapacity(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
