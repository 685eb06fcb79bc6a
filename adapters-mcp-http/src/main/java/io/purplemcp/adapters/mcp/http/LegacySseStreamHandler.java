package io.purplemcp.adapters.mcp.http;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /sse} of the legacy HTTP+SSE transport: opens a session whose lifetime is this stream.
 * The first event tells the client where to POST its messages; every reply and notification then
 * arrives here as a {@code message} event. When the stream closes the session ends.
 */
final class LegacySseStreamHandler extends SingleMethodHandler {

    private static final Logger LOG = LoggerFactory.getLogger(LegacySseStreamHandler.class);
    static final String FORWARDED_PREFIX_HEADER = "X-Forwarded-Prefix";

    // A dual-transport client POSTs initialize here first; the quick 405 sends it to the SSE path.
    LegacySseStreamHandler(TransportContext context) {
        super(context, "GET");
    }

    @Override
    void serve(HttpExchange exchange) throws IOException {
        if (!context.sessions().reserve()) {
            context.responses()
                    .transportError(exchange, 503, "Service Unavailable: too many sessions; try again later.");
            return;
        }
        var entry = context.sessions().register(context.server().newSession(), exchange);
        var stream = new SseStream(context.outbox(exchange));
        entry.attach(stream);
        stream.closed().whenComplete((delivered, failure) -> {
            if (context.sessions().remove(entry.id())) {
                LOG.debug("SSE stream closed; its session ended");
            }
        });
        stream.open(context.timer(), context.settings().keepAliveInterval());
        context.inFlight().trackStream(stream.closed());
        stream.send("endpoint", prefix(exchange) + "/messages/?session_id=" + entry.id());
    }

    /**
     * The path the client must use to reach us. A proxy that mounts us under a prefix says so in
     * {@code X-Forwarded-Prefix}; a value that is not a plain path is ignored rather than trusted.
     */
    private String prefix(HttpExchange exchange) {
        var forwarded = exchange.getRequestHeaders().getFirst(FORWARDED_PREFIX_HEADER);
        if (forwarded != null) {
            var parsed = PathPrefix.parse(forwarded.trim());
            if (parsed.isPresent()) {
                return parsed.get();
            }
            LOG.debug("ignoring an X-Forwarded-Prefix that is not a plain path");
        }
        return context.settings().pathPrefix();
    }
}
