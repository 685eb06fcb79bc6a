package io.purplemcp.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.purplemcp.sandbox.http.RecordedRequest;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;

class SandboxConsoleTest {

    @Test
    void servesHttpsOnLoopbackToClientsThatTrustItsCertificate() throws Exception {
        try (var console = SandboxConsole.start()) {
            var client = HttpClient.newBuilder()
                    .sslContext(SandboxConsole.clientTls())
                    .build();

            var response = client.send(
                    HttpRequest.newBuilder(URI.create(console.baseUrl() + "/nothing-here"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(console.baseUrl()).startsWith("https://127.0.0.1:");
            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(response.body()).contains("Not found");
        }
    }

    @Test
    void answersAKnownPathWithAnotherMethod405() throws Exception {
        try (var console = SandboxConsole.start()) {
            var client = new SandboxClient(console);

            var response = client.send(client.request(SandboxConsole.PURPLE_AI_PATH, Duration.ofSeconds(5))
                    .GET()
                    .build());

            assertThat(response.statusCode()).isEqualTo(405);
            assertThat(response.headers().firstValue("Allow")).hasValue("POST");
        }
    }

    @Test
    void acceptsOnlyTheTokenItWasStartedWith() throws Exception {
        try (var console = SandboxConsole.start(SandboxOptions.defaults().withToken("tenant-token-1"))) {
            var demo = new SandboxClient(console);
            var configured = new SandboxClient(console, "tenant-token-1");

            assertThat(demo.purpleAi("What is STAR?").statusCode()).isEqualTo(401);
            assertThat(demo.launch("| limit 1").statusCode()).isEqualTo(401);
            assertThat(configured.purpleAi("What is STAR?").statusCode()).isEqualTo(200);
            assertThat(configured.launch("| limit 1").statusCode()).isEqualTo(200);
            assertThat(console.requests()).extracting(RecordedRequest::status).containsExactly(401, 401, 200, 200);
        }
    }

    @Test
    void logsRequestsToUnknownPathsAndCanForgetThem() throws Exception {
        try (var console = SandboxConsole.start()) {
            var client = new SandboxClient(console);
            client.send(client.request("/sandbox/redirect-target/x?a=1", Duration.ofSeconds(5))
                    .build());

            assertThat(console.requests()).singleElement().satisfies(request -> {
                assertThat(request.path()).isEqualTo("/sandbox/redirect-target/x");
                assertThat(request.query()).isEqualTo("a=1");
                assertThat(request.status()).isEqualTo(404);
                assertThat(request.authScheme()).isEmpty();
            });
            console.clearRequests();
            assertThat(console.requests()).isEmpty();
        }
    }

    @Test
    void stopsServingWhenClosed() throws Exception {
        var console = SandboxConsole.start();
        var client = new SandboxClient(console);
        assertThat(client.purpleAi("What is STAR?").statusCode()).isEqualTo(200);

        console.close();

        assertThatThrownBy(() ->
                        client.send(client.request("/", Duration.ofSeconds(5)).build()))
                .isInstanceOf(UncheckedIOException.class);
    }

    @Test
    void isRejectedByClientsThatDoNotTrustItsCertificate() throws Exception {
        try (var console = SandboxConsole.start()) {
            var client = HttpClient.newHttpClient();

            assertThatThrownBy(() -> client.send(
                            HttpRequest.newBuilder(URI.create(console.baseUrl() + "/"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString()))
                    .isInstanceOf(SSLHandshakeException.class);
        }
    }
}
