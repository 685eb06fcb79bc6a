package io.purplemcp.adapters.sentinelone.findings;

import java.util.Objects;

/** The paths of the three findings GraphQL APIs, appended to the console origin; each starts with {@code /}. */
public record FindingsEndpoints(String alerts, String vulnerabilities, String misconfigurations) {

    public static final String DEFAULT_ALERTS = "/web/api/v2.1/unifiedalerts/graphql";
    public static final String DEFAULT_VULNERABILITIES = "/web/api/v2.1/xspm/findings/vulnerabilities/graphql";
    public static final String DEFAULT_MISCONFIGURATIONS = "/web/api/v2.1/xspm/findings/misconfigurations/graphql";

    public static final FindingsEndpoints DEFAULTS =
            new FindingsEndpoints(DEFAULT_ALERTS, DEFAULT_VULNERABILITIES, DEFAULT_MISCONFIGURATIONS);

    public FindingsEndpoints {
        requirePath(alerts, "alerts");
        requirePath(vulnerabilities, "vulnerabilities");
        requirePath(misconfigurations, "misconfigurations");
    }

    private static void requirePath(String path, String name) {
        Objects.requireNonNull(path, name);
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("the " + name + " GraphQL endpoint must start with /");
        }
    }
}
