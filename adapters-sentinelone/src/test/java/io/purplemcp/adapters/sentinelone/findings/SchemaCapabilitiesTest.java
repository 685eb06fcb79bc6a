package io.purplemcp.adapters.sentinelone.findings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.purplemcp.testsupport.time.MovableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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

    @ParameterizedTest(name = "{0} names {1}: {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            Cannot query field "viewType" on type "Query"     | viewType    | true
            Unknown argument 'viewType' on field               | viewType    | true
            Unknown argument `viewType`                        | viewType    | true
            Unknown argument viewType                          | viewType    | false
            Cannot query field "viewTypes"                     | viewType    | false
            Cannot query field "dataSources" on type "Alert". | dataSources | true
            """)
    void schemaErrorsNameTheirPartInQuotes(String message, String part, boolean named) {
        assertThat(GraphQlFindings.names(message, part)).isEqualTo(named);
    }
}
