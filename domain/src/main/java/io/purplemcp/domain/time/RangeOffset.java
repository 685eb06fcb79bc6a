package io.purplemcp.domain.time;

import io.purplemcp.domain.tools.ToolFailure;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * How far a timestamp range reaches: a calendar part (years and months, whose length varies) and an
 * exact part (weeks down to seconds). The calendar part moves first and clamps the day to the end
 * of a shorter month, so 31 March minus one month is the last day of February.
 */
record RangeOffset(long years, long months, long weeks, long days, long hours, long minutes, long seconds) {

    private static final int FIRST_YEAR = 1;
    private static final int LAST_YEAR = 9999;

    /** The instant {@code base} moved by this offset, read in UTC; a {@link ToolFailure} beyond years 1-9999. */
    Instant applyTo(Instant base, Direction direction) {
        try {
            long calendarMonths = Math.addExact(Math.multiplyExact(years, 12), months);
            long exactSeconds = sum(
                    Math.multiplyExact(weeks, 7 * 86_400L),
                    Math.multiplyExact(days, 86_400L),
                    Math.multiplyExact(hours, 3_600L),
                    Math.multiplyExact(minutes, 60L),
                    seconds);
            var start = LocalDateTime.ofInstant(base, ZoneOffset.UTC);
            var moved = direction == Direction.FUTURE
                    ? start.plusMonths(calendarMonths).plusSeconds(exactSeconds)
                    : start.minusMonths(calendarMonths).minusSeconds(exactSeconds);
            if (moved.getYear() < FIRST_YEAR || moved.getYear() > LAST_YEAR) {
                throw outOfRange();
            }
            return moved.toInstant(ZoneOffset.UTC);
        } catch (ArithmeticException | DateTimeException overflow) {
            // Amounts this large are a mistake in the request, not in the server: say what to change.
            throw outOfRange();
        }
    }

    private static long sum(long... parts) {
        long total = 0;
        for (long part : parts) {
            total = Math.addExact(total, part);
        }
        return total;
    }

    private static ToolFailure outOfRange() {
        return new ToolFailure("The requested offset leads outside the supported years " + FIRST_YEAR + " to "
                + LAST_YEAR + ". Use smaller amounts or a different reference_time.");
    }
}
