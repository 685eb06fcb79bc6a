package io.purplemcp.bootstrap.logging;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.logging.LogManager;
import java.util.logging.SimpleFormatter;

/**
 * Configures java.util.logging when the JDK first uses it, not at start-up: {@link LoggingSetup} names this
 * class in {@code java.util.logging.config.class}, which {@link LogManager} instantiates instead of reading
 * the runtime's {@code logging.properties}. Only the JDK's own HTTP server and client log through it, and
 * setting it up eagerly cost a stdio start about 20 ms of interpreted work that most processes never need.
 *
 * <p>Its console handler captures {@code System.err} when it is created, on first use, by which time
 * {@link LoggingSetup#install} has long installed the redacting stream.
 */
public final class JulConfiguration {

    static final String LEVEL_PROPERTY = "purplemcp.jul.level";
    static final String JSON_PROPERTY = "purplemcp.jul.json";

    /** Called by {@link LogManager} while it initialises; the documented hook reads a properties stream. */
    public JulConfiguration() {
        try {
            LogManager.getLogManager()
                    .readConfiguration(new ByteArrayInputStream(
                            properties(System.getProperty(LEVEL_PROPERTY, "INFO"), Boolean.getBoolean(JSON_PROPERTY))
                                    .getBytes(StandardCharsets.ISO_8859_1)));
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
    }

    /** The logging.properties text: one console handler on the root logger, at the given level. */
    static String properties(String level, boolean json) {
        String formatter = json ? JsonLogFormatter.class.getName() : SimpleFormatter.class.getName();
        return "handlers=java.util.logging.ConsoleHandler\n"
                + ".level=" + level + "\n"
                + "java.util.logging.ConsoleHandler.level=" + level + "\n"
                + "java.util.logging.ConsoleHandler.formatter=" + formatter + "\n";
    }
}
