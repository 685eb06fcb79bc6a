package io.purplemcp.bootstrap.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The validated configuration of one process. Immutable; built only by {@link SettingsLoader}, so every instance
 * satisfies the rules of docs/decisions/0003-configuration-validation-and-errors.md. {@link #toString()} never prints
 * a secret.
 *
 * @param consoleToken the single service token for Console GraphQL, REST and SDL (trimmed, non-blank)
 * @param consoleBaseUrl the console origin, stored exactly as configured
 * @param unsafeDebugLogging {@code PURPLEMCP_DEBUG_UNSAFE_LOGGING} is exactly {@code 1}. The
 *     reference reads the variable at every log call so it could change while running; a Java
 *     process's environment cannot change after start, so reading it once here is equivalent.
 * @param caBundlePath {@code PURPLEMCP_CA_BUNDLE}: extra trusted CA certificates (PEM) for a private
 *     console CA, the safe alternative to the TLS-verification bypass
 * @param http the HTTP transports' allow-lists and limits
 * @param upstreamProxy the proxy for connections to the console
 * @param httpAuth the HTTP transports' authorization, rate limits and audit log
 * @param observability the log format and whether metrics are served
 */
public record Settings(
        String consoleToken,
        String consoleBaseUrl,
        Endpoints endpoints,
        PurpleAiDetails purpleAi,
        DeploymentEnvironment environment,
        TransportMode transportMode,
        boolean statelessHttp,
        boolean skipTlsVerify,
        boolean unsafeDebugLogging,
        Optional<String> logfireToken,
        Optional<String> caBundlePath,
        HttpOptions http,
        UpstreamProxy upstreamProxy,
        HttpAuthOptions httpAuth,
        ObservabilityOptions observability) {

    public Settings {
        Objects.requireNonNull(consoleToken, "consoleToken");
        Objects.requireNonNull(consoleBaseUrl, "consoleBaseUrl");
        Objects.requireNonNull(endpoints, "endpoints");
        Objects.requireNonNull(purpleAi, "purpleAi");
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(transportMode, "transportMode");
        Objects.requireNonNull(logfireToken, "logfireToken");
        Objects.requireNonNull(caBundlePath, "caBundlePath");
        Objects.requireNonNull(http, "http");
        Objects.requireNonNull(upstreamProxy, "upstreamProxy");
        Objects.requireNonNull(httpAuth, "httpAuth");
        Objects.requireNonNull(observability, "observability");
    }

    /** The SDL (PowerQuery) API uses the console token; there is no separate SDL token. */
    public String sdlApiToken() {
        return consoleToken;
    }

    // Derived URLs: plain concatenation, no normalisation, as the reference.

    public String graphqlUrl() {
        return consoleBaseUrl + endpoints.consoleGraphql();
    }

    public String alertsGraphqlUrl() {
        return consoleBaseUrl + endpoints.alertsGraphql();
    }

    public String misconfigurationsGraphqlUrl() {
        return consoleBaseUrl + endpoints.misconfigurationsGraphql();
    }

    public String vulnerabilitiesGraphqlUrl() {
        return consoleBaseUrl + endpoints.vulnerabilitiesGraphql();
    }

    public String inventoryApiUrl() {
        return consoleBaseUrl + endpoints.inventoryRestapi();
    }

    public String sdlApiBaseUrl() {
        return consoleBaseUrl + "/sdl";
    }

    /**
     * Every value to register with the log redactor before anything else is logged
     * (docs/decisions/0005-secret-redaction-and-logging.md): the console token, its {@code Bearer} form, the Logfire
     * token and a non-default team token.
     */
    public List<String> secrets() {
        List<String> secrets = new ArrayList<>();
        secrets.add(consoleToken);
        secrets.add("Bearer " + consoleToken);
        logfireToken.ifPresent(secrets::add);
        if (purpleAi.hasRealTeamToken()) {
            secrets.add(purpleAi.teamToken());
        }
        return List.copyOf(secrets);
    }

    @Override
    public String toString() {
        return "Settings[consoleToken=" + Masked.TEXT
                + ", consoleBaseUrl=" + consoleBaseUrl
                + ", endpoints=" + endpoints
                + ", purpleAi=" + purpleAi
                + ", environment=" + environment.name()
                + ", transportMode=" + transportMode
                + ", statelessHttp=" + statelessHttp
                + ", skipTlsVerify=" + skipTlsVerify
                + ", unsafeDebugLogging=" + unsafeDebugLogging
                + ", logfireToken=" + (logfireToken.isPresent() ? Masked.TEXT : "<absent>")
                + ", caBundlePath=" + caBundlePath
                + ", http=" + http
                + ", upstreamProxy=" + upstreamProxy
                + ", httpAuth=" + httpAuth.modeName()
                + ", observability=" + observability + "]";
    }
}
