package io.purplemcp.bootstrap;

import io.purplemcp.bootstrap.config.EnvNames;
import io.purplemcp.bootstrap.config.Settings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The extra CA certificates the console connection trusts: known only once the configuration is valid. */
final class ConsoleWiring {

    private ConsoleWiring() {}

    /** The configured CA bundle's text; a file that cannot be read is a configuration error. */
    static Optional<String> caBundle(Settings settings) throws CaBundleUnreadable {
        if (settings.caBundlePath().isEmpty()) {
            return Optional.empty();
        }
        var path = Path.of(settings.caBundlePath().get());
        try {
            var pem = Files.readString(path, StandardCharsets.US_ASCII);
            if (!pem.contains("-----BEGIN CERTIFICATE-----")) {
                throw new CaBundleUnreadable(EnvNames.CA_BUNDLE + ": " + path + " holds no PEM certificate");
            }
            return Optional.of(pem);
        } catch (IOException e) {
            throw new CaBundleUnreadable(EnvNames.CA_BUNDLE + ": cannot read " + path + " ("
                    + e.getClass().getSimpleName() + ")");
        }
    }

    static final class CaBundleUnreadable extends Exception {
        private static final long serialVersionUID = 1L;

        CaBundleUnreadable(String message) {
            super(message);
        }
    }
}
