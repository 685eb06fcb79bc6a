package io.purplemcp.adapters.sentinelone;

import io.purplemcp.adapters.sentinelone.findings.FindingsEndpoints;
import java.util.Objects;

/**
 * The upstream paths appended to the console origin; each starts with {@code /}, and {@code /} alone is valid.
 *
 * @param graphql the Purple AI GraphQL path
 * @param findings the paths of the alerts, vulnerabilities and misconfigurations GraphQL APIs
 * @param inventory the asset inventory's REST collection path; surrounding slashes are normalised when the client is
 *     built ({@code /web/api/v2.1/xdr/assets/} is fine)
 */
public record ConsoleEndpoints(String graphql, FindingsEndpoints findings, String inventory) {

    public static final String DEFAULT_GRAPHQL = "/web/api/v2.1/graphql";
    public static final String DEFAULT_INVENTORY = "/web/api/v2.1/xdr/assets";

    public static final ConsoleEndpoints DEFAULTS =
            new ConsoleEndpoints(DEFAULT_GRAPHQL, FindingsEndpoints.DEFAULTS, DEFAULT_INVENTORY);

    public ConsoleEndpoints {
        Objects.requireNonNull(graphql, "graphql");
        Objects.requireNonNull(findings, "findings");
        Objects.requireNonNull(inventory, "inventory");
        if (!graphql.startsWith("/")) {
            throw new IllegalArgumentException("the GraphQL endpoint must start with /");
        }
        if (!inventory.startsWith("/")) {
            throw new IllegalArgumentException("the inventory endpoint must start with /");
        }
    }
}
