package io.purplemcp.adapters.mcp.http.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HttpJwksSourceTest {

    private static final TestKeys KEY = TestKeys.generate(TestKeys.Kind.ED25519, "ed");
    private final HttpClient client =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final Map<String, String> documents = new ConcurrentHashMap<>();
    private HttpServer server;
    private String origin;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            var body = documents.get(exchange.getRequestURI().getPath());
            var bytes = (body == null ? "" : body).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(body == null ? 404 : 200, bytes.length == 0 ? -1 : bytes.length);
            try (var out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
        origin = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void metadataUrlsFollowRfc8414ThenOpenIdDiscovery() {
        assertThat(HttpJwksSource.metadataUrls("https://as.example.com/tenant/"))
                .containsExactly(
                        URI.create("https://as.example.com/.well-known/oauth-authorization-server/tenant"),
                        URI.create("https://as.example.com/tenant/.well-known/openid-configuration"));
    }

    @Test
    void discoversTheJwksFromOpenIdMetadataWhenRfc8414HasNone() throws IOException {
        documents.put(
                "/.well-known/openid-configuration",
                "{\"issuer\":\"" + origin + "\",\"jwks_uri\":\"" + origin + "/keys\"}");
        documents.put("/keys", TestKeys.jwks(KEY).toString());
        var source = new HttpJwksSource(client, origin, Optional.empty(), Duration.ofSeconds(5));
        assertThat(JwkSet.parse(source.fetch())).hasSize(1);
    }

    @Test
    void refusesMetadataOfAnotherIssuer() {
        documents.put(
                "/.well-known/oauth-authorization-server",
                "{\"issuer\":\"https://evil.example.com\",\"jwks_uri\":\"" + origin + "/keys\"}");
        var source = new HttpJwksSource(client, origin, Optional.empty(), Duration.ofSeconds(5));
        assertThatThrownBy(source::fetch).isInstanceOf(IOException.class);
    }

    @Test
    void aConfiguredJwksUrlNeedsNoDiscovery() throws IOException {
        documents.put("/jwks.json", TestKeys.jwks(KEY).toString());
        var source = new HttpJwksSource(
                client,
                "https://unreachable.example.com",
                Optional.of(URI.create(origin + "/jwks.json")),
                Duration.ofSeconds(5));
        assertThat(List.of(source.fetch().get("keys").get(0).get("kid").asText()))
                .containsExactly("ed");
    }
}
