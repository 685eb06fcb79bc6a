package io.purplemcp.adapters.mcp.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.purplemcp.adapters.mcp.http.metrics.ServerMetrics;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** {@code GET /metrics}: the Prometheus text exposition. Guarded like the MCP routes (see McpHttpServer). */
record MetricsHandler(ServerMetrics metrics, Responses responses) implements HttpHandler {

    static final String PATH = "/metrics";

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        if (responses.refusedUnlessRead(exchange)) {
            return;
        }
        var body = metrics.scrape().getBytes(StandardCharsets.UTF_8);
        Responses.bytes(exchange, 200, ServerMetrics.contentType(), body);
    }
}
