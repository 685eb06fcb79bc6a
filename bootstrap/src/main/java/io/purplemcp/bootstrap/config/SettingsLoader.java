package io.purplemcp.bootstrap.config;

import io.purplemcp.adapters.sentinelone.ConsoleBaseUrlRule;
import io.purplemcp.adapters.sentinelone.ConsoleEndpoints;
import io.purplemcp.adapters.sentinelone.ConsoleSettings;
import io.purplemcp.adapters.sentinelone.findings.FindingsEndpoints;
import io.purplemcp.adapters.sentinelone.http.HttpSettings;
import io.purplemcp.adapters.sentinelone.http.HttpTimeouts;
import io.purplemcp.adapters.sentinelone.http.ProxySettings;
import io.purplemcp.adapters.sentinelone.http.RetrySettings;
import io.purplemcp.adapters.sentinelone.http.TlsSettings;
import io.purplemcp.adapters.sentinelone.purpleai.PurpleAiProfile;
import io.purplemcp.ports.out.security.Redactor;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Builds {@link Settings} from an environment map and command-line overrides. Precedence: override,
 * then environment, then built-in default. Every rule runs, so all problems are reported together
 * (docs/decisions/0003-configuration-validation-and-errors.md); no message contains the value of a token.
 */
public final class SettingsLoader {

    private final String appVersion;

    /** @param appVersion the application version, sent in the User-Agent */
    public SettingsLoader(String appVersion) {
        this.appVersion = Objects.requireNonNull(appVersion, "appVersion");
    }

    public SettingsLoadResult load(Map<String, String> environment, ConfigOverrides overrides) {
        return new Load(environment, overrides).run();
    }

    /**
     * The HTTP options alone, for what must be settled before the whole configuration can be loaded: the
     * JDK HTTP server's process-wide limits are fixed when the process's first server starts. A bad value
     * gives its default here; {@link #load} reports it.
     */
    public HttpOptions httpOptions(Map<String, String> environment) {
        return new HttpOptionsReader(EnvironmentVariables.of(environment), error -> {}).read();
    }

    public Settings loadOrThrow(Map<String, String> environment, ConfigOverrides overrides)
            throws ConfigurationException {
        SettingsLoadResult result = load(environment, overrides);
        if (result instanceof SettingsLoadResult.Invalid invalid) {
            throw new ConfigurationException(invalid);
        }
        return ((SettingsLoadResult.Valid) result).settings();
    }

    /** One load: the inputs and the errors found so far. */
    private final class Load {
        private final Map<String, String> rawEnvironment;
        private final EnvironmentVariables env;
        private final ConfigOverrides overrides;
        private final List<String> errors = new ArrayList<>();

        Load(Map<String, String> environment, ConfigOverrides overrides) {
            this.rawEnvironment = Map.copyOf(environment);
            this.env = EnvironmentVariables.of(environment);
            this.overrides = Objects.requireNonNull(overrides, "overrides");
        }

        SettingsLoadResult run() {
            String token = consoleToken();
            String baseUrl = consoleBaseUrl();
            String graphql = endpoint(
                    overrides.consoleGraphqlEndpoint(),
                    EnvNames.CONSOLE_GRAPHQL_ENDPOINT,
                    ConsoleEndpoints.DEFAULT_GRAPHQL,
                    "Console graphql endpoint");
            String alerts = endpoint(
                    overrides.alertsGraphqlEndpoint(),
                    EnvNames.ALERTS_GRAPHQL_ENDPOINT,
                    FindingsEndpoints.DEFAULT_ALERTS,
                    "Alerts graphql endpoint");
            String misconfigurations = endpoint(
                    null,
                    EnvNames.MISCONFIGURATIONS_GRAPHQL_ENDPOINT,
                    FindingsEndpoints.DEFAULT_MISCONFIGURATIONS,
                    "Misconfigurations graphql endpoint");
            String vulnerabilities = endpoint(
                    null,
                    EnvNames.VULNERABILITIES_GRAPHQL_ENDPOINT,
                    FindingsEndpoints.DEFAULT_VULNERABILITIES,
                    "Vulnerabilities graphql endpoint");
            String inventory = endpoint(
                    null,
                    EnvNames.INVENTORY_RESTAPI_ENDPOINT,
                    ConsoleEndpoints.DEFAULT_INVENTORY,
                    "Inventory REST API endpoint");
            DeploymentEnvironment environment = deploymentEnvironment();
            TransportMode mode = transportMode();
            boolean stateless = flag(overrides.statelessHttp(), EnvNames.STATELESS_HTTP);
            boolean skipTlsVerify = flag(overrides.skipTlsVerify(), EnvNames.SKIP_TLS_VERIFY);
            if (environment != null) {
                TlsBypassPolicy.refusal(skipTlsVerify, environment).ifPresent(errors::add);
            }
            HttpOptions http = new HttpOptionsReader(env, errors::add).read();
            ProxySettings proxy = new UpstreamProxyReader(rawEnvironment, errors::add).read();
            HttpAuthOptions httpAuth = new HttpAuthOptionsReader(env, errors::add).read();
            ObservabilityOptions observability = observability();
            if (!errors.isEmpty()) {
                return new SettingsLoadResult.Invalid(errors);
            }
            // Built only now: the adapter's records refuse what the checks above reported.
            var userAgent = HttpSettings.userAgent(appVersion);
            var console = new ConsoleSettings(
                    URI.create(baseUrl),
                    token,
                    new ConsoleEndpoints(
                            graphql, new FindingsEndpoints(alerts, vulnerabilities, misconfigurations), inventory),
                    purpleAi(userAgent),
                    new HttpSettings(
                            userAgent,
                            new TlsSettings(
                                    skipTlsVerify,
                                    environment.name(),
                                    environment.environmentClass(),
                                    Optional.empty()),
                            proxy,
                            HttpTimeouts.DEFAULTS,
                            RetrySettings.DEFAULTS,
                            HttpSettings.DEFAULT_MAX_BODY_BYTES,
                            "1".equals(env.raw(EnvNames.DEBUG_UNSAFE_LOGGING).orElse(null))));
            return new SettingsLoadResult.Valid(new Settings(
                    console,
                    environment,
                    mode,
                    stateless,
                    env.nonEmpty(EnvNames.LOGFIRE_TOKEN),
                    env.nonEmpty(EnvNames.CA_BUNDLE).map(String::trim).filter(path -> !path.isEmpty()),
                    http,
                    httpAuth,
                    observability));
        }

