package io.purplemcp.bootstrap.config;

import java.util.function.Consumer;

/** Whole-number variables within a range; a bad value is reported by name and gives the default. */
final class WholeNumbers {

    private WholeNumbers() {}

    static long read(
            EnvironmentVariables env, Consumer<String> errors, String variable, long defaultValue, long min, long max) {
        var raw = env.nonEmpty(variable).map(String::trim);
        if (raw.isEmpty()) {
            return defaultValue;
        }
        try {
            long value = Long.parseLong(raw.get());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below like an out-of-range value
        }
        errors.accept(variable + " must be a whole number from " + min + " to " + max);
        return defaultValue;
    }
}
