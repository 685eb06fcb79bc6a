package io.purplemcp.adapters.sentinelone.findings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.purplemcp.testsupport.time.MovableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaCapabilitiesTest {

    @Test
    void remembersWhatIsMissingForAWhile() {
        var clock = new MovableClock(Instant.parse("2026-01-01T00:00:00Z"));
        var capabilities = new SchemaCapabilities(clock, Duration.ofMinutes(10));
        assertThat(capabilities.missing()).isEmpty();

        capabilities.markMissing(List.of("viewType"));
        clock.advance(Duration.ofMinutes(5));
        capabilities.markMissing(List.of("dataSources"));
        assertThat(capabilities.missing()).containsExactlyInAnyOrder("viewType", "dataSources");

        clock.advance(Duration.ofMinutes(5));
        assertThat(capabilities.missing()).containsExactly("dataSources");
        clock.advance(Duration.ofMinutes(5));
        assertThat(capabilities.missing()).isEmpty();
    }

    @Test
    void aZeroMemoryForgetsAtOnce() {
        var capabilities =
                new SchemaCapabilities(new MovableClock(Instant.parse("2026-01-01T00:00:00Z")), Duration.ZERO);
        capabilities.markMissing(List.of("viewType"));
        assertThat(capabilities.missing()).isEmpty();
        assertThatThrownBy(() -> new SchemaCapabilities(
                        new MovableClock(Instant.parse("2026-01-01T00:00:00Z")), Duration.ofSeconds(-1)))
                .hasMessage("the capability memory cannot be negative");
    }

    @Test
    void schemaErrorsNameTheirPartInQuotes() {
        assertThat(GraphQlFindings.names("Cannot query field \"viewType\" on type \"Query\"", "viewType"))
                .isTrue();
        assertThat(GraphQlFindings.names("Unknown argument 'viewType' on field", "viewType"))
                .isTrue();
        assertThat(GraphQlFindings.names("Unknown argument `viewType`", "viewType"))
                .isTrue();
        assertThat(GraphQlFindings.names("Unknown argument viewType", "viewType"))
                .isFalse();
        assertThat(GraphQlFindings.names("Cannot query field \"viewTypes\"", "viewType"))
                .isFalse();
        assertThat(GraphQlFindings.names("Cannot query field \"dataSources\" on type \"Alert\".", "dataSources"))
                .isTrue();
    }
}
