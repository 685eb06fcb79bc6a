package io.purplemcp.adapters.sentinelone.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.purplemcp.adapters.sentinelone.ConsoleSettings;
import io.purplemcp.adapters.sentinelone.SentinelOneConsole;
import java.net.Proxy;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HttpPartsTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "abc123|ApiToken abc123|Bearer abc123",
                "'  abc123  '|ApiToken abc123|Bearer abc123",
                "Bearer abc123|ApiToken abc123|Bearer abc123",
                "bearer   abc123|ApiToken abc123|Bearer abc123",
                "ApiToken abc123|ApiToken abc123|Bearer abc123",
                "Bearerabc|ApiToken Bearerabc|Bearer Bearerabc"
            })
    void theTokenIsNormalisedOnceAndEachUpstreamAddsItsScheme(String configured, String apiToken, String bearer) {
        var credentials = Credentials.of(configured);

        assertThat(credentials.apiToken()).isEqualTo(apiToken);
        assertThat(credentials.bearer()).isEqualTo(bearer);
        assertThat(credentials.toString()).doesNotContain("abc");
    }

    @Test
    void anEmptyTokenIsRefused() {
        assertThatThrownBy(() -> Credentials.of("  ")).hasMessage("the console token is empty");
        assertThatThrownBy(() -> Credentials.of("Bearer   ")).hasMessage("the console token is empty");
        assertThat(Credentials.of("secret-1").redact("echo secret-1 back")).isEqualTo("echo [REDACTED] back");
        // Too short to be a real token (the configuration refuses it): redacting would mangle words.
        assertThat(Credentials.of("t").redact("adapters")).isEqualTo("adapters");
    }

    @ParameterizedTest
    @CsvSource({
        "console.example.com, 443, '', false",
        "console.example.com, 443, '*', true",
        "console.example.com, 443, 'console.example.com', true",
        "console.example.com, 443, 'CONSOLE.example.com.', true",
        "console.example.com, 443, 'example.com', true",
        "console.example.com, 443, '.example.com', true",
        "console.example.com, 443, '*.example.com', true",
        "example.com, 443, '.example.com', true",
        "badexample.com, 443, 'example.com', false",
        "console.example.com, 443, 'other.com, .example.com', true",
        "console.example.com, 443, 'console.example.com:8443', false",
        "console.example.com, 8443, 'console.example.com:8443', true",
        "127.0.0.1, 443, '127.0.0.1', true",
        "127.0.0.2, 443, '127.0.0.1', false",
        "[::1], 443, '::1', true",
        "[::1], 443, '[::1]:443', true"
    })
    void noProxyEntriesExemptHosts(String host, int port, String noProxy, boolean direct) {
        var entries = noProxy.isEmpty() ? List.<String>of() : List.of(noProxy.split(","));
        var selector = new NoProxyAwareSelector(ProxySettings.via("proxy.local", 3128, entries));

        var chosen = selector.select(URI.create("https://" + host + ":" + port + "/x"));

        assertThat(chosen).singleElement().satisfies(proxy -> {
            if (direct) {
                assertThat(proxy).isEqualTo(Proxy.NO_PROXY);
            } else {
                assertThat(proxy.type()).isEqualTo(Proxy.Type.HTTP);
                assertThat(proxy.address().toString()).contains("proxy.local").contains("3128");
            }
        });
    }

    @Test
    void withoutAProxyEverythingIsDirectAndTheDefaultPortDependsOnTheScheme() {
        var direct = new NoProxyAwareSelector(ProxySettings.direct());
        assertThat(direct.select(URI.create("https://a.example"))).containsExactly(Proxy.NO_PROXY);

        var selector = new NoProxyAwareSelector(ProxySettings.via("p", 1, List.of("a.example:80", " ", "")));
        assertThat(selector.select(URI.create("http://a.example/"))).containsExactly(Proxy.NO_PROXY);
        assertThat(selector.select(URI.create("https://a.example/"))).doesNotContain(Proxy.NO_PROXY);
        assertThatThrownBy(() -> selector.select(URI.create("mailto:x"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void proxyAddressesAreChecked() {
        assertThatThrownBy(() -> new ProxySettings.Address(" ", 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ProxySettings.Address("p", 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ProxySettings.Address("p", 65_536)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void retryAfterIsSecondsOrAnHttpDate() {
        var now = Instant.parse("2026-01-15T12:00:00Z");

        assertThat(RetryAfter.parse("7", now)).contains(Duration.ofSeconds(7));
        assertThat(RetryAfter.parse(" 0 ", now)).contains(Duration.ZERO);
        assertThat(RetryAfter.parse("Thu, 15 Jan 2026 12:00:30 GMT", now)).contains(Duration.ofSeconds(30));
        assertThat(RetryAfter.parse("Thu, 15 Jan 2026 11:00:00 GMT", now)).contains(Duration.ZERO);
        assertThat(RetryAfter.parse("soon", now)).isEmpty();
        assertThat(RetryAfter.parse("-1", now)).isEmpty();
        assertThat(RetryAfter.parse(null, now)).isEmpty();
    }

    @Test
    void theUpstreamMessageIsFoundInTheUsualErrorShapes() {
        var json = new ObjectMapper();

        assertThat(UpstreamMessages.of(
                        body("{\"status\":\"error/client/badParam\",\"message\":\"Unknown command\"}"), json))
                .isEqualTo("Unknown command");
        assertThat(UpstreamMessages.of(
                        body("{\"errors\":[{\"message\":\"a\"},{\"detail\":\"b\"},{\"title\":\"c\"},\"d\",{}]}"), json))
                .isEqualTo("a; b; c; d");
        assertThat(UpstreamMessages.of(body("{\"error\":{\"message\":\"nested\"}}"), json))
                .isEqualTo("nested");
        assertThat(UpstreamMessages.of(body("{\"error\":\"Bad request\"}"), json))
                .isEqualTo("Bad request");
        assertThat(UpstreamMessages.of(body("{\"detail\":\"boom\",\"description\":\"d\"}"), json))
                .isEqualTo("boom");
        assertThat(UpstreamMessages.of(body("{\"description\":\"d\",\"detail\":5}"), json))
                .isEqualTo("d");
        assertThat(UpstreamMessages.of(body("{\"message\":\"m\",\"detail\":\"not this\"}"), json))
                .isEqualTo("m");
        assertThat(UpstreamMessages.of(body("Internal Server Error\n"), json)).isEqualTo("Internal Server Error");
        assertThat(UpstreamMessages.of(body("<html><body>oops</body></html>"), json))
                .isEmpty();
        assertThat(UpstreamMessages.of(body("{broken"), json)).isEmpty();
        assertThat(UpstreamMessages.of(body("[1]"), json)).isEmpty();
        assertThat(UpstreamMessages.of(body(""), json)).isEmpty();
        assertThat(UpstreamMessages.of(body("x".repeat(UpstreamMessages.MAX_SEARCHED + 1)), json))
                .isEmpty();
        assertThat(UpstreamMessages.of(body("y".repeat(2_000)), json)).hasSize(500);
    }

    @Test
    void aBodyStreamsOnceAndReleasesWhatItRead() throws Exception {
        var body = new Body(List.of(buffer("ab"), buffer(""), buffer("cde")), 5);

        assertThat(body.text(3)).isEqualTo("abc");
        assertThat(body.text(100)).isEqualTo("abcde");
        assertThat(body.length()).isEqualTo(5);
        try (var in = body.stream()) {
            assertThat(in.read()).isEqualTo('a');
            assertThat(in.available()).isEqualTo(1);
            var rest = new byte[10];
            assertThat(in.read(rest, 0, 0)).isZero();
            assertThat(in.read(rest, 0, 10)).isEqualTo(1);
            assertThat(in.read(rest, 1, 10)).isEqualTo(3);
            assertThat(new String(rest, 0, 4, StandardCharsets.UTF_8)).isEqualTo("bcde");
            assertThat(in.read(rest, 0, 10)).isEqualTo(-1);
            assertThat(in.read()).isEqualTo(-1);
            assertThat(in.available()).isZero();
        }
        assertThat(Body.empty().length()).isZero();
    }

    @Test
    void settingsRecordsRefuseNonsense() {
        var second = Duration.ofSeconds(1);
        assertThatThrownBy(() -> new HttpTimeouts(Duration.ZERO, second, second, second))
                .hasMessageContaining("connect");
        assertThatThrownBy(() -> new HttpTimeouts(second, second, second, Duration.ofSeconds(-1)))
                .hasMessageContaining("delete");
        assertThatThrownBy(() -> new RetrySettings(0, second, second, second))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetrySettings(2, second, Duration.ZERO, second))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(RetrySettings.none().maxAttempts()).isEqualTo(1);
        assertThatThrownBy(() -> httpSettings(" ", 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> httpSettings("ua", 0)).isInstanceOf(IllegalArgumentException.class);
    }

    private static HttpSettings httpSettings(String userAgent, long maxBodyBytes) {
        return new HttpSettings(
                userAgent,
                TlsSettings.verified(),
                ProxySettings.direct(),
                HttpTimeouts.DEFAULTS,
                RetrySettings.DEFAULTS,
                maxBodyBytes,
                false);
    }

    @Test
    void theTlsBypassIsRefusedInProductionAtConfigurationTime() {
        assertThatThrownBy(() -> new TlsSettings(true, "prod", EnvironmentClass.PRODUCTION, Optional.empty()))
                .isInstanceOf(TlsBypassRefused.class)
                .hasMessageContaining("TLS verification bypass is FORBIDDEN in production")
                .hasMessageContaining("critical security risk")
                .hasMessageContaining("Current environment: prod")
                .hasMessageContaining("PURPLEMCP_ENV=development")
                .hasMessageContaining("PURPLEMCP_CA_BUNDLE");
        assertThat(new TlsSettings(true, "dev", EnvironmentClass.DEVELOPMENT, Optional.empty()).skipVerify())
                .isTrue();
        assertThat(new TlsSettings(true, "staging", EnvironmentClass.OTHER, Optional.empty()).skipVerify())
                .isTrue();
    }

    @Test
    void aCaBundleWithoutCertificatesIsRefused() {
        assertThatThrownBy(() -> TrustSetup.context(TlsSettings.trusting("no certificate here"), "https://x"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("TLS context cannot be built");
    }

    @Test
    void aBrokenCaCertificateIsRefusedWhenTheConsoleIsConnectedNotAtItsFirstRequest() {
        var settings = ConsoleSettings.of(
                        URI.create("https://console.example.test"), "token", "1.0", "0123456789abcdef0123456789abcdef")
                .trusting(Optional.of(
                        "-----BEGIN CERTIFICATE-----\nbm90IGEgY2VydGlmaWNhdGU=\n-----END CERTIFICATE-----\n"));

        assertThatThrownBy(() -> SentinelOneConsole.connect(settings))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("TLS context cannot be built");
    }

    static Body body(String text) {
        var bytes = text.getBytes(StandardCharsets.UTF_8);
        return new Body(List.of(ByteBuffer.wrap(bytes)), bytes.length);
    }

    static ByteBuffer buffer(String text) {
        return ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
    }
}
