package io.purplemcp.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;

import io.purplemcp.adapters.sentinelone.ConsoleEndpoints;
import io.purplemcp.adapters.sentinelone.purpleai.PurpleAiProfile;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SettingsLoaderTest {

    static final String CANARY = "CANARY-TOKEN-8d1f";
    static final String BASE = "https://console.example.test";

    private final SettingsLoader loader = new SettingsLoader("0.6.0");

    static Map<String, String> env(String... pairs) {
        Map<String, String> env = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            env.put(pairs[i], pairs[i + 1]);
        }
        return env;
    }

    static Map<String, String> minimal(String... more) {
        Map<String, String> env = env(more);
        env.putIfAbsent(EnvNames.CONSOLE_TOKEN, CANARY);
        env.putIfAbsent(EnvNames.CONSOLE_BASE_URL, BASE);
        return env;
    }

    Settings valid(Map<String, String> env) {
        return valid(env, ConfigOverrides.none());
    }

    Settings valid(Map<String, String> env, ConfigOverrides overrides) {
        SettingsLoadResult result = loader.load(env, overrides);
        assertThat(result).isInstanceOf(SettingsLoadResult.Valid.class);
        return ((SettingsLoadResult.Valid) result).settings();
    }

    List<String> errors(Map<String, String> env) {
        return errors(env, ConfigOverrides.none());
    }

    List<String> errors(Map<String, String> env, ConfigOverrides overrides) {
        SettingsLoadResult result = loader.load(env, overrides);
        assertThat(result).isInstanceOf(SettingsLoadResult.Invalid.class);
        List<String> errors = ((SettingsLoadResult.Invalid) result).errors();
        String everything = String.join("\n", errors)
                + ((SettingsLoadResult.Invalid) result).description()
                + ConfigErrorReport.render((SettingsLoadResult.Invalid) result);
        assertThat(everything).doesNotContain(CANARY);
        return errors;
    }

    @Nested
    class Defaults {

        @Test
        void minimalEnvironmentGetsEveryDefault() {
            Settings settings = valid(minimal());

            assertThat(settings.console().token()).isEqualTo(CANARY);
            assertThat(settings.sdlApiToken()).isEqualTo(CANARY);
            assertThat(settings.console().origin()).isEqualTo(BASE);
            assertThat(settings.console().endpoints()).isEqualTo(ConsoleEndpoints.DEFAULTS);
            assertThat(settings.console().endpoints().graphql()).isEqualTo("/web/api/v2.1/graphql");
            assertThat(settings.console().endpoints().findings().alerts())
                    .isEqualTo("/web/api/v2.1/unifiedalerts/graphql");
            assertThat(settings.console().endpoints().findings().misconfigurations())
                    .isEqualTo("/web/api/v2.1/xspm/findings/misconfigurations/graphql");
            assertThat(settings.console().endpoints().findings().vulnerabilities())
                    .isEqualTo("/web/api/v2.1/xspm/findings/vulnerabilities/graphql");
            assertThat(settings.console().endpoints().inventory()).isEqualTo("/web/api/v2.1/xdr/assets");
            PurpleAiProfile purpleAi = settings.console().purpleAi();
            assertThat(purpleAi.accountId()).isEqualTo("0");
            assertThat(purpleAi.teamToken()).isEqualTo("0");
            assertThat(purpleAi.sessionId()).isEmpty();
            assertThat(purpleAi.emailAddress()).isEmpty();
            assertThat(purpleAi.userAgent()).contains("sentinelone/purple-mcp (version 0.6.0)");
            assertThat(settings.console().http().userAgent()).isEqualTo("sentinelone/purple-mcp (version 0.6.0)");
            assertThat(purpleAi.buildDate()).isEmpty();
            assertThat(purpleAi.buildHash()).isEmpty();
            assertThat(purpleAi.consoleVersion()).isEqualTo("S");
            assertThat(settings.statelessHttp()).isFalse();
            assertThat(settings.transportMode()).isEqualTo(TransportMode.STDIO);
            assertThat(settings.environment()).isEqualTo(DeploymentEnvironment.DEFAULT);
            assertThat(settings.environment().isProduction()).isTrue();
            assertThat(settings.console().http().tls().skipVerify()).isFalse();
            assertThat(settings.unsafeDebugLogging()).isFalse();
            assertThat(settings.logfireToken()).isEmpty();
            assertThat(settings.caBundlePath()).isEmpty();
            assertThat(settings.http().allowedOrigins()).isEmpty();
        }

        @Test
        void purpleAiFieldsComeFromTheEnvironmentAndEmptyValuesStayEmpty() {
            Settings settings = valid(minimal(
                    "PURPLEMCP_PURPLE_AI_ACCOUNT_ID", "42",
                    "PURPLEMCP_PURPLE_AI_TEAM_TOKEN", "team-secret",
                    "PURPLEMCP_PURPLE_AI_SESSION_ID", "session",
                    "PURPLEMCP_PURPLE_AI_EMAIL_ADDRESS", "",
                    "PURPLEMCP_PURPLE_AI_USER_AGENT", "agent",
                    "PURPLEMCP_PURPLE_AI_BUILD_DATE", "2025-01-01",
                    "PURPLEMCP_PURPLE_AI_BUILD_HASH", "abc",
                    "PURPLEMCP_PURPLE_AI_CONSOLE_VERSION", "V"));

            assertThat(settings.console().purpleAi())
                    .isEqualTo(new PurpleAiProfile(
                            "42",
                            "team-secret",
                            Optional.of("session"),
                            Optional.of(""),
                            Optional.of("agent"),
                            Optional.of("2025-01-01"),
                            Optional.of("abc"),
                            "V"));
        }
    }

    @Nested
    class RequiredValues {

        @Test
        void missingTokenIsNamedByVariable() {
            assertThat(errors(env(EnvNames.CONSOLE_BASE_URL, BASE)))
                    .singleElement(STRING)
                    .contains("PURPLEMCP_CONSOLE_TOKEN")
                    .contains("required");
        }

        @Test
        void missingBaseUrlIsNamedByVariableAndTheTokenNeverAppears() {
            assertThat(errors(env(EnvNames.CONSOLE_TOKEN, CANARY)))
                    .singleElement(STRING)
                    .contains("PURPLEMCP_CONSOLE_BASE_URL")
                    .contains("required");
        }

        @Test
        void bothMissingAreBothNamed() {
            List<String> errors = errors(env());
            assertThat(errors).hasSize(2);
            assertThat(String.join("\n", errors))
                    .contains("PURPLEMCP_CONSOLE_TOKEN")
                    .contains("PURPLEMCP_CONSOLE_BASE_URL");
        }

        @ParameterizedTest
        @ValueSource(strings = {"", " ", "   ", "\t", " \n "})
        void emptyOrWhitespaceTokenIsAnError(String token) {
            assertThat(errors(minimal(EnvNames.CONSOLE_TOKEN, token)))
                    .singleElement(STRING)
                    .contains("PURPLEMCP_CONSOLE_TOKEN")
                    .contains("must not be empty");
        }

        @ParameterizedTest
        @ValueSource(strings = {"t", "abc", " 1234567 "})
        void aTokenTooShortToBeRealIsAnErrorThatDoesNotShowIt(String token) {
            assertThat(errors(minimal(EnvNames.CONSOLE_TOKEN, token)))
                    .singleElement(STRING)
                    .startsWith("PURPLEMCP_CONSOLE_TOKEN is too short to be a console token ("
                            + token.strip().length() + " characters, at least 8)")
                    .doesNotContain("'" + token.strip() + "'");
            assertThat(valid(minimal(EnvNames.CONSOLE_TOKEN, "12345678"))
                            .console()
                            .token())
                    .isEqualTo("12345678");
        }

        @Test
        void tokenIsTrimmed() {
            assertThat(valid(minimal(EnvNames.CONSOLE_TOKEN, "  " + CANARY + "\n"))
                            .console()
                            .token())
                    .isEqualTo(CANARY);
        }
    }

    @Nested
    class BaseUrl {

        @ParameterizedTest
        @CsvSource(
                delimiter = '|',
                value = {
                    "http://example.test|Console base URL must use HTTPS",
                    "ftp://example.test|Console base URL must use HTTPS",
                    "''|Console base URL must use HTTPS",
                    "HTTPS://EXAMPLE.TEST|Console base URL must use HTTPS",
                    "https://|Console base URL must not have a trailing slash",
                    "https://example.test/|Console base URL must not have a trailing slash",
                    "https://example.test/path/|Console base URL must not have a trailing slash",
                    "https://example.test#|Console base URL must not have a trailing hash",
                    "https://example.test/sdl|Console base URL must not contain a path",
                    "https://tenant.example.test/?foo=bar|Console base URL must not contain a path",
                    "https://tenant.example.test/;foo|Console base URL must not contain a path",
                    "https://example.test?key=value&other=param|Console base URL must not contain query parameters",
                    "https://example.test#fragment|Console base URL must not contain a fragment",
                    "https://example.test;params|Console base URL must not contain path parameters",
                    "https://:443|Console base URL must have a valid hostname",
                    "https://:8443|Console base URL must have a valid hostname",
                    "https://user:pass@example.test|Console base URL must not contain user information",
                    "https://user@example.test|Console base URL must not contain user information",
                    "https://example.test:abc|Console base URL must have a valid hostname",
                    "https://[::1|Console base URL must have a valid hostname",
                    "https://exa mple.test|Console base URL must have a valid hostname",
                })
        void invalidBaseUrlFailsWithTheFirstFailingRule(String url, String message) {
            List<String> errors = errors(minimal(EnvNames.CONSOLE_BASE_URL, url));
            assertThat(errors).singleElement(STRING).startsWith("PURPLEMCP_CONSOLE_BASE_URL: " + message);
        }

        @Test
        void userInfoIsNeverEchoed() {
            assertThat(String.join("\n", errors(minimal(EnvNames.CONSOLE_BASE_URL, "https://u:hunter2@x.test"))))
                    .doesNotContain("hunter2");
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "https://example.test",
                    "https://subdomain.example.test",
                    "https://localhost:8443",
                    "https://192.168.1.100",
                    "https://api-v2.example.test",
                    "https://[::1]:8443"
                })
        void validBaseUrlIsKeptUnchanged(String url) {
            assertThat(valid(minimal(EnvNames.CONSOLE_BASE_URL, url)).console().origin())
                    .isEqualTo(url);
        }
    }

    @Nested
    class EndpointPaths {

        static final Map<String, String> MESSAGES = Map.of(
                EnvNames.CONSOLE_GRAPHQL_ENDPOINT, "Console graphql endpoint must start with a slash",
                EnvNames.ALERTS_GRAPHQL_ENDPOINT, "Alerts graphql endpoint must start with a slash",
                EnvNames.MISCONFIGURATIONS_GRAPHQL_ENDPOINT,
                        "Misconfigurations graphql endpoint must start with a slash",
                EnvNames.VULNERABILITIES_GRAPHQL_ENDPOINT, "Vulnerabilities graphql endpoint must start with a slash",
                EnvNames.INVENTORY_RESTAPI_ENDPOINT, "Inventory REST API endpoint must start with a slash");

        @ParameterizedTest
        @ValueSource(strings = {"api", "graphql", "api/v1", "\\api", ""})
        void everyEndpointRejectsAPathWithoutLeadingSlash(String path) {
            MESSAGES.forEach((variable, message) ->
                    assertThat(errors(minimal(variable, path))).containsExactly(variable + ": " + message));
        }

        @ParameterizedTest
        @ValueSource(strings = {"/", "/api", "/a/b/c/d/e/f"})
        void everyEndpointAcceptsAPathWithLeadingSlash(String path) {
            for (String variable : MESSAGES.keySet()) {
                valid(minimal(variable, path));
            }
        }

        @Test
        void allFiveInvalidEndpointsAreReportedTogether() {
            Map<String, String> env = minimal();
            MESSAGES.keySet().forEach(variable -> env.put(variable, "api"));
            assertThat(errors(env)).hasSize(5);
        }
    }

    @Nested
    class Aggregation {

        @Test
        void missingTokenAndInsecureBaseUrlAreReportedTogether() {
            List<String> errors = errors(env(EnvNames.CONSOLE_BASE_URL, "http://insecure.test/"));
            assertThat(errors).hasSize(2);
            assertThat(errors.get(0)).contains("PURPLEMCP_CONSOLE_TOKEN");
            assertThat(errors.get(1)).contains("Console base URL must use HTTPS");
        }

        @Test
        void trailingSlashBaseUrlAndBadEndpointAreReportedTogether() {
            List<String> errors = errors(minimal(
                    EnvNames.CONSOLE_BASE_URL, "https://example.test/", EnvNames.ALERTS_GRAPHQL_ENDPOINT, "api"));
            assertThat(errors)
                    .containsExactly(
                            "PURPLEMCP_CONSOLE_BASE_URL: Console base URL must not have a trailing slash",
                            "PURPLEMCP_ALERTS_GRAPHQL_ENDPOINT: Alerts graphql endpoint must start with a slash");
        }

        @Test
        void descriptionListsEveryErrorOnItsOwnLine() {
            SettingsLoadResult.Invalid invalid =
                    (SettingsLoadResult.Invalid) loader.load(env(), ConfigOverrides.none());
            assertThat(invalid.description())
                    .startsWith("2 problems found:\n  - PURPLEMCP_CONSOLE_TOKEN")
                    .contains("\n  - PURPLEMCP_CONSOLE_BASE_URL");
        }

        @Test
        void loadOrThrowCarriesTheSameErrors() {
            assertThatThrownBy(() -> loader.loadOrThrow(env(EnvNames.CONSOLE_TOKEN, CANARY), ConfigOverrides.none()))
                    .isInstanceOf(ConfigurationException.class)
                    .hasMessageContaining("PURPLEMCP_CONSOLE_BASE_URL")
                    .hasMessageNotContaining(CANARY)
                    .satisfies(e ->
                            assertThat(((ConfigurationException) e).errors()).hasSize(1));
        }

        @Test
        void loadOrThrowReturnsValidSettings() throws ConfigurationException {
            assertThat(loader.loadOrThrow(minimal(), ConfigOverrides.none())
                            .console()
                            .origin())
                    .isEqualTo(BASE);
        }

        @Test
        void noErrorTextEverContainsAnySecret() {
            List<String> errors = errors(env(
                    EnvNames.CONSOLE_TOKEN, CANARY,
                    EnvNames.LOGFIRE_TOKEN, "LOGFIRE-CANARY-77",
                    EnvNames.PURPLE_AI_TEAM_TOKEN, "TEAM-CANARY-55",
                    EnvNames.CONSOLE_BASE_URL, "http://" + CANARY,
                    EnvNames.CONSOLE_GRAPHQL_ENDPOINT, CANARY,
                    EnvNames.ENV, CANARY,
                    EnvNames.STATELESS_HTTP, CANARY,
                    EnvNames.SKIP_TLS_VERIFY, CANARY,
                    EnvNames.TRANSPORT_MODE, CANARY,
                    EnvNames.ALLOWED_ORIGINS, CANARY));
            assertThat(errors).hasSize(7);
            assertThat(String.join("\n", errors))
                    .doesNotContain("LOGFIRE-CANARY-77")
                    .doesNotContain("TEAM-CANARY-55");
        }
    }

    @Nested
    class VariableNames {

        @Test
        void lowerAndMixedCaseNamesAreHonoured() {
            Settings settings = valid(env(
                    "purplemcp_console_token", CANARY,
                    "pUrPlEmCp_CoNsOlE_bAsE_uRl", BASE,
                    "Purplemcp_Alerts_Graphql_Endpoint", "/alerts"));
            assertThat(settings.console().token()).isEqualTo(CANARY);
            assertThat(settings.console().origin()).isEqualTo(BASE);
            assertThat(settings.console().endpoints().findings().alerts()).isEqualTo("/alerts");
        }

        @Test
        void exactUpperCaseNameWinsOverOtherCaseVariants() {
            Settings settings = valid(minimal("purplemcp_console_base_url", "https://lower.test"));
            assertThat(settings.console().origin()).isEqualTo(BASE);
        }

        @Test
        void unknownAndUnprefixedVariablesAreIgnored() {
            Settings settings = valid(minimal(
                    "PURPLEMCP_SOMETHING_ELSE", "x",
                    "SKIP_TLS_VERIFY", "true",
                    "CONSOLE_TOKEN", "other",
                    "MAX_QUERY_RESULTS", "nope"));
            assertThat(settings.console().http().tls().skipVerify()).isFalse();
            assertThat(settings.console().token()).isEqualTo(CANARY);
        }
    }

    @Nested
    class Overrides {

        @Test
        void cliValuesOverrideTheEnvironment() {
            Settings settings = valid(
                    minimal(
                            EnvNames.CONSOLE_GRAPHQL_ENDPOINT,
                            "/env-graphql",
                            EnvNames.ALERTS_GRAPHQL_ENDPOINT,
                            "/env"),
                    new ConfigOverrides(
                            "cli-token", "https://cli.example.test", "/cli-graphql", "/cli-alerts", null, null, null));
            assertThat(settings.console().token()).isEqualTo("cli-token");
            assertThat(settings.console().origin()).isEqualTo("https://cli.example.test");
            assertThat(settings.console().endpoints().graphql()).isEqualTo("/cli-graphql");
            assertThat(settings.console().endpoints().findings().alerts()).isEqualTo("/cli-alerts");
        }

        @Test
        void explicitCliValueEqualToTheDefaultStillWins() {
            Settings settings = valid(
                    minimal(EnvNames.CONSOLE_GRAPHQL_ENDPOINT, "/custom"),
                    new ConfigOverrides(null, null, ConsoleEndpoints.DEFAULT_GRAPHQL, null, null, null, null));
            assertThat(settings.console().endpoints().graphql()).isEqualTo(ConsoleEndpoints.DEFAULT_GRAPHQL);
        }

        @Test
        void demoConsoleReplacesMissingCredentials() {
            Settings settings =
                    valid(env(), ConfigOverrides.none().withConsole("https://127.0.0.1:9443", "demo-token"));
            assertThat(settings.console().origin()).isEqualTo("https://127.0.0.1:9443");
            assertThat(settings.console().token()).isEqualTo("demo-token");
        }

        @Test
        void resolvedModeStatelessAndSkipTlsComeFromTheOverrides() {
            Settings settings = valid(
                    minimal(
                            EnvNames.TRANSPORT_MODE, "sse",
                            EnvNames.STATELESS_HTTP, "false",
                            EnvNames.ENV, "development"),
                    new ConfigOverrides(null, null, null, null, TransportMode.STREAMABLE_HTTP, true, true));
            assertThat(settings.transportMode()).isEqualTo(TransportMode.STREAMABLE_HTTP);
            assertThat(settings.statelessHttp()).isTrue();
            assertThat(settings.console().http().tls().skipVerify()).isTrue();
        }

        @Test
        void toStringNeverShowsTheToken() {
            assertThat(ConfigOverrides.none().withConsole(BASE, CANARY).toString())
                    .doesNotContain(CANARY)
                    .contains(BASE);
            assertThat(ConfigOverrides.none().toString()).contains("consoleToken=<absent>");
        }
    }

    @Nested
    class TransportAndBooleans {

        @ParameterizedTest
        @CsvSource({"stdio,STDIO", "sse,SSE", "streamable-http,STREAMABLE_HTTP", "http,STREAMABLE_HTTP", "'',STDIO"})
        void transportModeFromTheEnvironment(String value, TransportMode expected) {
            assertThat(valid(minimal(EnvNames.TRANSPORT_MODE, value)).transportMode())
                    .isEqualTo(expected);
        }

        @ParameterizedTest
        @ValueSource(strings = {"SSE", "Stdio", "websocket"})
        void transportModeInTheLoaderIsCaseSensitive(String value) {
            assertThat(errors(minimal(EnvNames.TRANSPORT_MODE, value)))
                    .singleElement(STRING)
                    .startsWith("PURPLEMCP_TRANSPORT_MODE");
        }

        @ParameterizedTest
        @CsvSource({"True,true", "yes,true", "1,true", " on ,true", "false,false", "0,false", "'',false", "OFF,false"})
        void statelessHttpFromTheEnvironment(String value, boolean expected) {
            assertThat(valid(minimal(EnvNames.STATELESS_HTTP, value)).statelessHttp())
                    .isEqualTo(expected);
        }

        @Test
        void invalidStatelessBooleanIsAConfigurationErrorNamingTheVariable() {
            assertThat(errors(minimal(EnvNames.STATELESS_HTTP, "maybe")))
                    .singleElement(STRING)
                    .startsWith("PURPLEMCP_STATELESS_HTTP is not a valid boolean");
        }

        @ParameterizedTest
        @CsvSource({"1,true", "true,false", "True,false", "yes,false", "on,false", "2,false", "'',false", "' 1',false"})
        void unsafeDebugLoggingOnlyForExactlyOne(String value, boolean expected) {
            assertThat(valid(minimal(EnvNames.DEBUG_UNSAFE_LOGGING, value)).unsafeDebugLogging())
                    .isEqualTo(expected);
        }
    }

    @Nested
    class EnvironmentAndTls {

        @ParameterizedTest
        @ValueSource(strings = {"", "production", "prod", "PRODUCTION", " prod ", "  "})
        void bypassIsRefusedInProduction(String environment) {
            assertThat(errors(minimal(EnvNames.ENV, environment, EnvNames.SKIP_TLS_VERIFY, "true")))
                    .singleElement(STRING)
                    .contains("TLS verification bypass is FORBIDDEN in production")
                    .contains("critical security risk")
                    .contains("PURPLEMCP_ENV")
                    .contains("PURPLEMCP_SKIP_TLS_VERIFY")
                    .contains("PURPLEMCP_ENV=development");
        }

        @Test
        void bypassIsRefusedWhenTheEnvironmentIsUnset() {
            assertThat(errors(minimal(), new ConfigOverrides(null, null, null, null, null, null, true)))
                    .singleElement(STRING)
                    .contains("TLS verification bypass is FORBIDDEN in production")
                    .contains("critical security risk")
                    .contains("PURPLEMCP_ENV");
        }

        @ParameterizedTest
        @ValueSource(strings = {"development", "dev", "test", "testing", "staging", " Staging ", "DEVELOPMENT"})
        void bypassIsAllowedOutsideProduction(String environment) {
            Settings settings = valid(minimal(EnvNames.ENV, environment, EnvNames.SKIP_TLS_VERIFY, "yes"));
            assertThat(settings.console().http().tls().skipVerify()).isTrue();
            assertThat(settings.environment().tlsBypassAllowed()).isTrue();
        }

        @Test
        void productionWithoutBypassIsFine() {
            assertThat(valid(minimal(EnvNames.ENV, "prod", EnvNames.SKIP_TLS_VERIFY, "false"))
                            .environment()
                            .name())
                    .isEqualTo("prod");
        }

        @ParameterizedTest
        @ValueSource(strings = {"qa", "local", "productionx"})
        void unknownEnvironmentIsAnErrorNamingTheVariable(String environment) {
            assertThat(errors(minimal(EnvNames.ENV, environment)))
                    .singleElement(STRING)
                    .startsWith("PURPLEMCP_ENV has an unknown value")
                    .contains("development");
        }

        @Test
        void invalidSkipTlsBooleanIsAConfigurationError() {
            assertThat(errors(minimal(EnvNames.SKIP_TLS_VERIFY, "sometimes")))
                    .singleElement(STRING)
                    .startsWith("PURPLEMCP_SKIP_TLS_VERIFY is not a valid boolean");
        }
    }

    @Nested
    class DerivedValues {

        @Test
        void derivedUrlsWithDefaults() {
            Settings settings = valid(minimal());
            assertThat(settings.graphqlUrl()).isEqualTo(BASE + "/web/api/v2.1/graphql");
            assertThat(settings.alertsGraphqlUrl()).isEqualTo(BASE + "/web/api/v2.1/unifiedalerts/graphql");
            assertThat(settings.misconfigurationsGraphqlUrl())
                    .isEqualTo(BASE + "/web/api/v2.1/xspm/findings/misconfigurations/graphql");
            assertThat(settings.vulnerabilitiesGraphqlUrl())
                    .isEqualTo(BASE + "/web/api/v2.1/xspm/findings/vulnerabilities/graphql");
            assertThat(settings.inventoryApiUrl()).isEqualTo(BASE + "/web/api/v2.1/xdr/assets");
            assertThat(settings.sdlApiBaseUrl()).isEqualTo(BASE + "/sdl");
        }

        @Test
        void derivedUrlsWithCustomEndpoints() {
            Settings settings = valid(minimal(
                    EnvNames.CONSOLE_BASE_URL, "https://example.test",
                    EnvNames.CONSOLE_GRAPHQL_ENDPOINT, "/",
                    EnvNames.ALERTS_GRAPHQL_ENDPOINT, "/custom/alerts",
                    EnvNames.MISCONFIGURATIONS_GRAPHQL_ENDPOINT, "/m",
                    EnvNames.VULNERABILITIES_GRAPHQL_ENDPOINT, "/v",
                    EnvNames.INVENTORY_RESTAPI_ENDPOINT, "/i"));
            assertThat(settings.graphqlUrl()).isEqualTo("https://example.test/");
            assertThat(settings.alertsGraphqlUrl()).isEqualTo("https://example.test/custom/alerts");
            assertThat(settings.misconfigurationsGraphqlUrl()).isEqualTo("https://example.test/m");
            assertThat(settings.vulnerabilitiesGraphqlUrl()).isEqualTo("https://example.test/v");
            assertThat(settings.inventoryApiUrl()).isEqualTo("https://example.test/i");
        }

        @Test
        void secretsToRegisterIncludeTokenBearerFormLogfireAndRealTeamToken() {
            Settings settings = valid(
                    minimal(EnvNames.LOGFIRE_TOKEN, "logfire-secret", EnvNames.PURPLE_AI_TEAM_TOKEN, "team-secret"));
            assertThat(settings.secrets()).containsExactly(CANARY, "Bearer " + CANARY, "logfire-secret", "team-secret");
            assertThat(valid(minimal(EnvNames.LOGFIRE_TOKEN, "")).secrets())
                    .containsExactly(CANARY, "Bearer " + CANARY);
        }

        @Test
        void toStringMasksEverySecret() {
            String text = valid(minimal(
                            EnvNames.LOGFIRE_TOKEN, "logfire-secret", EnvNames.PURPLE_AI_TEAM_TOKEN, "team-secret"))
                    .toString();
            assertThat(text)
                    .doesNotContain(CANARY)
                    .doesNotContain("logfire-secret")
                    .doesNotContain("team-secret")
                    .contains(BASE);
        }

        @Test
        void caBundleAndAllowedOrigins() {
            Settings settings = valid(minimal(
                    EnvNames.CA_BUNDLE, " /etc/ca.pem ",
                    EnvNames.ALLOWED_ORIGINS, "https://mcp.example.com, http://localhost:3000,,"));
            assertThat(settings.caBundlePath()).contains("/etc/ca.pem");
            assertThat(settings.http().allowedOrigins())
                    .containsExactly("https://mcp.example.com", "http://localhost:3000");
        }

        @ParameterizedTest
        @ValueSource(strings = {"mcp.example.com", "https://mcp.example.com/", "https://a.test/path", "ftp://a.test"})
        void invalidAllowedOriginIsAnError(String origin) {
            assertThat(errors(minimal(EnvNames.ALLOWED_ORIGINS, origin)))
                    .singleElement(STRING)
                    .startsWith("PURPLEMCP_ALLOWED_ORIGINS");
        }

        @Test
        void httpOptionsDefaultToTheHardeningValues() {
            HttpOptions http = valid(minimal()).http();
            assertThat(http).isEqualTo(HttpOptions.defaults());
            assertThat(http.maxRequestBytes()).isEqualTo(10 * 1024 * 1024);
            assertThat(http.maxSessions()).isEqualTo(1000);
            assertThat(http.sessionIdleTimeout()).hasMinutes(30);
            assertThat(http.requestTimeout()).hasSeconds(330);
        }

        @Test
        void httpOptionsAreReadFromTheirVariables() {
            HttpOptions http = valid(minimal(
                            EnvNames.ALLOWED_HOSTS, "mcp.example.com, proxy.internal:8443,[::1]:9000",
                            EnvNames.HTTP_PATH_PREFIX, " /purple-mcp ",
                            EnvNames.MAX_REQUEST_BYTES, "4194304",
                            EnvNames.MAX_SESSIONS, "50",
                            EnvNames.SESSION_IDLE_TIMEOUT_SECONDS, "600",
                            EnvNames.REQUEST_TIMEOUT_SECONDS, "120"))
                    .http();
            assertThat(http.allowedHosts()).containsExactly("mcp.example.com", "proxy.internal:8443", "[::1]:9000");
            assertThat(http.pathPrefix()).contains("/purple-mcp");
            assertThat(http.maxRequestBytes()).isEqualTo(4194304);
            assertThat(http.maxSessions()).isEqualTo(50);
            assertThat(http.sessionIdleTimeout()).hasSeconds(600);
            assertThat(http.requestTimeout()).hasSeconds(120);
        }

        @Test
        void httpOptionsAloneNeedNoConsoleAndFallBackToDefaultsForTheFullLoadToReport() {
            assertThat(loader.httpOptions(env(EnvNames.MAX_SESSIONS, "50")).maxSessions())
                    .isEqualTo(50);
            assertThat(loader.httpOptions(env(EnvNames.MAX_SESSIONS, "-3", EnvNames.MAX_REQUEST_BYTES, "lots")))
                    .isEqualTo(HttpOptions.defaults());
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "PURPLEMCP_ALLOWED_HOSTS=https://mcp.example.com",
                    "PURPLEMCP_ALLOWED_HOSTS=a b",
                    "PURPLEMCP_HTTP_PATH_PREFIX=nested",
                    "PURPLEMCP_HTTP_PATH_PREFIX=/a/./b",
                    "PURPLEMCP_HTTP_PATH_PREFIX=/purple/",
                    "PURPLEMCP_HTTP_PATH_PREFIX=/../x",
                    "PURPLEMCP_MAX_REQUEST_BYTES=12",
                    "PURPLEMCP_MAX_REQUEST_BYTES=lots",
                    "PURPLEMCP_MAX_SESSIONS=-3",
                    "PURPLEMCP_SESSION_IDLE_TIMEOUT_SECONDS=-5",
                    "PURPLEMCP_REQUEST_TIMEOUT_SECONDS=1.5"
                })
        void invalidHttpOptionsAreErrorsNamingTheVariableWithoutEchoingTheValue(String assignment) {
            String[] parts = assignment.split("=", 2);
            assertThat(errors(minimal(parts[0], parts[1])))
                    .singleElement(STRING)
                    .startsWith(parts[0])
                    .doesNotContain(parts[1]);
        }
    }

    @Nested
    class Observability {

        @Test
        void logsAreTextAndMetricsOffByDefault() {
            assertThat(valid(minimal()).observability()).isEqualTo(ObservabilityOptions.defaults());
        }

        @Test
        void jsonLogsAndMetricsAreChosenByTheirVariables() {
            var observability = valid(minimal(EnvNames.LOG_FORMAT, " JSON ", EnvNames.METRICS, "on"))
                    .observability();

            assertThat(observability.logFormat()).isEqualTo(LogFormat.JSON);
            assertThat(observability.metrics()).isTrue();
        }

        @Test
        void anUnknownLogFormatIsAnErrorListingTheValidValues() {
            assertThat(errors(minimal(EnvNames.LOG_FORMAT, "yaml")))
                    .singleElement(STRING)
                    .contains("PURPLEMCP_LOG_FORMAT")
                    .contains("text, json");
        }

        @Test
        void aBadMetricsSwitchIsAnErrorListingTheValidValues() {
            assertThat(errors(minimal(EnvNames.METRICS, "sometimes")))
                    .singleElement(STRING)
                    .contains("PURPLEMCP_METRICS")
                    .contains(BooleanValues.RECOGNISED);
        }

        @Test
        void loggingIsSetUpBeforeValidationAndFallsBackToText() {
            assertThat(LogFormat.early(Map.of(EnvNames.LOG_FORMAT, "json"))).isEqualTo(LogFormat.JSON);
            assertThat(LogFormat.early(Map.of(EnvNames.LOG_FORMAT, "yaml"))).isEqualTo(LogFormat.TEXT);
            assertThat(LogFormat.early(Map.of())).isEqualTo(LogFormat.TEXT);
        }
    }
}
