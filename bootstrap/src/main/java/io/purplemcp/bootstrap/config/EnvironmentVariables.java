package io.purplemcp.bootstrap.config;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A read-only view of the process environment with the lookup rules of the reference: names match
 * case-insensitively, and when several case variants exist the exact upper-case name wins (otherwise
 * the alphabetically first variant, so the choice never depends on map iteration order).
 *
 * <p>Only {@code PURPLEMCP_*} names can be asked for: unprefixed look-alikes such as {@code
 * SKIP_TLS_VERIFY} are never read, and this class makes reading them impossible by mistake.
 */
public final class EnvironmentVariables {

    private final Map<String, String> byUpperCaseName;

    private EnvironmentVariables(Map<String, String> byUpperCaseName) {
        this.byUpperCaseName = byUpperCaseName;
    }

    /** Indexes a snapshot of {@code environment}; later changes to the map are not seen. */
    public static EnvironmentVariables of(Map<String, String> environment) {
        Map<String, String> index = new HashMap<>();
        // Sorted iteration makes the "any one match" case deterministic.
        new TreeMap<>(environment).forEach((name, value) -> {
            if (name == null || value == null) {
                return;
            }
            String upper = name.toUpperCase(Locale.ROOT);
            if (name.equals(upper)) {
                index.put(upper, value);
            } else {
                index.putIfAbsent(upper, value);
            }
        });
        return new EnvironmentVariables(Map.copyOf(index));
    }

    public static EnvironmentVariables empty() {
        return new EnvironmentVariables(Map.of());
    }

    /** The raw value, possibly empty; empty Optional when the variable is absent. */
    public Optional<String> raw(String name) {
        if (!name.startsWith(EnvNames.PREFIX) || !name.equals(name.toUpperCase(Locale.ROOT))) {
            throw new IllegalArgumentException("only upper-case PURPLEMCP_* variables are read: " + name);
        }
        return Optional.ofNullable(byUpperCaseName.get(name));
    }

    /** The value when present and not empty; an empty value counts as "not provided". */
    public Optional<String> nonEmpty(String name) {
        return raw(name).filter(value -> !value.isEmpty());
    }
}
