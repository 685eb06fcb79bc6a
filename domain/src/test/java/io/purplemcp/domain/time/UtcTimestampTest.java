package io.purplemcp.domain.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UtcTimestampTest {

    @ParameterizedTest
    @CsvSource({
        "2024-01-15T12:00:00Z, 2024-01-15T12:00:00Z",
        "2024-01-15T12:00:00.5Z, 2024-01-15T12:00:00.500000Z",
        "2024-01-15T12:00:00.000001Z, 2024-01-15T12:00:00.000001Z",
        "2024-01-15T12:00:00.000000999Z, 2024-01-15T12:00:00Z",
        "2024-01-15T12:00:00.123456789Z, 2024-01-15T12:00:00.123456Z",
        "0001-01-01T00:00:00Z, 0001-01-01T00:00:00Z",
        "0987-06-05T04:03:02Z, 0987-06-05T04:03:02Z",
        "9999-12-31T23:59:59.999999Z, 9999-12-31T23:59:59.999999Z",
    })
    void writesSecondsThenMicrosecondsOnlyWhenThereAreAny(String instant, String text) {
        assertThat(UtcTimestamp.format(Instant.parse(instant))).isEqualTo(text);
    }
}
