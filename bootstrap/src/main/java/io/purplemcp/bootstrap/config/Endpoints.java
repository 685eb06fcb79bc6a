package io.purplemcp.bootstrap.config;

import java.util.Objects;

/**
 * The five upstream paths appended to the console base URL. Validated by {@link SettingsLoader}; a
 * path must start with a slash, and {@code /} alone is valid.
 */
public record Endpoints(
        String consoleGraphql,
        String alertsGraphql,
        String misconfigurationsGraphql,
        String vulnerabilitiesGraphql,
        String inventoryRestapi) {

    public static final String DEFAULT_CONSOLE_GRAPHQL = "/web/api/v2.1/graphql";
    public static final String DEFAULT_ALERTS_GRAPHQL = "/web/api/v2.1/unifiedalerts/graphql";
    public static final String DEFAULT_MISCONFIGURATIONS_GRAPHQL =
            "/web/api/v2.1/xspm/findings/misconfigurations/graphql";
    public static final String DEFAULT_VULNERABILITIES_GRAPHQL = "/web/api/v2.1/xspm/findings/vulnerabilities/graphql";
    public static final String DEFAULT_INVENTORY_RESTAPI = "/web/api/v2.1/xdr/assets";

    public static final Endpoints DEFAULTS = new Endpoints(
            DEFAULT_CONSOLE_GRAPHQL,
            DEFAULT_ALERTS_GRAPHQL,
            DEFAULT_MISCONFIGURATIONS_GRAPHQL,
            DEFAULT_VULNERABILITIES_GRAPHQL,
            DEFAULT_INVENTORY_RESTAPI);

    public Endpoints {
        Objects.requireNonNull(consoleGraphql, "consoleGraphql");
        Objects.requireNonNull(alertsGraphql, "alertsGraphql");
        Objects.requireNonNull(misconfigurationsGraphql, "misconfigurationsGraphql");
        Objects.requireNonNull(vulnerabilitiesGraphql, "vulnerabilitiesGraphql");
        Objects.requireNonNull(inventoryRestapi, "inventoryRestapi");
    }
}
