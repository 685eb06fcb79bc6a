package io.purplemcp.bootstrap.config;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** How log records are written to stderr ({@code PURPLEMCP_LOG_FORMAT}). */
public enum LogFormat {
    /** One human-readable line per record: time, level, logger, message, then {@code key=value} fields. */
    TEXT,
    /** One JSON object per line, for log shippers. */
    JSON;

    public static final String VALID = Arrays.stream(values())
            .map(format -> format.name().toLowerCase(Locale.ROOT))
            .collect(Collectors.joining(", "));

    /** Trimmed and case-insensitive; empty or unset means {@link #TEXT}; empty Optional for anything else. */
    public static Optional<LogFormat> parse(Optional<String> raw) {
        var value = raw.map(text -> text.trim().toLowerCase(Locale.ROOT)).orElse("");
        return switch (value) {
            case "", "text" -> Optional.of(TEXT);
            case "json" -> Optional.of(JSON);
            default -> Optional.empty();
        };
    }

    /**
     * The format to set logging up with before the configuration is validated: an invalid value falls
     * back to text here, and the configuration load then reports it.
     */
    public static LogFormat early(Map<String, String> environment) {
        return parse(EnvironmentVariables.of(environment).raw(EnvNames.LOG_FORMAT))
                .orElse(TEXT);
    }
}
