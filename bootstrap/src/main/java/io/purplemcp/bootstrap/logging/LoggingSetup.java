package io.purplemcp.bootstrap.logging;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Configures log output, first thing at start-up (docs/decisions/0005-secret-redaction-and-logging.md): one line per
 * record on stderr with time, level, logger name and message; INFO, or DEBUG with {@code --verbose}, for every
 * logger.
 *
 * <p>slf4j-simple reads its system properties once, when the first logger is created, so {@link
 * #configure} must run before the first {@code LoggerFactory} call in the process.
 */
public final class LoggingSetup {

    private static final String SIMPLE = "org.slf4j.simpleLogger.";
    /** slf4j (2.0.9 and later) uses the provider this names instead of looking for one. */
    static final String PROVIDER_PROPERTY = "slf4j.provider";

    static final String VERBOSITY_PROPERTY = "slf4j.internal.verbosity";

    static final String JUL_CONFIGURATION_PROPERTY = "java.util.logging.config.class";

    /** One line per java.util.logging record, in the same shape as the slf4j-simple lines. */
    static final String JUL_FORMAT = "%1$tY-%1$tm-%1$tdT%1$tH:%1$tM:%1$tS.%1$tL%1$tz %4$s %3$s - %5$s%6$s%n";

    private LoggingSetup() {}

    /** The slf4j-simple and java.util.logging system properties for the given verbosity. */
    public static Map<String, String> systemProperties(boolean verbose) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put(SIMPLE + "defaultLogLevel", verbose ? "debug" : "info");
        // "System.err" (not the cached variant) looks System.err up at every write, so a redacting
        // stream installed with System.setErr is used even by loggers created earlier.
        properties.put(SIMPLE + "logFile", "System.err");
        properties.put(SIMPLE + "cacheOutputStream", "false");
        properties.put(SIMPLE + "showDateTime", "true");
        properties.put(SIMPLE + "dateTimeFormat", "yyyy-MM-dd'T'HH:mm:ss.SSSZ");
        properties.put(SIMPLE + "showThreadName", "false");
        properties.put(SIMPLE + "showLogName", "true");
        properties.put(SIMPLE + "showShortLogName", "false");
        properties.put(SIMPLE + "levelInBrackets", "false");
        properties.put("java.util.logging.SimpleFormatter.format", JUL_FORMAT);
        return properties;
    }

    /**
     * Installs the redacting {@code System.err}, then configures slf4j-simple and java.util.logging to
     * write to it. The order matters: both capture {@code System.err} when they first log. Call once,
     * first thing in {@code main}, before any {@code LoggerFactory} call and before anything uses
     * java.util.logging, which reads its configuration once per process.
     *
     * @return the stream now installed as {@code System.err}
     */
    public static RedactingPrintStream install(boolean verbose, SecretRedactor redactor) {
        return install(verbose, false, redactor);
    }

    /**
     * As {@link #install(boolean, SecretRedactor)}; with {@code json}, every record (slf4j and
     * java.util.logging alike) is written as one JSON object per line instead (see {@link JsonLogLine}).
     */
    public static RedactingPrintStream install(boolean verbose, boolean json, SecretRedactor redactor) {
        RedactingPrintStream redacting = new RedactingPrintStream(System.err, redactor);
        System.setErr(redacting);
        systemProperties(verbose).forEach(System::setProperty);
        if (json) {
            System.setProperty(PROVIDER_PROPERTY, JsonLogProvider.class.getName());
            // slf4j announces an explicitly named provider in plain text; in a JSON stream only warnings may.
            System.setProperty(VERBOSITY_PROPERTY, "WARN");
            System.setProperty(JsonLogProvider.LEVEL_PROPERTY, verbose ? "debug" : "info");
        }
        // java.util.logging reads these when the JDK first logs through it (JulConfiguration).
        System.setProperty(JUL_CONFIGURATION_PROPERTY, JulConfiguration.class.getName());
        System.setProperty(JulConfiguration.LEVEL_PROPERTY, verbose ? "FINE" : "INFO");
        System.setProperty(JulConfiguration.JSON_PROPERTY, Boolean.toString(json));
        return redacting;
    }
}
