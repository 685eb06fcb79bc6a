package io.purplemcp.bootstrap.config;

import java.util.List;
import java.util.Objects;

/** The outcome of {@link SettingsLoader#load}: valid settings, or every problem found. */
public sealed interface SettingsLoadResult {

    /** The configuration passed every rule. */
    record Valid(Settings settings) implements SettingsLoadResult {
        public Valid {
            Objects.requireNonNull(settings, "settings");
        }
    }

    /**
     * The configuration broke at least one rule.
     *
     * @param errors one message per problem, in a stable order; none contains a secret value
     */
    record Invalid(List<String> errors) implements SettingsLoadResult {
        public Invalid {
            errors = List.copyOf(errors);
            if (errors.isEmpty()) {
                throw new IllegalArgumentException("an invalid configuration has at least one error");
            }
        }

        /** All errors as one description, as printed after {@code ✗ Configuration error: }. */
        public String description() {
            if (errors.size() == 1) {
                return errors.get(0);
            }
            StringBuilder text = new StringBuilder().append(errors.size()).append(" problems found:");
            errors.forEach(error -> text.append("\n  - ").append(error));
            return text.toString();
        }
    }
}
