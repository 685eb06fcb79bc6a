package io.purplemcp.bootstrap.config;

import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The INFO events of a successful configuration load (docs/decisions/0003-configuration-validation-and-errors.md) and
 * the settings-time TLS bypass warnings (docs/decisions/0004-environment-and-tls-bypass.md). slf4j-simple does not
 * print key-value pairs, so the structured fields of the reference are written into the message as {@code key=value}.
 * The token is reported by presence only, never by value.
 */
public final class ConfigurationLog {

    public static final String CONFIG_LOGGER = "purple_mcp.config";
    public static final String SECURITY_LOGGER = "purple_mcp.libs.sdl.security";
    public static final String SECURITY_WARNINGS_LOGGER = "purple_mcp.security.warnings";

    private final Logger config;
    private final Logger security;
    private final Logger securityWarnings;

    /** Uses the loggers named by the constants; call only after logging is configured. */
    public ConfigurationLog() {
        this(
                LoggerFactory.getLogger(CONFIG_LOGGER),
                LoggerFactory.getLogger(SECURITY_LOGGER),
                LoggerFactory.getLogger(SECURITY_WARNINGS_LOGGER));
    }

    public ConfigurationLog(Logger config, Logger security, Logger securityWarnings) {
        this.config = Objects.requireNonNull(config, "config");
        this.security = Objects.requireNonNull(security, "security");
        this.securityWarnings = Objects.requireNonNull(securityWarnings, "securityWarnings");
    }

    public void logLoaded(Settings settings) {
        config.info("Application configuration loaded successfully");
        config.info(
                "Console base URL configured console_base_url={}",
                settings.console().origin());
        config.info("Purple AI GraphQL URL configured graphql_url={}", settings.graphqlUrl());
        config.info("Alerts GraphQL URL configured alerts_url={}", settings.alertsGraphqlUrl());
        config.info(
                "Misconfigurations GraphQL URL configured misconfigurations_url={}",
                settings.misconfigurationsGraphqlUrl());
        config.info(
                "Vulnerabilities GraphQL URL configured vulnerabilities_url={}", settings.vulnerabilitiesGraphqlUrl());
        config.info("Inventory API URL configured inventory_url={}", settings.inventoryApiUrl());
        config.info(EnvNames.CONSOLE_TOKEN + " is configured (used for both Console and SDL access)");
        config.info(
                "Security environment configured environment={}",
                settings.environment().name());
        boolean skipTlsVerify = settings.console().http().tls().skipVerify();
        config.info("TLS Verify configured tls_verify={}", !skipTlsVerify);
        if (skipTlsVerify) {
            logTlsBypass(settings.environment());
        }
        config.info(
                "HTTP authorization configured http_auth={}",
                settings.httpAuth().modeName());
        if (settings.unsafeDebugLogging()) {
            config.warn(EnvNames.DEBUG_UNSAFE_LOGGING + "=1: queries, filters and payloads will be logged;"
                    + " use only in a secured, time-boxed debugging session");
        }
    }

    private void logTlsBypass(DeploymentEnvironment environment) {
        String name = environment.name();
        securityWarnings.warn(
                "SECURITY WARNING: TLS certificate verification is DISABLED for every upstream console"
                        + " connection environment={}. To trust a private CA set {} instead.",
                name,
                EnvNames.CA_BUNDLE);
        security.warn(
                "TLS certificate verification is DISABLED - SECURITY RISK: upstream certificates are not checked"
                        + " environment={}",
                name);
        security.error(
                "TLS CERTIFICATE VERIFICATION IS DISABLED - CRITICAL SECURITY RISK: upstream connections are"
                        + " open to man-in-the-middle attacks environment={}",
                name);
        if (!environment.isDevelopment()) {
            security.error(
                    "TLS verification disabled in this environment; this should only be used in"
                            + " development/testing environment={}",
                    name);
        }
    }
}
