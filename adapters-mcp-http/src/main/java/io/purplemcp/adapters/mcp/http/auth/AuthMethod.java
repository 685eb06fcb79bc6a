package io.purplemcp.adapters.mcp.http.auth;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** How HTTP callers prove who they are ({@code PURPLEMCP_HTTP_AUTH}). */
public sealed interface AuthMethod {

    /** No check: for loopback use, where the operating system's users are the boundary. */
    record None() implements AuthMethod {}

    /** Static tokens known by their SHA-256; the matching entry's name is the identity. */
    record Bearer(List<BearerTokenEntry> tokens) implements AuthMethod {
        public Bearer {
            tokens = List.copyOf(tokens);
            if (tokens.isEmpty()) {
                throw new IllegalArgumentException("bearer mode needs at least one token");
            }
        }
    }

    /**
     * OAuth 2.1 resource server: JWT access tokens from {@code issuer}.
     *
     * @param jwksUrl where the signing keys are; empty to discover it from the issuer's metadata
     * @param publicUrl this server's canonical URL as clients reach it, the resource identifier
     * @param audience the {@code aud} tokens must carry (by default the public URL)
     * @param requiredScopes scopes every request needs
     */
    record OAuth(String issuer, Optional<URI> jwksUrl, URI publicUrl, String audience, Set<String> requiredScopes)
            implements AuthMethod {
        public OAuth {
            Objects.requireNonNull(issuer, "issuer");
            Objects.requireNonNull(jwksUrl, "jwksUrl");
            Objects.requireNonNull(publicUrl, "publicUrl");
            Objects.requireNonNull(audience, "audience");
            requiredScopes = Set.copyOf(requiredScopes);
        }
    }
}
