package io.purplemcp.bootstrap.config;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The boolean vocabulary shared by the command line and the configuration loader
 * (docs/decisions/0002-configuration-sources.md).
 */
public final class BooleanValues {

    public static final String RECOGNISED = "1, true, t, yes, y, on, 0, false, f, no, n, off";

    private static final Set<String> TRUE = Set.of("1", "true", "t", "yes", "y", "on");
    private static final Set<String> FALSE = Set.of("0", "false", "f", "no", "n", "off");

    private BooleanValues() {}

    /**
     * Parses after trimming, case-insensitively. Empty means "not provided".
     *
     * @throws IllegalArgumentException when the value is outside the vocabulary
     */
    public static Optional<Boolean> parse(String raw) {
        String value = raw.trim().toLowerCase(Locale.ROOT);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (TRUE.contains(value)) {
            return Optional.of(Boolean.TRUE);
        }
        if (FALSE.contains(value)) {
            return Optional.of(Boolean.FALSE);
        }
        throw new IllegalArgumentException("not a valid boolean");
    }
}
