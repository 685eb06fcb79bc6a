package io.purplemcp.domain.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.purplemcp.domain.tools.ToolFailure;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ExplicitZoneDateTimeParserTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "2024-01-15T10:30:00Z           | 2024-01-15T10:30:00Z",
                "2024-01-15T10:30:00z           | 2024-01-15T10:30:00Z",
                "2024-01-15t10:30:00Z           | 2024-01-15T10:30:00Z",
                "2024-01-15 10:30:00Z           | 2024-01-15T10:30:00Z",
                "2024-01-15T10:30Z              | 2024-01-15T10:30:00Z",
                "2024-01-15T10:30:00+05:00      | 2024-01-15T05:30:00Z",
                "2024-01-15T10:30:00-08:00      | 2024-01-15T18:30:00Z",
                "2024-01-15T10:30:00+05:30      | 2024-01-15T05:00:00Z",
                "2024-01-15T10:30:00+0530       | 2024-01-15T05:00:00Z",
                "2024-01-15T10:30:00-08         | 2024-01-15T18:30:00Z",
                "2024-01-15T10:30:00-00:00      | 2024-01-15T10:30:00Z",
                "2024-01-15T10:30:00+23:59      | 2024-01-14T10:31:00Z",
                "2024-01-15T10:30:00-23:59      | 2024-01-16T10:29:00Z",
                "2024-01-15T10:30:00.123456Z    | 2024-01-15T10:30:00.123456Z",
                "2024-01-15T10:30:00.5Z         | 2024-01-15T10:30:00.500Z",
                "2024-01-15T10:30:00.123456789Z | 2024-01-15T10:30:00.123456Z",
                "2024-01-15T10:30:00 UTC        | 2024-01-15T10:30:00Z",
                "2024-01-15T10:30:00UTC         | 2024-01-15T10:30:00Z",
                "2024-01-15 10:30:00 GMT        | 2024-01-15T10:30:00Z",
                "2024-01-15 10:30 Z             | 2024-01-15T10:30:00Z",
                "2024-01-15T10:30:00 z          | 2024-01-15T10:30:00Z",
                "0001-01-01T00:00:00Z           | 0001-01-01T00:00:00Z",
                "9999-12-31T23:59:59.999999Z    | 9999-12-31T23:59:59.999999Z",
                "2024-02-29T23:59:59Z           | 2024-02-29T23:59:59Z",
            })
    void readsDateTimesWithAZone(String input, String instant) {
        assertThat(ExplicitZoneDateTimeParser.parse(input)).isEqualTo(Instant.parse(instant));
    }

    @Test
    void givesThePowerQueryMilliseconds() {
        assertThat(ExplicitZoneDateTimeParser.parse("2024-01-15T10:30:00+05:00").toEpochMilli())
                .isEqualTo(1705296600000L);
        assertThat(ExplicitZoneDateTimeParser.parse("2024-01-15T09:30:00Z").toEpochMilli())
                .isEqualTo(1705311000000L);
        assertThat(ExplicitZoneDateTimeParser.parse("2024-01-15T10:30:00.123+01:00")
                        .toEpochMilli())
                .isEqualTo(1705311000123L);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2024-01-15T10:30:00",
                "2025-01-15T14:30:25",
                "2025-01-15T14:30:25.123",
                "2024-01-15",
                "2024-01-15T10:30",
                "2024-01-15T10:30:00 EST",
                "2024-01-15T10:30:00PST",
                "2024-01-15 10:30:00 CEST",
                "2024-01-15T10:30:00 A"
            })
    void refusesAValueWithoutZone(String input) {
        assertThatThrownBy(() -> ExplicitZoneDateTimeParser.parse(input))
                .isExactlyInstanceOf(ToolFailure.class)
                .hasMessage("Timestamp must include explicit timezone information (e.g., 'Z' or '±HH:MM')."
                        + " Received naive timestamp: " + input);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "not-a-valid-datetime",
                "invalid",
                "2024-13-50T25:70:99Z",
                "2024-13-50T25:70:99",
                "2024-01-15Z",
                "2024-01-15 UTC",
                "1705314600",
                "10:30Z",
                "10:30:00+05:00",
                "0000-01-01T00:00:00Z",
                "2023-02-29T00:00:00Z",
                "2024-00-10T00:00:00Z",
                "2024-01-15T24:00:00Z",
                "2024-01-15T23:60:00Z",
                "2024-01-15T23:59:60Z",
                "2024-01-15T10:30:00+24:00",
                "2024-01-15T10:30:00+05:60",
                "2024-01-15T10:30:00+5",
                "2024-01-15T10:30:00+05:",
                "2024-01-15T10:30:00+05:30:00",
                "2024-01-15T10:30:00.Z",
                "2024-01-15T10:30:0Z",
                "2024-01-15T10Z",
                "2024-01-15T10:30:00 est",
                "2024-01-15T10:30:00 ABCDEF",
                "2024-01-15T10:30:00  UTC",
                "2024-01-15T10:30:00Z ",
                " 2024-01-15T10:30:00Z",
                "2024-01-15T10:30:00Z\n",
                "2024-1-15T10:30:00Z",
                "20240115T103000Z",
                "2024-01-15X10:30:00Z"
            })
    void refusesWhatItCannotRead(String input) {
        assertThatThrownBy(() -> ExplicitZoneDateTimeParser.parse(input))
                .isExactlyInstanceOf(ToolFailure.class)
                .hasMessage("Invalid ISO 8601 datetime string: " + input);
    }

    @Test
    void needsAValue() {
        assertThatThrownBy(() -> ExplicitZoneDateTimeParser.parse(null)).isInstanceOf(NullPointerException.class);
    }
}
