package io.purplemcp.bootstrap.config;

/** The security class of a deployment environment (docs/decisions/0004-environment-and-tls-bypass.md). */
public enum EnvironmentClass {
    /** TLS-verification bypass is forbidden. */
    PRODUCTION,
    /** Bypass allowed with warnings. */
    DEVELOPMENT,
    /** Non-production, non-development (staging): bypass allowed with an extra error log. */
    OTHER
}
