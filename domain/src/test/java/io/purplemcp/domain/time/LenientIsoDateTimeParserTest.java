package io.purplemcp.domain.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.purplemcp.domain.tools.ToolFailure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LenientIsoDateTimeParserTest {

    private static final long NOON = 1761825600000L; // 2025-10-30T12:00:00Z

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // Dates: extended, basic, week dates with and without a day, both layouts.
                "2025-10-30T12:00:00Z       | 1761825600000",
                "20251030T12:00:00Z         | 1761825600000",
                "2025-W44-4T12:00:00Z       | 1761825600000",
                "2025W444T120000Z           | 1761825600000",
                "2025-W44                   | 1761523200000",
                "2025W44                    | 1761523200000",
                "2020-W01-1                 | 1577664000000",
                "2026-W53-7                 | 1798934400000",
                "2009-W53-7                 | 1262476800000",
                "2024-02-29                 | 1709164800000",
                // Times: every length, both layouts, fractions with either mark, separators.
                "2025-10-30t12:00:00Z       | 1761825600000",
                "2025-10-30 12              | 1761825600000",
                "2025-10-30T12:34           | 1761827640000",
                "2025-10-30T1234            | 1761827640000",
                "2025-10-30T12:34:56        | 1761827696000",
                "2025-10-30T123456          | 1761827696000",
                "2025-10-30T12:34:56,789Z   | 1761827696789",
                "2025-10-30T123456.789Z     | 1761827696789",
                "2025-10-30T12:00:00.1Z     | 1761825600100",
                "2025-10-30T12:00:00.1234569Z | 1761825600123",
                "2025-10-30T12:00:00.999999999Z | 1761825600999",
                "2025-10-30T23:59:59        | 1761868799000",
                // Offsets: every layout, down to fractions of a second, both signs.
                "2025-10-30T17:00:00+05     | 1761825600000",
                "2025-10-30T17:30:00+0530   | 1761825600000",
                "2025-10-30T17:30:00+05:30  | 1761825600000",
                "2025-10-30T17:30:15+05:30:15 | 1761825600000",
                "2025-10-30T17:30:15+053015 | 1761825600000",
                "2025-10-30T17:30:15.5+05:30:15.5 | 1761825600000",
                "2025-10-30T17:30:15+05:30:15.000001 | 1761825599999",
                "2025-10-30T12:00:00-00:00  | 1761825600000",
                "2025-10-30T00:00:00-23:59  | 1761868740000",
                "2025-10-30T23:59:59+23:59:59 | 1761782400000",
                // Truncation toward zero, as the reference does, not flooring.
                "1969-12-31T23:59:59.9995Z  | 0",
                "1969-12-31T23:59:59.9985Z  | -1",
                "1969-12-31T23:59:59.999Z   | -1",
                // The whole calendar.
                "0001-01-01T00:00:00Z       | -62135596800000",
                "0001-W01-1                 | -62135596800000",
                "9999-12-31T23:59:59.999999Z | 253402300799999",
            })
    void readsEveryAcceptedLayout(String input, long millis) {
        assertThat(LenientIsoDateTimeParser.epochMillis(input)).isEqualTo(millis);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "''                         | the value is empty",
                "' 2025-10-30'              | leading or trailing whitespace is not allowed",
                "'2025-10-30T12:00:00Z '    | leading or trailing whitespace is not allowed",
                "'2025-10-30\t'             | leading or trailing whitespace is not allowed",
                "2025-304                   | the date must be YYYY-MM-DD, YYYYMMDD or a week date YYYY-Www-D",
                "2025304                    | the date must be YYYY-MM-DD, YYYYMMDD or a week date YYYY-Www-D",
                "2025-1030                  | the date must be YYYY-MM-DD, YYYYMMDD or a week date YYYY-Www-D",
                "2025-W444                  | the date must be YYYY-MM-DD, YYYYMMDD or a week date YYYY-Www-D",
                "10:30Z                     | the date must be YYYY-MM-DD, YYYYMMDD or a week date YYYY-Www-D",
                "2025-10-30Z                | the date must be YYYY-MM-DD, YYYYMMDD or a week date YYYY-Www-D",
                "2025-10-30+01:00           | the date must be YYYY-MM-DD, YYYYMMDD or a week date YYYY-Www-D",
                "0000-01-01                 | year 0000 is out of range (0001-9999)",
                "0000-W01-1                 | year 0000 is out of range (0001-9999)",
                "2025-00-10                 | month 0 is out of range (01-12)",
                "2025-13-10                 | month 13 is out of range (01-12)",
                "2025-02-29                 | day 29 does not exist in 2025-02",
                "2025-02-30T12:00:00Z       | day 30 does not exist in 2025-02",
                "2025-10-00                 | day 0 does not exist in 2025-10",
                "2025-10-32                 | day 32 does not exist in 2025-10",
                "2025-W00-1                 | week 0 does not exist in 2025 (01-52)",
                "2025-W53-1                 | week 53 does not exist in 2025 (01-52)",
                "2025-W01-0                 | day of week 0 is out of range (1-7)",
                "2025-W01-8                 | day of week 8 is out of range (1-7)",
                "2025-10-30T                | the time must be HH, HH:MM, HH:MM:SS or HHMMSS, with an optional fraction",
                "2025-10-30T1               | the time must be HH, HH:MM, HH:MM:SS or HHMMSS, with an optional fraction",
                "2025-10-30T12:30.5         | the time must be HH, HH:MM, HH:MM:SS or HHMMSS, with an optional fraction",
                "2025-10-30T12:3045         | the time must be HH, HH:MM, HH:MM:SS or HHMMSS, with an optional fraction",
                "2025-10-30T12:00:00.       | the time must be HH, HH:MM, HH:MM:SS or HHMMSS, with an optional fraction",
                "2025-10-30T12:00:00 Z      | the time must be HH, HH:MM, HH:MM:SS or HHMMSS, with an optional fraction",
                "2025-10-30TT12             | the time must be HH, HH:MM, HH:MM:SS or HHMMSS, with an optional fraction",
                "2025-10-30T24:00:00Z       | hour 24 of the time is out of range (00-23)",
                "2025-10-30T25:00:00Z       | hour 25 of the time is out of range (00-23)",
                "2025-10-30T12:60:00Z       | minute 60 of the time is out of range (00-59)",
                "2025-10-30T12:00:60Z       | second 60 of the time is out of range (00-59)",
                "2025-10-30T12:00:00+24:00  | hour 24 of the UTC offset is out of range (00-23)",
                "2025-10-30T12:00:00+05:60  | minute 60 of the UTC offset is out of range (00-59)",
                "2025-10-30T12:00:00+05:30:60 | second 60 of the UTC offset is out of range (00-59)",
                "2025-10-30T12:00:00+5      | the UTC offset must be HH, HH:MM, HH:MM:SS or HHMMSS, with an optional fraction",
                "2025-10-30T12:00:00+       | the UTC offset must be HH, HH:MM, HH:MM:SS or HHMMSS, with an optional fraction",
                "2025-10-30T12:00:00+05:30.5 | the UTC offset must be HH, HH:MM, HH:MM:SS or HHMMSS, with an optional fraction",
                "2025-10-30T12:00:00Z+01:00 | nothing may follow the zone designator Z",
                "2025-10-30T12:00:00zz      | nothing may follow the zone designator z",
            })
    void namesWhatIsWrong(String input, String detail) {
        assertThatThrownBy(() -> LenientIsoDateTimeParser.epochMillis(input))
                .isExactlyInstanceOf(ToolFailure.class)
                .hasMessage("Invalid ISO 8601 datetime format: '" + input
                        + "'. Expected format like '2025-10-30T12:00:00Z'. Error: " + detail);
    }

    @Test
    void treatsAMissingZoneAsUtc() {
        assertThat(LenientIsoDateTimeParser.epochMillis("2025-10-30T12:00:00")).isEqualTo(NOON);
        assertThat(LenientIsoDateTimeParser.epochMillis("2025-10-30T12:00:00Z")).isEqualTo(NOON);
    }

    @Test
    void needsAValue() {
        assertThatThrownBy(() -> LenientIsoDateTimeParser.epochMillis(null)).isInstanceOf(NullPointerException.class);
    }
}
