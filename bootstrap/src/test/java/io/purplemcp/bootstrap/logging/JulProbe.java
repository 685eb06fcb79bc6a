package io.purplemcp.bootstrap.logging;

import java.util.logging.Logger;

/**
 * Run in a JVM of its own by {@link JulConfigurationTest}: java.util.logging reads its configuration once
 * per process, and the test JVM's was read long ago. Installs logging as {@code main} does, then logs
 * through java.util.logging as the JDK's HTTP server does.
 */
final class JulProbe {

    static final String CANARY = "CANARY-TOKEN-5e0b7a";

    public static void main(String[] args) {
        var redactor = new SecretRedactor();
        redactor.registerSecret(CANARY);
        LoggingSetup.install(args[0].equals("verbose"), args[1].equals("json"), redactor);
        var logger = Logger.getLogger("com.sun.net.httpserver");
        logger.warning("a warning with " + CANARY);
        logger.fine("a debug line");
    }
}
