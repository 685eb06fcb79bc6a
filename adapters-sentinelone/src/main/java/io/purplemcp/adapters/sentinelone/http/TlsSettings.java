package io.purplemcp.adapters.sentinelone.http;

import java.util.Objects;
import java.util.Optional;

/**
 * How the client checks the console's certificate.
 *
 * @param skipVerify accept any certificate: refused in production, here and again when the client is built
 * @param environmentName the {@code PURPLEMCP_ENV} value, for messages
 * @param environmentClass what that value means for security decisions
 * @param extraCaPem PEM certificates trusted in addition to the JDK's default trust store (a private CA,
 *     or the sandbox's certificate in demo mode); never instead of it
 */
public record TlsSettings(
        boolean skipVerify, String environmentName, EnvironmentClass environmentClass, Optional<String> extraCaPem) {

    public TlsSettings {
        Objects.requireNonNull(environmentName, "environmentName");
        Objects.requireNonNull(environmentClass, "environmentClass");
        Objects.requireNonNull(extraCaPem, "extraCaPem");
        if (skipVerify && environmentClass == EnvironmentClass.PRODUCTION) {
            throw new TlsBypassRefused("TLS verification bypass is FORBIDDEN in production: disabling certificate"
                    + " verification is a critical security risk (the console token could be read by a"
                    + " man-in-the-middle). Current environment: " + environmentName + ". " + TlsBypassRefused.HOW_TO);
        }
    }

    /** Verification on, JDK trust only, production. */
    public static TlsSettings verified() {
        return new TlsSettings(false, "production", EnvironmentClass.PRODUCTION, Optional.empty());
    }

    /** Verification on, trusting {@code pem} in addition to the JDK's trust store. */
    public static TlsSettings trusting(String pem) {
        return new TlsSettings(false, "production", EnvironmentClass.PRODUCTION, Optional.of(pem));
    }
}
