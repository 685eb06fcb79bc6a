package io.purplemcp.adapters.mcp.http.auth;

import com.fasterxml.jackson.databind.JsonNode;
import io.purplemcp.adapters.mcp.protocol.JsonCodec;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Fetches the JWKS over HTTPS with the JDK client: from the configured URL, or from the {@code jwks_uri}
 * the issuer's metadata (RFC 8414, else OpenID Connect discovery) names. Bounded in time and size,
 * because the authorization server is another party's machine.
 */
final class HttpJwksSource implements JwksSource {

    private static final int MAX_DOCUMENT_BYTES = 512 * 1024;

    private final HttpClient client;
    private final String issuer;
    private final Optional<URI> configuredJwks;
    private final Duration timeout;
    private final JsonCodec codec = new JsonCodec();
    private volatile URI discoveredJwks;

    HttpJwksSource(HttpClient client, String issuer, Optional<URI> configuredJwks, Duration timeout) {
        this.client = client;
        this.issuer = issuer;
        this.configuredJwks = configuredJwks;
        this.timeout = timeout;
    }

    @Override
    public JsonNode fetch() throws IOException {
        var uri = configuredJwks.isPresent() ? configuredJwks.get() : jwksFromMetadata();
        try {
            return get(uri);
        } catch (IOException e) {
            discoveredJwks = null; // the issuer may have moved its keys: look again next time
            throw e;
        }
    }

    private URI jwksFromMetadata() throws IOException {
        var known = discoveredJwks;
        if (known != null) {
            return known;
        }
        IOException last = null;
        for (var candidate : metadataUrls(issuer)) {
            try {
                var metadata = get(candidate);
                var named = metadata.path("issuer").asText("");
                if (!issuer.equals(named)) {
                    throw new IOException("the metadata at " + candidate + " is for another issuer");
                }
                var jwks = metadata.path("jwks_uri").asText("");
                var uri = URI.create(jwks);
                if (!SecureUrls.acceptable(uri)) {
                    throw new IOException("the issuer's jwks_uri is not an https URL");
                }
                discoveredJwks = uri;
                return uri;
            } catch (IOException | IllegalArgumentException e) {
                last = e instanceof IOException io ? io : new IOException(e.getMessage(), e);
            }
        }
        throw last;
    }

    /** RFC 8414 section 3.1 inserts the well-known segment before the issuer's path; OIDC appends it. */
    static List<URI> metadataUrls(String issuer) {
        var uri = URI.create(issuer);
        var path = uri.getRawPath() == null ? "" : uri.getRawPath();
        if (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        var origin = uri.getScheme() + "://" + uri.getRawAuthority();
        return List.of(
                URI.create(origin + "/.well-known/oauth-authorization-server" + path),
                URI.create(origin + path + "/.well-known/openid-configuration"));
    }

    private JsonNode get(URI uri) throws IOException {
        var request = HttpRequest.newBuilder(uri)
                .timeout(timeout)
                .header("Accept", "application/json")
                .GET()
                .build();
        try {
            var response = client.sendAsync(request, HttpResponse.BodyHandlers.ofInputStream())
                    .get(timeout.toMillis() * 2, TimeUnit.MILLISECONDS);
            try (InputStream body = response.body()) {
                if (response.statusCode() != 200) {
                    throw new IOException("HTTP " + response.statusCode() + " from " + uri);
                }
                var bytes = body.readNBytes(MAX_DOCUMENT_BYTES + 1);
                if (bytes.length > MAX_DOCUMENT_BYTES) {
                    throw new IOException("the document at " + uri + " is too large");
                }
                return codec.parse(bytes);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while fetching " + uri, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException("could not fetch " + uri + ": " + e, e);
        } catch (JsonCodec.MalformedJson e) {
            throw new IOException("the document at " + uri + " is not JSON", e);
        }
    }
}
