package io.purplemcp.adapters.sentinelone.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.Logger;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;
import org.slf4j.helpers.NOPMDCAdapter;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * An slf4j backend for tests that keeps every record (all levels) in memory, so tests can check what
 * is and is not logged. Records are shared by all tests of the run: filter by something unique.
 */
public final class CapturedLogs implements SLF4JServiceProvider {

    /** One formatted log record. */
    public record Entry(Level level, String logger, String message, String throwable) {
        /** The message and the throwable text, everything that would reach a log file. */
        public String everything() {
            return message + (throwable == null ? "" : " " + throwable);
        }
    }

    private static final List<Entry> ENTRIES = new CopyOnWriteArrayList<>();

    private final IMarkerFactory markers = new BasicMarkerFactory();
    private final MDCAdapter mdc = new NOPMDCAdapter();
    private final ILoggerFactory loggers = CapturingLogger::new;

    public static List<Entry> entries() {
        return List.copyOf(ENTRIES);
    }

    @Override
    public ILoggerFactory getLoggerFactory() {
        return loggers;
    }

    @Override
    public IMarkerFactory getMarkerFactory() {
        return markers;
    }

    @Override
    public MDCAdapter getMDCAdapter() {
        return mdc;
    }

    @Override
    public String getRequestedApiVersion() {
        return "2.0.99";
    }

    @Override
    public void initialize() {}

    static final class CapturingLogger extends LegacyAbstractLogger {
        private static final long serialVersionUID = 1L;

        CapturingLogger(String name) {
            this.name = name;
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

        @Override
        protected String getFullyQualifiedCallerName() {
            return null;
        }

        @Override
        protected void handleNormalizedLoggingCall(
                Level level, Marker marker, String pattern, Object[] arguments, Throwable throwable) {
            var message = MessageFormatter.basicArrayFormat(pattern, arguments);
            ENTRIES.add(new Entry(level, name, message, throwable == null ? null : throwable.toString()));
        }
    }

    /** For {@link Logger} lookups in tests. */
    public static Logger logger(String name) {
        return org.slf4j.LoggerFactory.getLogger(name);
    }
}
