package io.purplemcp.testsupport.logging;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.helpers.NOPMDCAdapter;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * An slf4j backend for tests that keeps every record of every logger (all levels) in memory, so tests
 * can check what is and is not logged. A module opts in by naming this class in its test resources'
 * {@code META-INF/services/org.slf4j.spi.SLF4JServiceProvider}; test-support does not register it, so
 * modules that want a real backend keep theirs. Records are shared by all tests of the run: filter
 * by something unique.
 */
public final class CapturedLogs implements SLF4JServiceProvider {

    // slf4j instantiates the provider once per class loader; tests read what it kept without a handle on it.
    private static final List<LogEntry> ENTRIES = new CopyOnWriteArrayList<>();

    private final IMarkerFactory markers = new BasicMarkerFactory();
    private final MDCAdapter mdc = new NOPMDCAdapter();
    private final ConcurrentHashMap<String, RecordingLogger> loggers = new ConcurrentHashMap<>();
    private final ILoggerFactory factory =
            name -> loggers.computeIfAbsent(name, key -> new RecordingLogger(key, ENTRIES::add));

    public static List<LogEntry> entries() {
        return List.copyOf(ENTRIES);
    }

    @Override
    public ILoggerFactory getLoggerFactory() {
        return factory;
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
}
