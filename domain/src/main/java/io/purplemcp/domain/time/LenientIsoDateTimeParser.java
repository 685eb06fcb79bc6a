package io.purplemcp.domain.time;

import io.purplemcp.domain.tools.ToolFailure;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the ISO 8601 values {@code iso_to_unix_timestamp} converts. It keeps the reference tool's
 * reach, so clients that relied on it keep working: extended and basic dates, ISO week dates, times
 * down to the hour, offsets down to the second, and no zone at all, which means UTC. Ordinal dates,
 * surrounding whitespace and impossible values (hour 24, second 60, 30 February) are refused.
 */
public final class LenientIsoDateTimeParser {

    // No date layout contains a separator character and no time layout a zone character, so the
    // first such character splits the text; what lies on either side is then checked on its own.
    private static final Pattern DATE_THEN_TIME = Pattern.compile("([^Tt ]*)(?:[Tt ](.*))?", Pattern.DOTALL);
    private static final Pattern TIME_THEN_ZONE = Pattern.compile("([^Zz+-]*)(.*)", Pattern.DOTALL);
    private static final Pattern CALENDAR_EXTENDED = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern CALENDAR_BASIC = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern WEEK_EXTENDED = Pattern.compile("(\\d{4})-W(\\d{2})(?:-(\\d))?");
    private static final Pattern WEEK_BASIC = Pattern.compile("(\\d{4})W(\\d{2})(\\d)?");
    // Times and offsets share one layout; a fraction only ever follows seconds.
    private static final Pattern CLOCK_EXTENDED =
            Pattern.compile("(\\d{2})(?::(\\d{2})(?::(\\d{2})(?:[.,](\\d+))?)?)?");
    private static final Pattern CLOCK_BASIC = Pattern.compile("(\\d{2})(?:(\\d{2})(?:(\\d{2})(?:[.,](\\d+))?)?)?");

    private static final long MICROS_PER_SECOND = 1_000_000L;
    private static final long MICROS_PER_DAY = 86_400L * MICROS_PER_SECOND;

    private final String raw;

    private LenientIsoDateTimeParser(String raw) {
        this.raw = raw;
    }

    /**
     * Milliseconds since the epoch, truncated toward zero like the reference (so half a millisecond
     * before 1970 is 0, not -1), or a {@link ToolFailure} naming what does not fit.
     */
    public static long epochMillis(String raw) {
        Objects.requireNonNull(raw, "raw");
        return new LenientIsoDateTimeParser(raw).epochMicros() / 1_000;
    }

    private long epochMicros() {
        if (raw.isEmpty()) {
            throw reject("the value is empty");
        }
        if (raw.strip().length() != raw.length()) {
            throw reject("leading or trailing whitespace is not allowed");
        }
        Matcher dateThenTime = DATE_THEN_TIME.matcher(raw);
        dateThenTime.matches(); // always true: the pattern accepts any text
        long dayMicros = date(dateThenTime.group(1)).toEpochDay() * MICROS_PER_DAY;
        String rest = dateThenTime.group(2);
        if (rest == null) {
            return dayMicros;
        }
        Matcher timeThenZone = TIME_THEN_ZONE.matcher(rest);
        timeThenZone.matches(); // always true, as above
        long timeMicros = clockMicros(timeThenZone.group(1), "time");
        String zone = timeThenZone.group(2);
        long offsetMicros = zone.isEmpty() ? 0 : offsetMicros(zone);
        return dayMicros + timeMicros - offsetMicros;
    }

    private LocalDate date(String text) {
        Matcher calendar = CALENDAR_EXTENDED.matcher(text);
        if (calendar.matches() || (calendar = CALENDAR_BASIC.matcher(text)).matches()) {
            return calendarDate(year(calendar), number(calendar, 2), number(calendar, 3));
        }
        Matcher week = WEEK_EXTENDED.matcher(text);
        if (week.matches() || (week = WEEK_BASIC.matcher(text)).matches()) {
            return weekDate(year(week), number(week, 2), week.group(3) == null ? 1 : number(week, 3));
        }
        throw reject("the date must be YYYY-MM-DD, YYYYMMDD or a week date YYYY-Www-D");
    }

    private int year(Matcher date) {
        int year = number(date, 1);
        if (year == 0) {
            throw reject("year 0000 is out of range (0001-9999)");
        }
        return year;
    }

    private LocalDate calendarDate(int year, int month, int day) {
        if (month < 1 || month > 12) {
            throw reject("month " + month + " is out of range (01-12)");
        }
        var yearMonth = YearMonth.of(year, month);
        if (!yearMonth.isValidDay(day)) {
            throw reject("day " + day + " does not exist in " + yearMonth);
        }
        return yearMonth.atDay(day);
    }

    private LocalDate weekDate(int year, int week, int dayOfWeek) {
        // 28 December always lies in the last ISO week of its year, so it tells 52 from 53 weeks.
        int weeks = LocalDate.of(year, 12, 28).get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        if (week < 1 || week > weeks) {
            throw reject("week " + week + " does not exist in " + year + " (01-" + weeks + ")");
        }
        if (dayOfWeek < 1 || dayOfWeek > 7) {
            throw reject("day of week " + dayOfWeek + " is out of range (1-7)");
        }
        // 4 January always lies in week 1; its Monday starts the week-based year.
        var january4 = LocalDate.of(year, 1, 4);
        var firstMonday = january4.minusDays(january4.getDayOfWeek().getValue() - 1L);
        return firstMonday.plusWeeks(week - 1L).plusDays(dayOfWeek - 1L);
    }

    private long offsetMicros(String zone) {
        char sign = zone.charAt(0);
        if (sign == 'Z' || sign == 'z') {
            if (zone.length() != 1) {
                throw reject("nothing may follow the zone designator " + sign);
            }
            return 0;
        }
        long magnitude = clockMicros(zone.substring(1), "UTC offset");
        return sign == '-' ? -magnitude : magnitude;
    }

    private long clockMicros(String text, String what) {
        Matcher clock = CLOCK_EXTENDED.matcher(text);
        if (!clock.matches() && !(clock = CLOCK_BASIC.matcher(text)).matches()) {
            throw reject("the " + what + " must be HH, HH:MM, HH:MM:SS or HHMMSS, with an optional fraction");
        }
        int hour = number(clock, 1);
        int minute = number(clock, 2);
        int second = number(clock, 3);
        checkRange(hour, 23, "hour", what);
        checkRange(minute, 59, "minute", what);
        checkRange(second, 59, "second", what);
        return (hour * 3600L + minute * 60L + second) * MICROS_PER_SECOND + Fraction.micros(clock.group(4));
    }

    private void checkRange(int value, int max, String field, String what) {
        if (value > max) {
            throw reject(field + " " + value + " of the " + what + " is out of range (00-" + max + ")");
        }
    }

    private static int number(Matcher matcher, int group) {
        String digits = matcher.group(group);
        return digits == null ? 0 : Integer.parseInt(digits);
    }

    private ToolFailure reject(String detail) {
        return new ToolFailure("Invalid ISO 8601 datetime format: '" + raw
                + "'. Expected format like '2025-10-30T12:00:00Z'. Error: " + detail);
    }
}
