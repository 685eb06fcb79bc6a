package io.purplemcp.bootstrap.config;

import static io.purplemcp.bootstrap.config.SettingsLoaderTest.CANARY;
import static io.purplemcp.bootstrap.config.SettingsLoaderTest.minimal;
import static org.assertj.core.api.Assertions.assertThat;

import io.purplemcp.testsupport.logging.LogEntry;
import io.purplemcp.testsupport.logging.RecordingLogger;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.event.Level;

class ConfigurationLogTest {

    private final RecordingLogger config = new RecordingLogger(ConfigurationLog.CONFIG_LOGGER);
    private final RecordingLogger security = new RecordingLogger(ConfigurationLog.SECURITY_LOGGER);
    private final RecordingLogger warnings = new RecordingLogger(ConfigurationLog.SECURITY_WARNINGS_LOGGER);
    private final ConfigurationLog log = new ConfigurationLog(config, security, warnings);

    private static Settings load(Map<String, String> env) throws ConfigurationException {
        return new SettingsLoader("0.6.0").loadOrThrow(env, ConfigOverrides.none());
    }

    private List<String> allMessages() {
        return Stream.of(config, security, warnings)
                .flatMap(logger -> logger.messages().stream())
                .toList();
    }

    @Test
    void successfulLoadLogsTheEventsInOrderWithDerivedUrlsAndNeverTheToken() throws ConfigurationException {
        log.logLoaded(load(minimal(EnvNames.CONSOLE_GRAPHQL_ENDPOINT, "/custom/graphql")));

        assertThat(config.messages())
                .startsWith(
                        "Application configuration loaded successfully",
                        "Console base URL configured console_base_url=https://console.example.test",
                        "Purple AI GraphQL URL configured graphql_url=https://console.example.test/custom/graphql",
                        "Alerts GraphQL URL configured"
                                + " alerts_url=https://console.example.test/web/api/v2.1/unifiedalerts/graphql",
                        "Misconfigurations GraphQL URL configured misconfigurations_url="
                                + "https://console.example.test/web/api/v2.1/xspm/findings/misconfigurations/graphql",
                        "Vulnerabilities GraphQL URL configured vulnerabilities_url="
                                + "https://console.example.test/web/api/v2.1/xspm/findings/vulnerabilities/graphql",
                        "Inventory API URL configured"
                                + " inventory_url=https://console.example.test/web/api/v2.1/xdr/assets",
                        "PURPLEMCP_CONSOLE_TOKEN is configured (used for both Console and SDL access)")
                .contains(
                        "TLS Verify configured tls_verify=true",
                        "Security environment configured environment=production");
        assertThat(config.entries())
                .allSatisfy(entry -> assertThat(entry.level()).isEqualTo(Level.INFO));
        assertThat(String.join("\n", allMessages())).doesNotContain(CANARY).doesNotContain("TLS verification DISABLED");
        assertThat(security.entries()).isEmpty();
        assertThat(warnings.entries()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"development", "dev", "test", "testing"})
    void bypassInDevelopmentWarnsWithoutTheNonDevelopmentError(String environment) throws ConfigurationException {
        log.logLoaded(load(minimal(EnvNames.ENV, environment, EnvNames.SKIP_TLS_VERIFY, "true")));

        assertThat(config.messages()).contains("TLS Verify configured tls_verify=false");
        assertThat(warnings.entries())
                .singleElement()
                .satisfies(entry -> assertThat(entry.message())
                        .contains("SECURITY WARNING")
                        .contains("TLS certificate verification is DISABLED")
                        .contains("PURPLEMCP_CA_BUNDLE"));
        assertThat(security.entries()).extracting(LogEntry::level).containsExactly(Level.WARN, Level.ERROR);
        assertThat(security.messages().get(0))
                .contains("TLS certificate verification is DISABLED")
                .contains("SECURITY RISK");
        assertThat(security.messages().get(1))
                .contains("TLS CERTIFICATE VERIFICATION IS DISABLED")
                .contains("CRITICAL SECURITY RISK")
                .contains("man-in-the-middle attacks")
                .contains("environment=" + environment);
    }

    @Test
    void bypassInStagingAlsoLogsTheNonDevelopmentError() throws ConfigurationException {
        log.logLoaded(load(minimal(EnvNames.ENV, "staging", EnvNames.SKIP_TLS_VERIFY, "true")));

        assertThat(security.entries()).hasSize(3);
        assertThat(security.entries().get(2).level()).isEqualTo(Level.ERROR);
        assertThat(security.messages().get(2))
                .contains("TLS verification disabled in this environment")
                .contains("should only be used in development/testing")
                .contains("environment=staging");
    }

    @Test
    void unsafeDebugLoggingIsAnnounced() throws ConfigurationException {
        log.logLoaded(load(minimal(EnvNames.DEBUG_UNSAFE_LOGGING, "1")));
        assertThat(config.entries()).last().satisfies(entry -> {
            assertThat(entry.level()).isEqualTo(Level.WARN);
            assertThat(entry.message()).contains("PURPLEMCP_DEBUG_UNSAFE_LOGGING=1");
        });
    }
}
