package io.purplemcp.adapters.sentinelone.findings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaCapabilitiesTest {

    /** A clock the test moves. */
    static final class MovingClock extends Clock {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void remembersWhatIsMissingForAWhile() {
        var clock = new MovingClock();
        var capabilities = new SchemaCapabilities(clock, Duration.ofMinutes(10));
        assertThat(capabilities.missing()).isEmpty();

        capabilities.markMissing(List.of("viewType"));
        clock.now = clock.now.plus(Duration.ofMinutes(5));
        capabilities.markMissing(List.of("dataSources"));
        assertThat(capabilities.missing()).containsExactlyInAnyOrder("viewType", "dataSources");

        clock.now = clock.now.plus(Duration.ofMinutes(5));
        assertThat(capabilities.missing()).containsExactly("dataSources");
        clock.now = clock.now.plus(Duration.ofMinutes(5));
        assertThat(capabilities.missing()).isEmpty();
    }

    @Test
    void aZeroMemoryForgetsAtOnce() {
        var capabilities = new SchemaCapabilities(new MovingClock(), Duration.ZERO);
        capabilities.markMissing(List.of("viewType"));
        assertThat(capabilities.missing()).isEmpty();
        assertThatThrownBy(() -> new SchemaCapabilities(new MovingClock(), Duration.ofSeconds(-1)))
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
