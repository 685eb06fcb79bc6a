package io.purplemcp.adapters.sentinelone.findings;

import static io.purplemcp.adapters.sentinelone.testing.SandboxFixture.failure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.purplemcp.adapters.sentinelone.testing.FindingsCalls;
import io.purplemcp.adapters.sentinelone.testing.SandboxFixture;
import io.purplemcp.adapters.sentinelone.testing.SettingsBuilder;
import io.purplemcp.sandbox.SandboxConsole;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The findings paths are configurable: defaults, checks, and that the console uses what it is given. */
class FindingsEndpointsTest {

    @Test
    void defaultsAreTheReferencePaths() {
        assertThat(FindingsEndpoints.DEFAULTS)
                .isEqualTo(new FindingsEndpoints(
                        "/web/api/v2.1/unifiedalerts/graphql",
                        "/web/api/v2.1/xspm/findings/vulnerabilities/graphql",
                        "/web/api/v2.1/xspm/findings/misconfigurations/graphql"));
        assertThat(FindingsEndpoints.DEFAULTS.alerts()).isEqualTo(SandboxConsole.ALERTS_PATH);
        assertThat(FindingsEndpoints.DEFAULTS.vulnerabilities()).isEqualTo(SandboxConsole.VULNERABILITIES_PATH);
        assertThat(FindingsEndpoints.DEFAULTS.misconfigurations()).isEqualTo(SandboxConsole.MISCONFIGURATIONS_PATH);
    }

    @Test
    void pathsStartWithASlash() {
        assertThatThrownBy(() -> new FindingsEndpoints("alerts", "/v", "/m"))
                .hasMessage("the alerts GraphQL endpoint must start with /");
        assertThatThrownBy(() -> new FindingsEndpoints("/a", "v", "/m"))
                .hasMessage("the vulnerabilities GraphQL endpoint must start with /");
        assertThatThrownBy(() -> new FindingsEndpoints("/a", "/v", "m"))
                .hasMessage("the misconfigurations GraphQL endpoint must start with /");
        assertThatThrownBy(() -> new FindingsEndpoints(null, "/v", "/m")).isInstanceOf(NullPointerException.class);
    }

    @Test
    void settingsCarryThemThroughTheExtraCa() {
        try (var fixture = new SandboxFixture()) {
            var settings = fixture.settings();
            assertThat(settings.endpoints().findings()).isEqualTo(FindingsEndpoints.DEFAULTS);
            var custom = new FindingsEndpoints("/a", "/v", "/m");
            var changed =
                    new SettingsBuilder(settings).withFindingsEndpoints(custom).build();
            assertThat(changed.endpoints().findings()).isEqualTo(custom);
            assertThat(changed.trusting(Optional.empty()).endpoints().findings())
                    .isEqualTo(custom);
            assertThat(changed.toString())
                    .contains("findings=FindingsEndpoints[alerts=/a, vulnerabilities=/v," + " misconfigurations=/m]");
        }
    }

    @Test
    void theConsoleUsesTheConfiguredPaths() {
        try (var fixture = new SandboxFixture()) {
            var console = fixture.console(settings -> settings.withFindingsEndpoints(new FindingsEndpoints(
                    "/custom/alerts", SandboxConsole.VULNERABILITIES_PATH, "/custom/misconfigurations")));
            var calls = new FindingsCalls(console);

            assertThat(failure(calls.call("list_alerts"))).startsWith("Failed to list alerts: HTTP 404 Not Found");
            assertThat(calls.json("list_vulnerabilities", "first", 1).path("edges"))
                    .hasSize(1);
            assertThat(failure(calls.call("get_misconfiguration", "misconfiguration_id", "m")))
                    .startsWith("Failed to retrieve misconfiguration m: HTTP 404 Not Found");
            assertThat(fixture.sandbox.requests())
                    .extracting(request -> request.path())
                    .containsExactly(
                            "/custom/alerts", SandboxConsole.VULNERABILITIES_PATH, "/custom/misconfigurations");
        }
    }
}
