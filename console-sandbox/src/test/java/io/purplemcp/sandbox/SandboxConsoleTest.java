package io.purplemcp.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;

class SandboxConsoleTest {

    static SSLContext trusting(String pem) throws Exception {
        var certificate = CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
        var store = KeyStore.getInstance(KeyStore.getDefaultType());
        store.load(null, null);
        store.setCertificateEntry("sandbox", certificate);
        var trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(store);
        var context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }

    @Test
    void servesHttpsOnLoopbackToClientsThatTrustItsCertificate() throws Exception {
        try (var console = SandboxConsole.start()) {
            var client = HttpClient.newBuilder()
                    .sslContext(trusting(SandboxConsole.certificatePem()))
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
