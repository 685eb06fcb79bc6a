package io.purplemcp.adapters.mcp.http.auth;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * This server as an OAuth protected resource: its metadata document (RFC 9728) and the
 * {@code WWW-Authenticate} challenges (RFC 6750 section 3) that point clients to it.
 *
 * @param resource the canonical URL clients use, which is also the resource indicator tokens are minted for
 * @param authorizationServers the issuers whose tokens are accepted
 * @param requiredScopes scopes every call needs; advertised so clients ask for them up front
 */
public record ProtectedResource(URI resource, List<String> authorizationServers, Set<String> requiredScopes) {

    public static final String WELL_KNOWN = "/.well-known/oauth-protected-resource";
    // error_description is a quoted-string; keep it to characters that need no escaping anywhere.
    private static final Pattern UNSAFE = Pattern.compile("[^ -!#-\\[\\]-~]");

    public ProtectedResource {
        Objects.requireNonNull(resource, "resource");
        authorizationServers = List.copyOf(authorizationServers);
        requiredScopes = Set.copyOf(new LinkedHashSet<>(requiredScopes));
    }

    /** Where the metadata is published: the well-known prefix inserted before the resource's path. */
    public URI metadataUrl() {
        return URI.create(resource.getScheme() + "://" + resource.getRawAuthority() + WELL_KNOWN + resourcePath());
    }

    /**
     * The local paths to serve the metadata at: the bare well-known path, and the path-suffixed form for
     * the resource's own path and each transport path (a proxy may publish us under a prefix).
     */
    public List<String> metadataPaths(List<String> transportPaths) {
        var paths = new LinkedHashSet<String>();
        paths.add(WELL_KNOWN);
        if (!resourcePath().isEmpty()) {
            paths.add(WELL_KNOWN + resourcePath());
        }
        transportPaths.forEach(path -> paths.add(WELL_KNOWN + path));
        return List.copyOf(paths);
    }

    public ObjectNode metadata() {
        var nodes = JsonNodeFactory.instance;
        var document = nodes.objectNode();
        document.put("resource", resource.toString());
        var servers = document.putArray("authorization_servers");
        authorizationServers.forEach(servers::add);
        if (!requiredScopes.isEmpty()) {
            var scopes = document.putArray("scopes_supported");
            sortedScopes().forEach(scopes::add);
        }
        document.putArray("bearer_methods_supported").add("header");
        document.put("resource_name", "Purple MCP");
        return document;
    }

    /** 401: no token, or one that failed verification ({@code description} is then present). */
    public String challenge(String error, String description) {
        var parts = new ArrayList<String>();
        parts.add("resource_metadata=\"" + metadataUrl() + "\"");
        if (!requiredScopes.isEmpty()) {
            parts.add("scope=\"" + String.join(" ", sortedScopes()) + "\"");
        }
        if (error != null) {
            parts.add("error=\"" + error + "\"");
            parts.add("error_description=\"" + UNSAFE.matcher(description).replaceAll("") + "\"");
        }
        return "Bearer " + String.join(", ", parts);
    }

    /** 403: a valid token without the scopes every call needs. */
    public String insufficientScope() {
        return "Bearer error=\"insufficient_scope\", scope=\"" + String.join(" ", sortedScopes())
                + "\", resource_metadata=\"" + metadataUrl()
                + "\", error_description=\"The access token lacks a required scope.\"";
    }

    public boolean grants(Principal principal) {
        return principal.scopes().containsAll(requiredScopes);
    }

    private List<String> sortedScopes() {
        return requiredScopes.stream().sorted().toList();
    }

    private String resourcePath() {
        var path = resource.getRawPath() == null ? "" : resource.getRawPath();
        return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
