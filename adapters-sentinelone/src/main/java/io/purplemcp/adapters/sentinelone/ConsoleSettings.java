package io.purplemcp.adapters.sentinelone;

import io.purplemcp.adapters.sentinelone.http.HttpSettings;
import io.purplemcp.adapters.sentinelone.http.HttpTimeouts;
import io.purplemcp.adapters.sentinelone.http.ProxySettings;
import io.purplemcp.adapters.sentinelone.http.RetrySettings;
import io.purplemcp.adapters.sentinelone.http.TlsSettings;
import io.purplemcp.adapters.sentinelone.purpleai.PurpleAiProfile;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything needed to reach one console, in the groups the adapter consumes: bootstrap builds it straight from the
 * configuration, so a setting is named once. {@link #toString()} never shows the token.
 *
 * @param baseUrl the console origin, {@code https://host[:port]} ({@link ConsoleBaseUrlRule})
 * @param token the console API token, with or without a {@code Bearer }/{@code ApiToken } scheme
 * @param http what the shared HTTP client is built from
 */
public record ConsoleSettings(
        URI baseUrl, String token, ConsoleEndpoints endpoints, PurpleAiProfile purpleAi, HttpSettings http) {

    public ConsoleSettings {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(endpoints, "endpoints");
        Objects.requireNonNull(purpleAi, "purpleAi");
        Objects.requireNonNull(http, "http");
        ConsoleBaseUrlRule.firstViolation(baseUrl.toString()).ifPresent(violation -> {
            throw new IllegalArgumentException(violation);
        });
        if (token.isBlank()) {
            throw new IllegalArgumentException("the console token is empty");
        }
    }

    /** Settings with every default: verified TLS, no proxy, the reference's endpoints and Purple AI details. */
    public static ConsoleSettings of(URI baseUrl, String token, String productVersion, String sessionId) {
        var userAgent = HttpSettings.userAgent(productVersion);
        return new ConsoleSettings(
                baseUrl,
                token,
                ConsoleEndpoints.DEFAULTS,
                PurpleAiProfile.defaults(sessionId, userAgent),
                new HttpSettings(
                        userAgent,
                        TlsSettings.verified(),
                        ProxySettings.direct(),
                        HttpTimeouts.DEFAULTS,
                        RetrySettings.DEFAULTS,
                        HttpSettings.DEFAULT_MAX_BODY_BYTES,
                        false));
    }

    /**
     * These settings trusting {@code extraCaPem} besides the JDK's trust store: the CA bundle is read only after the
     * configuration is valid, and demo mode trusts the sandbox's certificate.
     */
    public ConsoleSettings trusting(Optional<String> extraCaPem) {
        return new ConsoleSettings(baseUrl, token, endpoints, purpleAi, http.trusting(extraCaPem));
    }

    /** {@code <origin>}: the base URL as configured, which has no trailing slash. */
    public String origin() {
        return baseUrl.toString();
    }

    @Override
    public String toString() {
        return "ConsoleSettings[baseUrl=" + baseUrl + ", token=****, endpoints=" + endpoints + ", purpleAi=" + purpleAi
                + ", http=" + http + "]";
    }
}
