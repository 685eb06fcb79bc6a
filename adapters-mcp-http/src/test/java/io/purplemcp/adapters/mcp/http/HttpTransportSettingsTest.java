package io.purplemcp.adapters.mcp.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class HttpTransportSettingsTest {

    private static HttpTransportSettings with(List<String> hosts, List<String> origins, int maxBody, String prefix) {
        return new HttpTransportSettings(
                "localhost",
                8000,
                HttpMode.SSE,
                false,
                false,
                hosts,
                origins,
                maxBody,
                10,
                10,
                Duration.ofMinutes(1),
                Duration.ofSeconds(1),
                Duration.ofSeconds(1),
                Duration.ZERO,
                prefix);
    }

    @Test
    void defaultsFollowTheHardeningSection() {
        var defaults = HttpTransportSettings.defaults("localhost", 8000, HttpMode.STREAMABLE_HTTP);

        assertThat(defaults.stateless()).isFalse();
        assertThat(defaults.remoteAccess()).isFalse();
        assertThat(defaults.maxBodyBytes()).isEqualTo(4 * 1024 * 1024);
        assertThat(defaults.maxSessions()).isEqualTo(1000);
        assertThat(defaults.sessionIdleTimeout()).isEqualTo(Duration.ofMinutes(30));
        assertThat(defaults.keepAliveInterval()).isEqualTo(Duration.ofSeconds(15));
        assertThat(defaults.requestTimeout()).isEqualTo(Duration.ofSeconds(330));
        assertThat(defaults.pathPrefix()).isEmpty();
    }

    @Test
    void allowListsAndPrefixAreNormalised() {
        var settings = with(List.of(" MCP.Example.com "), List.of("HTTPS://MCP.example.com/"), 1, "/proxy/");

        assertThat(settings.extraAllowedHosts()).containsExactly("mcp.example.com");
        assertThat(settings.extraAllowedOrigins()).containsExactly("https://mcp.example.com/");
        assertThat(settings.pathPrefix()).isEqualTo("/proxy");
    }

    @Test
    void nonsenseIsRefusedAtStartUp() {
        assertThatThrownBy(() -> with(List.of("bad host"), List.of(), 1, ""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("extraAllowedHosts");
        assertThatThrownBy(() -> with(List.of(), List.of("mcp.example.com"), 1, ""))
                .hasMessageContaining("extraAllowedOrigins");
        assertThatThrownBy(() -> with(List.of(" "), List.of(), 1, "")).hasMessageContaining("blank");
        assertThatThrownBy(() -> with(List.of(), List.of(), 0, "")).hasMessageContaining("maxBodyBytes");
        assertThatThrownBy(() -> with(List.of(), List.of(), 1, "//evil")).hasMessageContaining("pathPrefix");
        assertThatThrownBy(() -> HttpTransportSettings.defaults("localhost", 70_000, HttpMode.SSE))
                .hasMessageContaining("port");
    }
}
