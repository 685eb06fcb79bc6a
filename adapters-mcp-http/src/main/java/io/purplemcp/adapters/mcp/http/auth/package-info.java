/**
 * Who may call the HTTP transports, and what is remembered about it: bearer-token and OAuth 2.1
 * resource-server checks (JWT access tokens verified with JDK crypto, keys from the authorization
 * server's JWKS), protected-resource metadata, rate limits and the audit log. Nothing here knows the
 * JDK HTTP server; the transport package applies these decisions to exchanges.
 */
package io.purplemcp.adapters.mcp.http.auth;
