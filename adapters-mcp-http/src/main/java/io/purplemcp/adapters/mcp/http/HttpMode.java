package io.purplemcp.adapters.mcp.http;

/** Which HTTP transport the server speaks; both also serve the health endpoints. */
public enum HttpMode {
    /** {@code /mcp}: Streamable HTTP, revisions 2025-03-26 to 2025-11-25 (stateful, or stateless on request). */
    STREAMABLE_HTTP,
    /** {@code /sse} plus {@code /messages/}: the deprecated HTTP+SSE transport of 2024-11-05, still used by clients. */
    SSE
}
