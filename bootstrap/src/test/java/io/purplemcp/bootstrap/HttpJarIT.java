package io.purplemcp.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The built jar in its HTTP modes: start-up messages, the binding rule, health, and the way it stops. */
class HttpJarIT {

    private static final Map<String, String> CONFIGURED = Map.of(
            "PURPLEMCP_CONSOLE_TOKEN", "it-token",
            "PURPLEMCP_CONSOLE_BASE_URL", "https://console.example.test");
    // One client per test: a pooled connection must never outlive the server it was opened to, since a
    // later test's server may get the same (freed) port.
    private final HttpClient client =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private HttpResponse<String> get(int port, String path) throws Exception {
        return client.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"streamable-http", "sse"})
    void servesHealthAndStopsGracefullyOnSigterm(String mode) throws Exception {
        int port = RunningJar.freePort();
        try (var jar =
                RunningJar.start(CONFIGURED, List.of("--mode", mode, "--host", "127.0.0.1", "--port", "" + port))) {
            var health = get(port, "/health");

            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).isEqualTo("{\"status\":\"ok\"}");
            assertThat(get(port, "/health/ready").statusCode()).isEqualTo(200);
            assertThat(jar.stderr())
                    .contains("✓ Configuration validated successfully")
                    .contains("Starting Purple MCP server in " + mode.toUpperCase(java.util.Locale.ROOT)
                            + " mode on 127.0.0.1:" + port + "...")
                    .doesNotContain("REMOTE ACCESS");
            assertThat(jar.terminate()).isEqualTo(143);
            assertThat(jar.stderr()).doesNotContain("Exception");
        }
    }

    @Test
    void answersAStatelessToolCallWithoutAHandshakeThenStops() throws Exception {
        int port = RunningJar.freePort();
        try (var jar = RunningJar.start(
                CONFIGURED, List.of("--mode", "streamable-http", "--stateless-http", "--port", "" + port))) {
            var call = client.sendAsync(
                    RunningJar.mcpPost(
                            URI.create("http://127.0.0.1:" + port + "/mcp"),
                            "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\",\"params\":{\"name\":"
                                    + "\"iso_to_unix_timestamp\",\"arguments\":{\"iso_datetime\":\"2025-10-30T12:00:00Z\"}}}"),
                    HttpResponse.BodyHandlers.ofString());

            var response = call.get(30, TimeUnit.SECONDS);
            int status = jar.terminate();

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).contains("1761825600000");
            assertThat(status).isEqualTo(143);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.0.0.0", "192.168.1.100"})
    void refusesANonLoopbackHostWithoutTheOptIn(String host) throws Exception {
        int port = RunningJar.freePort();
        try (var jar = RunningJar.start(CONFIGURED, List.of("--mode", "sse", "--host", host, "--port", "" + port))) {
            assertThat(jar.awaitExit()).isEqualTo(1);
            assertThat(jar.stderr())
                    .contains("SECURITY ERROR", "Refusing to bind to non-loopback interface", "'" + host + "'")
                    .contains("--allow-remote-access");
            // Nothing was bound: the port is still free.
            new ServerSocket(port, 1, InetAddress.getLoopbackAddress()).close();
        }
    }

    @Test
    void aConfigurationErrorWinsOverTheBindingRule() throws Exception {
        try (var jar = RunningJar.start(
                Map.of("PURPLEMCP_CONSOLE_TOKEN", "it-token"), List.of("--mode", "sse", "--host", "0.0.0.0"))) {
            assertThat(jar.awaitExit()).isEqualTo(1);
            assertThat(jar.stderr()).contains("✗ Configuration error").doesNotContain("SECURITY ERROR");
        }
    }

    @Test
    void aPortInUseFailsTheStartWithExitCodeOne() throws Exception {
        try (var taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                var jar = RunningJar.start(
                        CONFIGURED,
                        List.of(
                                "--mode",
                                "streamable-http",
                                "--host",
                                "127.0.0.1",
                                "--port",
                                "" + taken.getLocalPort()))) {
            assertThat(jar.awaitExit()).isEqualTo(1);
            assertThat(jar.stderr()).contains("✗ Failed to start server");
        }
    }

    @Test
    void stdioIgnoresTheHostRules() throws Exception {
        var process = JarProcess.run(CONFIGURED, List.of("--mode", "stdio", "--host", "0.0.0.0"), "");

        assertThat(process.exitCode()).isZero();
        assertThat(process.stderr()).doesNotContain("SECURITY ERROR");
    }

    @Test
    void healthAnswersWhileManyClientsConnect() throws Exception {
        int port = RunningJar.freePort();
        try (var jar = RunningJar.start(CONFIGURED, List.of("--mode", "streamable-http", "--port", "" + port))) {
            var requests = java.util.stream.IntStream.range(0, 50)
                    .mapToObj(i -> client.sendAsync(
                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString()))
                    .toList();
            CompletableFuture.allOf(requests.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);

            assertThat(requests)
                    .allSatisfy(r -> assertThat(r.join().statusCode()).isEqualTo(200));
            assertThat(jar.terminate()).isEqualTo(143);
        }
    }
}
