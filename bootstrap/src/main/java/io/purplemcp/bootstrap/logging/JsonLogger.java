package io.purplemcp.bootstrap.logging;

import java.io.PrintStream;
import java.time.Instant;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.event.LoggingEvent;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;
import org.slf4j.spi.LoggingEventAware;

/**
 * An slf4j logger that writes {@link JsonLogLine}s. It is {@link LoggingEventAware}, so key-value pairs
 * given through the fluent API ({@code atInfo().addKeyValue(...)}) become JSON fields instead of text.
 */
final class JsonLogger extends LegacyAbstractLogger implements LoggingEventAware {

    private static final long serialVersionUID = 1L;

    private final transient Level threshold;
    private final transient Supplier<PrintStream> out;

    JsonLogger(String name, Level threshold, Supplier<PrintStream> out) {
        this.name = name;
        this.threshold = threshold;
        this.out = out;
    }

    @Override
    public void log(LoggingEvent event) {
        if (!enabled(event.getLevel())) {
            return;
        }
        var fields = new ArrayList<Map.Entry<String, Object>>();
        if (event.getKeyValuePairs() != null) {
            for (var pair : event.getKeyValuePairs()) {
                fields.add(new AbstractMap.SimpleImmutableEntry<>(pair.key, pair.value));
            }
        }
        var formatted = MessageFormatter.basicArrayFormat(event.getMessage(), event.getArgumentArray());
        write(event.getLevel(), formatted, fields, event.getThrowable());
    }

    @Override
    protected void handleNormalizedLoggingCall(
            Level level, Marker marker, String pattern, Object[] arguments, Throwable error) {
        write(level, MessageFormatter.basicArrayFormat(pattern, arguments), List.of(), error);
    }

    private void write(Level level, String message, List<Map.Entry<String, Object>> fields, Throwable error) {
        var line = JsonLogLine.render(Instant.now(), level.name(), name, message, fields, error);
        // One write per record, so concurrent records never interleave inside a line.
        var stream = out.get();
        stream.print(line);
        stream.flush();
    }

    private boolean enabled(Level level) {
        return level.toInt() >= threshold.toInt();
    }

    @Override
    protected String getFullyQualifiedCallerName() {
        return null;
    }

    @Override
    public boolean isTraceEnabled() {
        return enabled(Level.TRACE);
    }

    @Override
    public boolean isDebugEnabled() {
        return enabled(Level.DEBUG);
    }

    @Override
    public boolean isInfoEnabled() {
        return enabled(Level.INFO);
    }

    @Override
    public boolean isWarnEnabled() {
        return enabled(Level.WARN);
    }

    @Override
    public boolean isErrorEnabled() {
        return enabled(Level.ERROR);
    }
}
