package io.purplemcp.adapters.mcp.http.auth;

/** Decides whether a presented bearer token is one of ours and whose it is. */
@FunctionalInterface
public interface TokenVerifier {

    Verification verify(String token);
}
