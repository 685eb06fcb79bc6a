package io.purplemcp.adapters.sentinelone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.purplemcp.adapters.sentinelone.findings.FindingsEndpoints;
import io.purplemcp.adapters.sentinelone.http.HttpSettings;
import io.purplemcp.adapters.sentinelone.http.HttpTimeouts;
import io.purplemcp.adapters.sentinelone.http.ProxySettings;
import io.purplemcp.adapters.sentinelone.http.RetrySettings;
import io.purplemcp.adapters.sentinelone.http.TlsSettings;
import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConsoleSettingsTest {

    static ConsoleSettings of(String url) {
        return ConsoleSettings.of(URI.create(url), "tok-123", "1.2.3", "session");
    }

    @Test
    void defaultsFollowTheReference() {
        var settings = of("https://console.example.com");

        assertThat(settings.origin()).isEqualTo("https://console.example.com");
        assertThat(settings.http().userAgent()).isEqualTo("sentinelone/purple-mcp (version 1.2.3)");
        assertThat(settings.endpoints()).isEqualTo(ConsoleEndpoints.DEFAULTS);
        assertThat(settings.endpoints().graphql()).isEqualTo("/web/api/v2.1/graphql");
        assertThat(settings.purpleAi().userAgent()).contains("sentinelone/purple-mcp (version 1.2.3)");
        assertThat(settings.purpleAi().accountId()).isEqualTo("0");
        assertThat(settings.purpleAi().consoleVersion()).isEqualTo("S");
        assertThat(settings.http().tls()).isEqualTo(TlsSettings.verified());
        assertThat(settings.http().proxy()).isEqualTo(ProxySettings.direct());
        assertThat(settings.http().timeouts()).isEqualTo(HttpTimeouts.DEFAULTS);
        assertThat(settings.http().retry()).isEqualTo(RetrySettings.DEFAULTS);
        assertThat(settings.http().maxBodyBytes()).isEqualTo(64L * 1024 * 1024);
        assertThat(settings.http().logPayloads()).isFalse();
        assertThat(settings.toString()).doesNotContain("tok-123");
    }

    @Test
    void trustingAddsTheExtraCaAndChangesNothingElse() {
        var settings = of("https://c.example");
        var trusting = settings.trusting(Optional.of("pem"));

        assertThat(trusting.http().tls().extraCaPem()).contains("pem");
        assertThat(trusting.http().tls().skipVerify()).isFalse();
        assertThat(trusting.trusting(Optional.empty())).isEqualTo(settings);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://c.example",
                "ftp://c.example",
                "https://c.example/path",
                "https://c.example?x=1",
                "https://user@c.example",
                "https://c.example/",
                "c.example"
            })
    void theBaseUrlIsAnHttpsOrigin(String url) {
        assertThatThrownBy(() -> of(url))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Console base URL must");
    }

    @Test
    void otherValuesAreChecked() {
        var good = of("https://c.example");
        assertThatThrownBy(() -> new ConsoleEndpoints("web/api", FindingsEndpoints.DEFAULTS, "/i"))
                .hasMessageContaining("start with /");
        assertThatThrownBy(() -> new HttpSettings(
                        "agent",
                        TlsSettings.verified(),
                        ProxySettings.direct(),
                        HttpTimeouts.DEFAULTS,
                        RetrySettings.DEFAULTS,
                        0,
                        false))
                .hasMessageContaining("maxBodyBytes");
        assertThatThrownBy(() -> ConsoleSettings.of(URI.create("https://c.example"), " ", "1", "s"))
                .hasMessageContaining("token is empty");
        assertThatThrownBy(() -> ConsoleSettings.of(URI.create("https://c.example"), "t", " ", "s"))
                .hasMessageContaining("product version");
        try (var console = SentinelOneConsole.connect(good)) {
            assertThatThrownBy(() -> console.graphql("alerts")).isInstanceOf(IllegalArgumentException.class);
            assertThat(console.graphql("/web/api/v2.1/unifiedalerts/graphql")).isNotNull();
            assertThat(console.settings()).isSameAs(good);
            assertThat(console.sleeper()).isNotNull();
        }
    }
}
