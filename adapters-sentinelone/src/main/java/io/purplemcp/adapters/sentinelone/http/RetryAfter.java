package io.purplemcp.adapters.sentinelone.http;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Reads a {@code Retry-After} header: delay seconds, or an HTTP date. */
final class RetryAfter {

    private RetryAfter() {}

    static Optional<Duration> parse(String value, Instant now) {
        if (value == null) {
            return Optional.empty();
        }
        var text = value.trim();
        if (!text.isEmpty() && text.length() <= 10 && text.chars().allMatch(Character::isDigit)) {
            return Optional.of(Duration.ofSeconds(Long.parseLong(text)));
        }
        try {
            var at = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toInstant();
            var wait = Duration.between(now, at);
            return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
