package io.purplemcp.adapters.sentinelone.http;

/** The security class of the deployment ({@code PURPLEMCP_ENV}), which decides whether TLS may be bypassed. */
public enum EnvironmentClass {
    /** Bypassing TLS verification is refused. */
    PRODUCTION,
    /** Bypassing is allowed, with loud warnings. */
    DEVELOPMENT,
    /** Neither (e.g. staging): bypassing is allowed, with the warnings and an extra error that it does not belong here. */
    OTHER
}
