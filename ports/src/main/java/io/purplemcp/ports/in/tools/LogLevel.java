package io.purplemcp.ports.in.tools;

import java.util.Locale;
import java.util.Optional;

/** Severity of a message for the client, least to most severe (the syslog order MCP uses). */
public enum LogLevel {
    DEBUG,
    INFO,
    NOTICE,
    WARNING,
    ERROR,
    CRITICAL,
    ALERT,
    EMERGENCY;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<LogLevel> fromWireName(String name) {
        for (var level : values()) {
            if (level.wireName().equals(name)) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }
}
