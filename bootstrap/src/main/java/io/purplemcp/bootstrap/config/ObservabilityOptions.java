package io.purplemcp.bootstrap.config;

import java.util.Objects;

/**
 * Logs and metrics.
 *
 * @param logFormat {@code PURPLEMCP_LOG_FORMAT}: text (default) or JSON lines on stderr
 * @param metrics {@code PURPLEMCP_METRICS}: serve {@code /metrics} on the HTTP transports (off by default;
 *     nothing is recorded when off)
 */
public record ObservabilityOptions(LogFormat logFormat, boolean metrics) {

    public ObservabilityOptions {
        Objects.requireNonNull(logFormat, "logFormat");
    }

    public static ObservabilityOptions defaults() {
        return new ObservabilityOptions(LogFormat.TEXT, false);
    }
}
