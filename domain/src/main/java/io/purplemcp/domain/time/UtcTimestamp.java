package io.purplemcp.domain.time;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The one layout timestamp ranges are written in: {@code YYYY-MM-DDTHH:MM:SS}, then six fraction
 * digits only when there are microseconds, then {@code Z}. It is exactly what the PowerQuery tool
 * reads back, and matches the reference tool's output character for character.
 */
final class UtcTimestamp {

    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss", Locale.ROOT);

    private UtcTimestamp() {}

    /** Formats an instant of years 1-9999; sub-microsecond digits are dropped. */
    static String format(Instant instant) {
        var local = LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
        var text = new StringBuilder(SECONDS.format(local));
        int micros = local.getNano() / 1_000;
        if (micros != 0) {
            text.append(String.format(Locale.ROOT, ".%06d", micros));
        }
        return text.append('Z').toString();
    }
}
