package io.purplemcp.testsupport.logging;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;

/**
 * An slf4j logger with every level enabled that keeps each formatted record: handed to a class under
 * test directly, or made by {@link CapturedLogs} for every logger of a test run.
 */
public final class RecordingLogger extends LegacyAbstractLogger {

    private static final long serialVersionUID = 1L;

    private final transient List<LogEntry> entries = new CopyOnWriteArrayList<>();
    private final transient Consumer<LogEntry> alsoTo;

    public RecordingLogger(String name) {
        this(name, entry -> {});
    }

    RecordingLogger(String name, Consumer<LogEntry> alsoTo) {
        this.name = name;
        this.alsoTo = alsoTo;
    }

    public List<LogEntry> entries() {
        return List.copyOf(entries);
    }

    public List<String> messages() {
        return entries.stream().map(LogEntry::message).toList();
    }

    @Override
    protected String getFullyQualifiedCallerName() {
        return null;
    }

    @Override
    protected void handleNormalizedLoggingCall(
            Level level, Marker marker, String pattern, Object[] arguments, Throwable throwable) {
        var entry = new LogEntry(
                level,
                name,
                MessageFormatter.basicArrayFormat(pattern, arguments),
                throwable == null ? null : throwable.toString());
        entries.add(entry);
        alsoTo.accept(entry);
    }

    @Override
    public boolean isTraceEnabled() {
        return true;
    }

    @Override
    public boolean isDebugEnabled() {
        return true;
    }

    @Override
    public boolean isInfoEnabled() {
        return true;
    }

    @Override
    public boolean isWarnEnabled() {
        return true;
    }

    @Override
    public boolean isErrorEnabled() {
        return true;
    }
}
