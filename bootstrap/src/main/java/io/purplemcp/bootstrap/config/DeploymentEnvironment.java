package io.purplemcp.bootstrap.config;

import io.purplemcp.adapters.sentinelone.http.EnvironmentClass;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The value of {@code PURPLEMCP_ENV} and its class. One resolution function for the whole process:
 * unset or blank means production (docs/decisions/0004-environment-and-tls-bypass.md), values are trimmed and
 * compared case-insensitively, and a value outside the known list is rejected rather than guessed.
 *
 * @param name the normalised (trimmed, lower-case) value, {@code production} when unset
 * @param environmentClass what the value means for security decisions
 */
public record DeploymentEnvironment(String name, EnvironmentClass environmentClass) {

    public static final String ACCEPTED_VALUES = "production, prod, development, dev, test, testing, staging";

    public static final DeploymentEnvironment DEFAULT =
            new DeploymentEnvironment("production", EnvironmentClass.PRODUCTION);

    private static final Map<String, EnvironmentClass> KNOWN = Map.of(
            "production", EnvironmentClass.PRODUCTION,
            "prod", EnvironmentClass.PRODUCTION,
            "development", EnvironmentClass.DEVELOPMENT,
            "dev", EnvironmentClass.DEVELOPMENT,
            "test", EnvironmentClass.DEVELOPMENT,
            "testing", EnvironmentClass.DEVELOPMENT,
            "staging", EnvironmentClass.OTHER);

    public DeploymentEnvironment {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(environmentClass, "environmentClass");
    }

    /**
     * Classifies a raw {@code PURPLEMCP_ENV} value.
     *
     * @param raw the variable's value, or null when unset
     * @return the environment, or empty when the value is not one of {@link #ACCEPTED_VALUES}
     */
    public static Optional<DeploymentEnvironment> parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.of(DEFAULT);
        }
        String name = raw.trim().toLowerCase(Locale.ROOT);
        EnvironmentClass environmentClass = KNOWN.get(name);
        return environmentClass == null
                ? Optional.empty()
                : Optional.of(new DeploymentEnvironment(name, environmentClass));
    }

    public boolean isProduction() {
        return environmentClass == EnvironmentClass.PRODUCTION;
    }

    public boolean isDevelopment() {
        return environmentClass == EnvironmentClass.DEVELOPMENT;
    }

    public boolean tlsBypassAllowed() {
        return !isProduction();
    }

    /** The security-context view: exactly four string fields, as the reference's. */
    public Map<String, String> securityContext() {
        return Map.of(
                "environment", name,
                "is_production", Boolean.toString(isProduction()),
                "is_development", Boolean.toString(isDevelopment()),
                "tls_bypass_allowed", Boolean.toString(tlsBypassAllowed()));
    }
}
