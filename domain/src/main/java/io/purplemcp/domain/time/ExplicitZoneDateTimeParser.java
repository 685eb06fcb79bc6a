package io.purplemcp.domain.time;

import io.purplemcp.domain.tools.ToolFailure;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an ISO 8601 date and time that must name its zone, as the bounds of a PowerQuery and the
 * reference of a timestamp range do. Guessing a zone would silently move the window an analyst
 * asked for by hours, so a value without one is refused rather than read as UTC.
 *
 * <p>Accepted: {@code YYYY-MM-DD}, then {@code T}, {@code t} or a space, then {@code HH:MM} or
 * {@code HH:MM:SS} with an optional fraction of any length, then {@code Z}, {@code z},
 * {@code ±HH:MM}, {@code ±HHMM}, {@code ±HH}, or {@code UTC}/{@code GMT} (optionally after a
 * space). The instant keeps microseconds; further digits are dropped.
 */
public final class ExplicitZoneDateTimeParser {

    private static final Pattern DATE_TIME = Pattern.compile(
            "(\\d{4})-(\\d{2})-(\\d{2})(?:[Tt ](\\d{2}):(\\d{2})(?::(\\d{2})(?:\\.(\\d+))?)?(.*))?", Pattern.DOTALL);
    private static final Pattern OFFSET = Pattern.compile("([+-])(\\d{2})(?::?(\\d{2}))?");
    private static final Pattern UTC_NAME = Pattern.compile(" ?(?:Z|z|UTC|GMT)");
    // Other zone abbreviations are ambiguous (CST is three different zones); the reference dropped
    // them silently, which made the value naive, so they get the naive-value message.
    private static final Pattern ZONE_ABBREVIATION = Pattern.compile(" ?[A-Z]{1,5}");

    private ExplicitZoneDateTimeParser() {}

    /** The instant {@code raw} names, or a {@link ToolFailure} saying why it names none. */
    public static Instant parse(String raw) {
        Objects.requireNonNull(raw, "raw");
        Matcher fields = DATE_TIME.matcher(raw);
        if (!fields.matches()) {
            throw invalid(raw);
        }
        LocalDateTime local = localDateTime(fields, raw);
        String zone = fields.group(8);
        if (zone == null || zone.isEmpty() || isAbbreviation(zone)) {
            throw new ToolFailure("Timestamp must include explicit timezone information (e.g., 'Z' or '±HH:MM')."
                    + " Received naive timestamp: " + raw);
        }
        return local.toInstant(ZoneOffset.UTC).minusSeconds(offsetSeconds(zone, raw));
    }

    private static LocalDateTime localDateTime(Matcher fields, String raw) {
        int year = number(fields, 1);
        // Four digits cannot exceed 9999; year 0 does not exist in ISO 8601's everyday profile.
        if (year == 0) {
            throw invalid(raw);
        }
        try {
            return LocalDateTime.of(
                    year,
                    number(fields, 2),
                    number(fields, 3),
                    number(fields, 4),
                    number(fields, 5),
                    number(fields, 6),
                    Fraction.micros(fields.group(7)) * 1_000);
        } catch (DateTimeException outOfRange) {
            throw invalid(raw);
        }
    }

    private static boolean isAbbreviation(String zone) {
        return ZONE_ABBREVIATION.matcher(zone).matches()
                && !UTC_NAME.matcher(zone).matches();
    }

    private static long offsetSeconds(String zone, String raw) {
        if (UTC_NAME.matcher(zone).matches()) {
            return 0;
        }
        Matcher offset = OFFSET.matcher(zone);
        if (!offset.matches()) {
            throw invalid(raw);
        }
        int hours = Integer.parseInt(offset.group(2));
        int minutes = offset.group(3) == null ? 0 : Integer.parseInt(offset.group(3));
        if (hours > 23 || minutes > 59) {
            throw invalid(raw);
        }
        long seconds = hours * 3600L + minutes * 60L;
        return offset.group(1).equals("-") ? -seconds : seconds;
    }

    /** Parts the value leaves out (its seconds, or the whole time of a bare date) count as zero. */
    private static int number(Matcher fields, int group) {
        String digits = fields.group(group);
        return digits == null ? 0 : Integer.parseInt(digits);
    }

    private static ToolFailure invalid(String raw) {
        return new ToolFailure("Invalid ISO 8601 datetime string: " + raw);
    }
}
