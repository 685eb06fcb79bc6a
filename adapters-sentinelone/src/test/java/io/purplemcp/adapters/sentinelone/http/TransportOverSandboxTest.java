package io.purplemcp.adapters.sentinelone.http;

import static io.purplemcp.adapters.sentinelone.testing.SandboxFixture.failure;
import static io.purplemcp.adapters.sentinelone.testing.SandboxFixture.powerquery;
import static io.purplemcp.adapters.sentinelone.testing.SandboxFixture.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.purplemcp.adapters.sentinelone.SentinelOneConsole;
import io.purplemcp.adapters.sentinelone.testing.ConnectProxy;
import io.purplemcp.adapters.sentinelone.testing.SandboxFixture;
import io.purplemcp.testsupport.logging.CapturedLogs;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.event.Level;

/** TLS, proxies and size limits of the shared client, against the sandbox's real HTTPS. */
class TransportOverSandboxTest {

    static final String QUERY = "event.type = 'Process Creation' | limit 3";

    final SandboxFixture fixture = new SandboxFixture();

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void anExtraCaIsTrustedInAdditionToTheJdkStore() {
        assertThat(text(powerquery(fixture.console(), QUERY))).contains("Rows: 3");
    }

    @Test
    void anUntrustedCertificateIsRefused() {
        var console = fixture.console(s -> s.withTls(TlsSettings.verified()));

        assertThat(failure(powerquery(console, QUERY)))
                .startsWith("The PowerQuery could not be started: the console could not be reached: the TLS handshake"
                        + " with the console failed (is its certificate trusted? a private CA goes into"
                        + " PURPLEMCP_CA_BUNDLE)");
        assertThat(fixture.sandbox.requests()).isEmpty();
    }

    @Test
    void skippingVerificationIsRefusedInProductionWhenTheClientIsBuilt() {
        var settings = fixture.settings();
        // A settings object that slipped past the first check (e.g. built before the environment changed).
        var dev = new TlsSettings(true, "dev", EnvironmentClass.DEVELOPMENT, Optional.empty());
        assertThat(dev.skipVerify()).isTrue();
        assertThatThrownBy(() -> new TlsSettings(true, "production", EnvironmentClass.PRODUCTION, Optional.empty()))
                .isInstanceOf(TlsBypassRefused.class);
        // The record refuses the combination; the client re-checks the raw values all the same (point 2).
        assertThatThrownBy(() -> TrustSetup.context(
                        true,
                        "production",
                        EnvironmentClass.PRODUCTION,
                        Optional.empty(),
                        settings.baseUrl().toString()))
                .isInstanceOf(TlsBypassRefused.class)
                .hasMessageContaining("SECURITY ERROR")
                .hasMessageContaining("TLS verification bypass is FORBIDDEN in production")
                .hasMessageContaining("Current environment: production")
                .hasMessageContaining("PURPLEMCP_ENV");
    }

    @Test
    void skippingVerificationOutsideProductionWorksWithLoudWarningsAndAWarningPerRequest() {
        var console = fixture.console(
                s -> s.withTls(new TlsSettings(true, "staging", EnvironmentClass.OTHER, Optional.empty())));

        assertThat(text(powerquery(console, QUERY))).contains("Rows: 3");

        var security = CapturedLogs.entries().stream()
                .filter(e -> e.logger().equals("purple_mcp.security.tls"))
                .toList();
        assertThat(security)
                .anyMatch(e -> e.level() == Level.WARN
                        && e.message()
                                .contains("SECURITY WARNING: TLS certificate verification is DISABLED for "
                                        + fixture.sandbox.baseUrl()))
                .anyMatch(e -> e.level() == Level.ERROR
                        && e.message().contains("CRITICAL SECURITY RISK")
                        && e.message().contains("environment=staging"))
                .anyMatch(e -> e.level() == Level.ERROR
                        && e.message().contains("should only be used in development/testing environment=staging"))
                .anyMatch(e -> e.level() == Level.WARN
                        && e.message().equals("TLS bypass request made method=POST path=/sdl/v2/api/queries"))
                .anyMatch(e -> e.message().startsWith("TLS bypass request made method=GET path=/sdl/v2/api/queries/"));
    }

    @Test
    void requestsGoThroughTheConfiguredProxyByConnect() throws Exception {
        try (var proxy = ConnectProxy.start()) {
            var console = fixture.console(
                    s -> s.withProxy(ProxySettings.via("127.0.0.1", proxy.port(), List.of("example.com"))));

            assertThat(text(powerquery(console, QUERY))).contains("Rows: 3");

            var port = java.net.URI.create(fixture.sandbox.baseUrl()).getPort();
            assertThat(proxy.targets()).isNotEmpty().allMatch(t -> t.equals("127.0.0.1:" + port));
        }
    }

    @Test
    void noProxyHostsConnectDirectly() throws Exception {
        try (var proxy = ConnectProxy.start()) {
            var console = fixture.console(
                    s -> s.withProxy(ProxySettings.via("127.0.0.1", proxy.port(), List.of("localhost", "127.0.0.1"))));

            assertThat(text(powerquery(console, QUERY))).contains("Rows: 3");
            assertThat(proxy.targets()).isEmpty();
        }
    }

    @Test
    void anUnreachableProxyIsATransportFailure() throws Exception {
        int closedPort;
        try (var socket = new java.net.ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        var console = fixture.console(s -> s.withProxy(ProxySettings.via("127.0.0.1", closedPort, List.of())));

        assertThat(failure(powerquery(console, QUERY)))
                .startsWith("The PowerQuery could not be started: the console could not be reached");
    }

    @Test
    void anAnswerLargerThanTheCapIsRefused() {
        SentinelOneConsole console = fixture.console(s -> s.withMaxBodyBytes(4_096));

        assertThat(failure(powerquery(console, "event.type = 'Process Creation' | limit 500")))
                .contains("the console's answer could not be read: the answer is larger than 4096 bytes.");
        fixture.assertNothingLeftRunning();
    }
}
