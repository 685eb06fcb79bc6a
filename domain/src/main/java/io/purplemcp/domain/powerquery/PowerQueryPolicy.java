package io.purplemcp.domain.powerquery;

import java.time.Duration;
import java.util.Objects;

/**
 * The limits of one {@code powerquery} call.
 *
 * @param deadline the whole call, launch to last poll; no retry extends it
 * @param firstPollDelay the pause before the first poll; each later pause doubles, up to {@code maxPollDelay}
 * @param maxPollDelay the longest pause between two polls
 * @param rowCap rows kept at most; rows beyond it are counted as truncated
 * @param rowsShown rows written into the result text; the rest are counted
 */
public record PowerQueryPolicy(
        Duration deadline, Duration firstPollDelay, Duration maxPollDelay, int rowCap, int rowsShown) {

    public static final PowerQueryPolicy DEFAULT =
            new PowerQueryPolicy(Duration.ofMinutes(5), Duration.ofMillis(100), Duration.ofSeconds(1), 10_000, 100);

    public PowerQueryPolicy {
        requirePositive(deadline, "deadline");
        requirePositive(firstPollDelay, "firstPollDelay");
        requirePositive(maxPollDelay, "maxPollDelay");
        if (maxPollDelay.compareTo(firstPollDelay) < 0) {
            throw new IllegalArgumentException("maxPollDelay is at least firstPollDelay");
        }
        if (rowCap < 1 || rowsShown < 1 || rowsShown > rowCap) {
            throw new IllegalArgumentException("need 1 <= rowsShown <= rowCap");
        }
    }

    /** The default policy with another deadline. */
    public PowerQueryPolicy withDeadline(Duration newDeadline) {
        return new PowerQueryPolicy(newDeadline, firstPollDelay, maxPollDelay, rowCap, rowsShown);
    }

    private static void requirePositive(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }
}
