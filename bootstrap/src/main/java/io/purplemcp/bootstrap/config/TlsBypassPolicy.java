package io.purplemcp.bootstrap.config;

import java.util.Optional;

/**
 * Whether the TLS-verification bypass may be used in an environment
 * (docs/decisions/0004-environment-and-tls-bypass.md). The refusal names both variables and the way out, because an
 * operator who hits it needs to know which switch to change; it also points at the CA bundle, the right answer for a
 * private certificate authority.
 */
public final class TlsBypassPolicy {

    private TlsBypassPolicy() {}

    /** The refusal message when the bypass is requested in production, empty when it is allowed. */
    public static Optional<String> refusal(boolean skipTlsVerify, DeploymentEnvironment environment) {
        if (!skipTlsVerify || environment.tlsBypassAllowed()) {
            return Optional.empty();
        }
        return Optional.of(refusalMessage(environment));
    }

    static String refusalMessage(DeploymentEnvironment environment) {
        return "SECURITY ERROR: TLS verification bypass is FORBIDDEN in production: "
                + EnvNames.SKIP_TLS_VERIFY + " (or --skip-tls-verify) is set while " + EnvNames.ENV
                + " is '" + environment.name() + "' (unset means production). Disabling certificate"
                + " verification is a critical security risk: it exposes the console token to"
                + " man-in-the-middle attacks. To allow it for local testing set " + EnvNames.ENV
                + "=development; to trust a private CA set " + EnvNames.CA_BUNDLE + " instead.";
    }
}
