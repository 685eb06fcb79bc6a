package io.purplemcp.bootstrap.config;

import io.purplemcp.adapters.sentinelone.ConsoleSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The validated configuration of one process. Immutable; built only by {@link SettingsLoader}, so every instance
 * satisfies the rules of docs/decisions/0003-configuration-validation-and-errors.md. {@link #toString()} never prints
 * a secret.
 *
 * @param console everything about reaching the console, in the adapter's own model (the extra CA certificates are
 *     added once {@code caBundlePath} is read); its token is the single service token for Console GraphQL, REST and
 *     SDL, trimmed and non-blank, and its base URL is stored exactly as configured
 * @param caBundlePath {@code PURPLEMCP_CA_BUNDLE}: extra trusted CA certificates (PEM) for a private
 *     console CA, the safe alternative to the TLS-verification bypass
 * @param http the HTTP transports' allow-lists and limits
 * @param httpAuth the HTTP transports' authorization, rate limits and audit log
 * @param observability the log format and whether metrics are served
 */
public record Settings(
        ConsoleSettings console,
        DeploymentEnvironment environment,
        TransportMode transportMode,
        boolean statelessHttp,
        Optional<String> logfireToken,
        Optional<String> caBundlePath,
        HttpOptions http,
        HttpAuthOptions httpAuth,
        ObservabilityOptions observability) {

    public Settings {
        Objects.requireNonNull(console, "console");
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(transportMode, "transportMode");
        Objects.requireNonNull(logfireToken, "logfireToken");
        Objects.requireNonNull(caBundlePath, "caBundlePath");
        Objects.requireNonNull(http, "http");
        Objects.requireNonNull(httpAuth, "httpAuth");
        Objects.requireNonNull(observability, "observability");
    }

    /**
     * {@code PURPLEMCP_DEBUG_UNSAFE_LOGGING} is exactly {@code 1}: the console's payload logging and the MCP side's
     * alike. The reference reads the variable at every log call so it could change while running; a Java process's
     * environment cannot change after start, so reading it once is equivalent.
     */
    public boolean unsafeDebugLogging() {
        return console.http().logPayloads();
    }

    /** The SDL (PowerQuery) API uses the console token; there is no separate SDL token. */
    public String sdlApiToken() {
        return console.token();
    }

    // Derived URLs: plain concatenation, no normalisation, as the reference.

    public String graphqlUrl() {
        return console.origin() + console.endpoints().graphql();
    }

    public String alertsGraphqlUrl() {
        return console.origin() + console.endpoints().findings().alerts();
    }

    public String misconfigurationsGraphqlUrl() {
        return console.origin() + console.endpoints().findings().misconfigurations();
    }

    public String vulnerabilitiesGraphqlUrl() {
        return console.origin() + console.endpoints().findings().vulnerabilities();
    }

    public String inventoryApiUrl() {
        return console.origin() + console.endpoints().inventory();
    }

    public String sdlApiBaseUrl() {
        return console.origin() + "/sdl";
    }

    /**
     * Every value to register with the log redactor before anything else is logged
     * (docs/decisions/0005-secret-redaction-and-logging.md): the console token, its {@code Bearer} form, the Logfire
     * token and a non-default team token.
     */
    public List<String> secrets() {
        List<String> secrets = new ArrayList<>();
        secrets.add(console.token());
        secrets.add("Bearer " + console.token());
        logfireToken.ifPresent(secrets::add);
        if (console.purpleAi().hasRealTeamToken()) {
            secrets.add(console.purpleAi().teamToken());
        }
        return List.copyOf(secrets);
    }

    @Override
    public String toString() {
        return "Settings[console=" + console
                + ", environment=" + environment.name()
                + ", transportMode=" + transportMode
                + ", statelessHttp=" + statelessHttp
                + ", logfireToken=" + (logfireToken.isPresent() ? Masked.TEXT : "<absent>")
                + ", caBundlePath=" + caBundlePath
                + ", http=" + http
                + ", httpAuth=" + httpAuth.modeName()
                + ", observability=" + observability + "]";
    }
}