        private ObservabilityOptions observability() {
            var format = LogFormat.parse(env.raw(EnvNames.LOG_FORMAT));
            if (format.isEmpty()) {
                errors.add(EnvNames.LOG_FORMAT + " must be one of: " + LogFormat.VALID);
            }
            return new ObservabilityOptions(format.orElse(LogFormat.TEXT), flag(null, EnvNames.METRICS));
        }

        /** The command line's value, else the variable's; reported as required when neither is given. */
        private Optional<String> required(String override, String variable, String option) {
            var value = Optional.ofNullable(override).or(() -> env.raw(variable));
            if (value.isEmpty()) {
                errors.add(variable + " is required: set the environment variable or pass " + option);
            }
            return value;
        }

        private String consoleToken() {
            var token = required(overrides.consoleToken(), EnvNames.CONSOLE_TOKEN, "--graphql-service-token");
            if (token.isEmpty()) {
                return null;
            }
            if (token.get().isBlank()) {
                errors.add(EnvNames.CONSOLE_TOKEN + " must not be empty or whitespace");
                return null;
            }
            // Trimmed because surrounding whitespace from env files would break the HTTP header.
            var trimmed = token.get().trim();
            if (trimmed.length() < Redactor.MIN_SECRET_LENGTH) {
                errors.add(EnvNames.CONSOLE_TOKEN + " is too short to be a console token (" + trimmed.length()
                        + " characters, at least " + Redactor.MIN_SECRET_LENGTH + "): copy the whole service user"
                        + " token from the console");
                return null;
            }
            return trimmed;
        }

        private String consoleBaseUrl() {
            var url = required(overrides.consoleBaseUrl(), EnvNames.CONSOLE_BASE_URL, "--console-base-url");
            if (url.isEmpty()) {
                return null;
            }
            ConsoleBaseUrlRule.firstViolation(url.get())
                    .ifPresent(message -> errors.add(EnvNames.CONSOLE_BASE_URL + ": " + message));
            return url.get();
        }

        private String endpoint(String override, String variable, String defaultPath, String label) {
            String path = override != null ? override : env.raw(variable).orElse(defaultPath);
            if (!path.startsWith("/")) {
                errors.add(variable + ": " + label + " must start with a slash");
            }
            return path;
        }

        private DeploymentEnvironment deploymentEnvironment() {
            Optional<DeploymentEnvironment> parsed =
                    DeploymentEnvironment.parse(env.raw(EnvNames.ENV).orElse(null));
            if (parsed.isEmpty()) {
                errors.add(EnvNames.ENV + " has an unknown value; use one of: " + DeploymentEnvironment.ACCEPTED_VALUES
                        + " (unset means production)");
                return null;
            }
            return parsed.get();
        }

        private TransportMode transportMode() {
            if (overrides.transportMode() != null) {
                return overrides.transportMode();
            }
            Optional<String> raw = env.nonEmpty(EnvNames.TRANSPORT_MODE);
            if (raw.isEmpty()) {
                return TransportMode.STDIO;
            }
            Optional<TransportMode> mode = TransportMode.fromConfig(raw.get());
            if (mode.isEmpty()) {
                errors.add(EnvNames.TRANSPORT_MODE + " must be one of: stdio, sse, streamable-http, http");
                return TransportMode.STDIO;
            }
            return mode.get();
        }

        private boolean flag(Boolean override, String variable) {
            if (override != null) {
                return override;
            }
            try {
                return env.raw(variable).flatMap(BooleanValues::parse).orElse(false);
            } catch (IllegalArgumentException e) {
                errors.add(variable + " is not a valid boolean; recognised values: " + BooleanValues.RECOGNISED);
                return false;
            }
        }

        private PurpleAiProfile purpleAi(String defaultUserAgent) {
            return new PurpleAiProfile(
                    env.raw(EnvNames.PURPLE_AI_ACCOUNT_ID).orElse(PurpleAiProfile.DEFAULT_ACCOUNT_ID),
                    env.raw(EnvNames.PURPLE_AI_TEAM_TOKEN).orElse(PurpleAiProfile.DEFAULT_TEAM_TOKEN),
                    env.raw(EnvNames.PURPLE_AI_SESSION_ID),
                    env.raw(EnvNames.PURPLE_AI_EMAIL_ADDRESS),
                    Optional.of(env.raw(EnvNames.PURPLE_AI_USER_AGENT).orElse(defaultUserAgent)),
                    env.raw(EnvNames.PURPLE_AI_BUILD_DATE),
                    env.raw(EnvNames.PURPLE_AI_BUILD_HASH),
                    env.raw(EnvNames.PURPLE_AI_CONSOLE_VERSION).orElse(PurpleAiProfile.DEFAULT_CONSOLE_VERSION));
        }
    }
}
