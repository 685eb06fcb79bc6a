/**
 * A small Prometheus registry and its text exposition (format 0.0.4), written here rather than taken
 * from a client library so the server keeps its two runtime dependencies. Recording is lock-free
 * ({@link java.util.concurrent.atomic.LongAdder}); the text is built only when scraped.
 */
package io.purplemcp.adapters.mcp.http.metrics;
