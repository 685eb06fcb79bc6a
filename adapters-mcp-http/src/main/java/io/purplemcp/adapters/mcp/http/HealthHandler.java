package io.purplemcp.adapters.mcp.http;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * {@code /health} (liveness: the process answers; the body is exactly {@code {"status":"ok"}}) and
 * {@code /health/ready} (readiness: the caller's verdict, and not while draining). Neither reaches
 * the console or reveals anything else, since probes are unauthenticated.
 */
record HealthHandler(Responses responses, Readiness readiness, BooleanSupplier draining) implements HttpHandler {

    static final String LIVENESS_PATH = "/health";
    static final String READINESS_PATH = "/health/ready";

    private static final byte[] ALIVE = "{\"status\":\"ok\"}".getBytes(StandardCharsets.UTF_8);
    private static final byte[] READY = "{\"status\":\"ready\"}".getBytes(StandardCharsets.UTF_8);

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        if (responses.refusedUnlessRead(exchange)) {
            return;
        }
        if (exchange.getRequestURI().getRawPath().equals(LIVENESS_PATH)) {
            Responses.bytes(exchange, 200, MediaTypes.JSON, ALIVE);
            return;
        }
        var problem = draining.getAsBoolean() ? Optional.of("shutting down") : readiness.notReadyReason();
        if (problem.isEmpty()) {
            Responses.bytes(exchange, 200, MediaTypes.JSON, READY);
            return;
        }
        var body =
                JsonNodeFactory.instance.objectNode().put("status", "not_ready").put("reason", problem.get());
        responses.json(exchange, 503, body);
    }
}
