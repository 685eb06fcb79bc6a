package io.purplemcp.adapters.mcp.http.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProtectedResourceTest {

    private final ProtectedResource resource = new ProtectedResource(
            URI.create("https://mcp.example.com/purple/mcp"), List.of("https://as.example.com"), Set.of("mcp:tools"));

    @Test
    void metadataLivesUnderThePathSuffixedWellKnownUrl() {
        assertThat(resource.metadataUrl())
                .hasToString("https://mcp.example.com/.well-known/oauth-protected-resource/purple/mcp");
        assertThat(resource.metadataPaths(List.of("/mcp", "/mcp/")))
                .containsExactly(
                        "/.well-known/oauth-protected-resource",
                        "/.well-known/oauth-protected-resource/purple/mcp",
                        "/.well-known/oauth-protected-resource/mcp",
                        "/.well-known/oauth-protected-resource/mcp/");
    }

    @Test
    void theDocumentNamesResourceServersScopesAndBearerMethods() {
        var document = resource.metadata();
        assertThat(document.get("resource").asText()).isEqualTo("https://mcp.example.com/purple/mcp");
        assertThat(document.get("authorization_servers").get(0).asText()).isEqualTo("https://as.example.com");
        assertThat(document.get("scopes_supported").get(0).asText()).isEqualTo("mcp:tools");
        assertThat(document.get("bearer_methods_supported").get(0).asText()).isEqualTo("header");
    }

    @Test
    void challengesFollowRfc6750() {
        assertThat(resource.challenge(null, null))
                .isEqualTo("Bearer resource_metadata=\"https://mcp.example.com/.well-known/oauth-protected-resource"
                        + "/purple/mcp\", scope=\"mcp:tools\"");
        assertThat(resource.challenge("invalid_token", "The \"token\" expired.\n"))
                .endsWith("error=\"invalid_token\", error_description=\"The token expired.\"");
        assertThat(resource.insufficientScope())
                .startsWith("Bearer error=\"insufficient_scope\", scope=\"mcp:tools\", resource_metadata=");
    }

    @Test
    void aBareOriginHasNoSuffix() {
        var bare = new ProtectedResource(URI.create("https://mcp.example.com/"), List.of("https://as"), Set.of());
        assertThat(bare.metadataUrl()).hasToString("https://mcp.example.com/.well-known/oauth-protected-resource");
        assertThat(bare.metadata().has("scopes_supported")).isFalse();
        assertThat(bare.challenge(null, null)).doesNotContain("scope=");
    }
}
