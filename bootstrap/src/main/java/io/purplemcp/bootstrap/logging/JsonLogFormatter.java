package io.purplemcp.bootstrap.logging;

import java.util.List;
import java.util.logging.Formatter;
import java.util.logging.Level;
import java.util.logging.LogRecord;

/** The JDK's own log records (its HTTP server and client) as {@link JsonLogLine}s, levels named as slf4j's. */
public final class JsonLogFormatter extends Formatter {

    @Override
    public String format(LogRecord record) {
        return JsonLogLine.render(
                record.getInstant(),
                level(record.getLevel()),
                record.getLoggerName() == null ? "" : record.getLoggerName(),
                formatMessage(record),
                List.of(),
                record.getThrown());
    }

    private static String level(Level level) {
        int value = level.intValue();
        if (value >= Level.SEVERE.intValue()) {
            return "ERROR";
        }
        if (value >= Level.WARNING.intValue()) {
            return "WARN";
        }
        if (value >= Level.INFO.intValue()) {
            return "INFO";
        }
        return value >= Level.FINE.intValue() ? "DEBUG" : "TRACE";
    }
}
