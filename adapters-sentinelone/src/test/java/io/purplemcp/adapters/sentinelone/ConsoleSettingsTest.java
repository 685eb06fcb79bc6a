package io.purplemcp.adapters.sentinelone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.purplemcp.adapters.sentinelone.http.HttpTimeouts;
import io.purplemcp.adapters.sentinelone.http.ProxySettings;
import io.purplemcp.adapters.sentinelone.http.RetrySettings;
import io.purplemcp.adapters.sentinelone.http.TlsSettings;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConsoleSettingsTest {

    static ConsoleSettings of(String url) {
        return ConsoleSettings.of(URI.create(url), "tok-123", "1.2.3", "session");
    }

    @Test
    void defaultsFollowTheReference() {
        var settings = of("https://console.example.com/");

        assertThat(settings.origin()).isEqualTo("https://console.example.com");
        assertThat(settings.userAgent()).isEqualTo("sentinelone/purple-mcp (version 1.2.3)");
        assertThat(settings.graphqlEndpoint()).isEqualTo("/web/api/v2.1/graphql");
        assertThat(settings.purpleAi().userAgent()).contains("sentinelone/purple-mcp (version 1.2.3)");
        assertThat(settings.purpleAi().accountId()).isEqualTo("0");
        assertThat(settings.purpleAi().consoleVersion()).isEqualTo("S");
        assertThat(settings.tls()).isEqualTo(TlsSettings.verified());
        assertThat(settings.proxy()).isEqualTo(ProxySettings.direct());
        assertThat(settings.timeouts()).isEqualTo(HttpTimeouts.DEFAULTS);
        assertThat(settings.retry()).isEqualTo(RetrySettings.DEFAULTS);
        assertThat(settings.logPayloads()).isFalse();
        assertThat(settings.toString()).doesNotContain("tok-123");
    }

    @Test
    void withersChangeOneThing() {
        var settings = of("https://c.example")
                .withGraphqlEndpoint("/g")
                .withProxy(ProxySettings.via("p", 8080, List.of()))
                .withRetry(RetrySettings.none())
                .withMaxBodyBytes(10)
                .withLogPayloads(true)
                .withTimeouts(HttpTimeouts.DEFAULTS)
                .withTls(TlsSettings.trusting("pem"))
                .withPurpleAi(of("https://c.example").purpleAi());

        assertThat(settings.graphqlEndpoint()).isEqualTo("/g");
        assertThat(settings.proxy().proxy()).isPresent();
        assertThat(settings.retry().maxAttempts()).isEqualTo(1);
        assertThat(settings.maxBodyBytes()).isEqualTo(10);
        assertThat(settings.logPayloads()).isTrue();
        assertThat(settings.tls().extraCaPem()).contains("pem");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://c.example",
                "ftp://c.example",
                "https://c.example/path",
                "https://c.example?x=1",
                "https://user@c.example",
                "c.example"
            })
    void theBaseUrlIsAnHttpsOrigin(String url) {
        assertThatThrownBy(() -> of(url)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void otherValuesAreChecked() {
        var good = of("https://c.example");
        assertThatThrownBy(() -> good.withGraphqlEndpoint("web/api")).hasMessageContaining("start with /");
        assertThatThrownBy(() -> good.withMaxBodyBytes(0)).hasMessageContaining("maxBodyBytes");
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
