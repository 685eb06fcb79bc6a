package io.purplemcp.bootstrap.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@Isolated("replaces System.err and sets logging system properties")
class LoggingSetupTest {

    @Test
    void propertiesForInfoAndDebug() {
        Map<String, String> normal = LoggingSetup.systemProperties(false);
        assertThat(normal)
                .containsEntry("org.slf4j.simpleLogger.defaultLogLevel", "info")
                .containsEntry("org.slf4j.simpleLogger.logFile", "System.err")
                .containsEntry("org.slf4j.simpleLogger.cacheOutputStream", "false")
                .containsEntry("org.slf4j.simpleLogger.showDateTime", "true")
                .containsEntry("org.slf4j.simpleLogger.showLogName", "true")
                .containsEntry("org.slf4j.simpleLogger.showThreadName", "false")
                .containsKey("java.util.logging.SimpleFormatter.format");
        assertThat(LoggingSetup.systemProperties(true))
                .containsEntry("org.slf4j.simpleLogger.defaultLogLevel", "debug");
    }

    @Test
    void installedStderrRedactsSlf4jRecordsAndStackTraces() {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        SecretRedactor redactor = new SecretRedactor();
        try {
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            RedactingPrintStream installed = LoggingSetup.install(false, redactor);
            assertThat(System.err).isSameAs(installed);
            redactor.registerSecret("CANARY-TOKEN-8d1f");

            Logger logger = LoggerFactory.getLogger("purple_mcp.test");
            logger.info("token is {}", "CANARY-TOKEN-8d1f");
            logger.error("failed", new IllegalStateException("bad CANARY-TOKEN-8d1f"));
            logger.debug("debug is off by default CANARY-TOKEN-8d1f");
        } finally {
            System.setErr(original);
        }
        String output = captured.toString(StandardCharsets.UTF_8);
        assertThat(output)
                .doesNotContain("CANARY-TOKEN-8d1f")
                .contains("INFO purple_mcp.test - token is [REDACTED]")
                .contains("ERROR purple_mcp.test - failed")
                .contains("java.lang.IllegalStateException: bad [REDACTED]")
                .doesNotContain("debug is off");
    }
}
