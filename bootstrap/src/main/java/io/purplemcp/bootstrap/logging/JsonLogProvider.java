package io.purplemcp.bootstrap.logging;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.event.Level;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.helpers.NOPMDCAdapter;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * The slf4j binding for {@code PURPLEMCP_LOG_FORMAT=json}. slf4j instantiates it by name when the
 * {@code slf4j.provider} system property names it ({@link LoggingSetup} sets that), so in text mode it is
 * never loaded and slf4j-simple stays the only binding. Like slf4j-simple, it takes its level from a
 * system property, set before the first logger exists, and writes to whatever {@code System.err} is at
 * each write (the redacting stream).
 */
public final class JsonLogProvider implements SLF4JServiceProvider {

    static final String LEVEL_PROPERTY = "purplemcp.log.level";

    private ILoggerFactory loggers;
    private final IMarkerFactory markers = new BasicMarkerFactory();
    private final MDCAdapter mdc = new NOPMDCAdapter();

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
    public void initialize() {
        var threshold =
                Level.valueOf(System.getProperty(LEVEL_PROPERTY, "info").trim().toUpperCase(Locale.ROOT));
        Map<String, JsonLogger> created = new ConcurrentHashMap<>();
        loggers = name -> created.computeIfAbsent(name, n -> new JsonLogger(n, threshold, () -> System.err));
    }
}
