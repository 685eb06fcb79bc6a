package io.purplemcp.bootstrap.config;

/**
 * Values given on the command line (or supplied by the launcher, e.g. the sandbox console in
 * {@code --demo} mode) that take precedence over the environment. A null component means "not
 * given": the environment, then the built-in default, decides. An explicit value always wins, even
 * one equal to the built-in default (docs/decisions/0002-configuration-sources.md).
 *
 * @param consoleToken the service token; a secret, masked in {@link #toString()}
 * @param transportMode the mode already resolved by the command line
 * @param statelessHttp the stateless flag already resolved by the command line
 * @param skipTlsVerify the TLS-verification bypass already resolved by the command line
 */
public record ConfigOverrides(
        String consoleToken,
        String consoleBaseUrl,
        String consoleGraphqlEndpoint,
        String alertsGraphqlEndpoint,
        TransportMode transportMode,
        Boolean statelessHttp,
        Boolean skipTlsVerify) {

    public static ConfigOverrides none() {
        return new ConfigOverrides(null, null, null, null, null, null, null);
    }

    /** Replaces the console and token, e.g. with the built-in sandbox in {@code --demo} mode. */
    public ConfigOverrides withConsole(String baseUrl, String token) {
        return new ConfigOverrides(
                token,
                baseUrl,
                consoleGraphqlEndpoint,
                alertsGraphqlEndpoint,
                transportMode,
                statelessHttp,
                skipTlsVerify);
    }

    @Override
    public String toString() {
        return "ConfigOverrides[consoleToken=" + Masked.orAbsent(consoleToken)
                + ", consoleBaseUrl=" + consoleBaseUrl
                + ", consoleGraphqlEndpoint=" + consoleGraphqlEndpoint
                + ", alertsGraphqlEndpoint=" + alertsGraphqlEndpoint
                + ", transportMode=" + transportMode
                + ", statelessHttp=" + statelessHttp
                + ", skipTlsVerify=" + skipTlsVerify + "]";
    }
}
