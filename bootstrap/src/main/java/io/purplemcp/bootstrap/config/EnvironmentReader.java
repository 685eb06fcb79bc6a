package io.purplemcp.bootstrap.config;

import java.util.function.Consumer;

/** Reads one group of settings from the environment, reporting each bad value by its variable's name. */
abstract class EnvironmentReader {

    final EnvironmentVariables env;
    final Consumer<String> errors;

    EnvironmentReader(EnvironmentVariables env, Consumer<String> errors) {
        this.env = env;
        this.errors = errors;
    }

    /** A whole number from {@code min} to {@code max}; a bad value is reported by name and gives the default. */
    final long number(String variable, long defaultValue, long min, long max) {
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
