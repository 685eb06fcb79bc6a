package io.purplemcp.adapters.mcp.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.purplemcp.adapters.mcp.protocol.JsonRpcError;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one handler the JDK server calls. It routes by exact path (the JDK matches contexts by prefix,
 * which would serve {@code /mcpanything}), applies the checks every MCP route shares, and turns any
 * exception into a logged 500 with a JSON-RPC body: the JDK would otherwise drop the connection and
 * log at TRACE, leaving the client and the operator with nothing.
 */
final class RootHandler implements HttpHandler {

    private static final Logger LOG = LoggerFactory.getLogger(RootHandler.class);

    private final Map<String, HttpHandler> routes;
    private final Set<String> probes;
    private final OriginHostPolicy policy;
    private final Responses responses;
    private final BooleanSupplier draining;
    private final InFlight inFlight;
    private final IntConsumer refusals;

    /**
     * @param probes paths served before the Origin/Host and draining checks: health probes come from
     *     orchestrators under any host name, and must keep answering while the server drains
     */
    RootHandler(
            Map<String, HttpHandler> routes,
            Set<String> probes,
            OriginHostPolicy policy,
            Responses responses,
            BooleanSupplier draining,
            InFlight inFlight,
            IntConsumer refusals) {
        this.refusals = refusals;
        this.routes = Map.copyOf(routes);
        this.probes = Set.copyOf(probes);
        this.policy = policy;
        this.responses = responses;
        this.draining = draining;
        this.inFlight = inFlight;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        inFlight.handlerStarted();
        boolean routed = false;
        Optional<ExchangeOutbox> opened;
        try {
            route(exchange);
            routed = true;
        } catch (IOException clientGone) {
            LOG.debug(
                    "connection lost during {} {}: {}",
                    exchange.getRequestMethod(),
                    exchange.getRequestURI().getRawPath(),
                    clientGone.toString());
            // Thrown on, not exchange.close(): the JDK server forgets a connection whose handler throws, while
            // one closed before its response stays counted against jdk.httpserver.maxConnections for good, so
            // clients that cut their requests short could lock every other client out.
            throw clientGone;
        } catch (RuntimeException unexpected) {
            LOG.error(
                    "internal error during {} {}",
                    exchange.getRequestMethod(),
                    exchange.getRequestURI().getRawPath(),
                    unexpected);
            internalError(exchange, unexpected);
        } finally {
            opened = inFlight.takeOpenedByThisHandler();
            if (!routed) {
                // Nobody will write what a failed handler left queued.
                opened.ifPresent(ExchangeOutbox::abandon);
            }
            inFlight.handlerFinished();
            // Refusals are answered before the handler returns; answers that wait for a tool come later and
            // are not refusals, so what is set now is exactly what was refused here.
            int status = exchange.getResponseCode();
            if (status >= 400) {
                refusals.accept(status);
            }
        }
        // Outside the handler count: a shutdown waits for handlers before it closes the event streams.
        if (routed && opened.isPresent()) {
            opened.get().writeUntilClosed();
        }
    }

    private void route(HttpExchange exchange) throws IOException {
        var path = exchange.getRequestURI().getRawPath();
        // The path only: the legacy transport's query carries the session id, which grants access.
        LOG.debug("{} {}", exchange.getRequestMethod(), path);
        var handler = routes.get(path);
        if (handler != null && probes.contains(path)) {
            handler.handle(exchange);
            return;
        }
        if (draining.getAsBoolean()) {
            exchange.getResponseHeaders().set("Connection", "close");
            responses.transportError(exchange, 503, "Service Unavailable: the server is shutting down.");
            return;
        }
        var headers = exchange.getRequestHeaders();
        if (!policy.allowsOrigin(headers.getFirst("Origin"))) {
            LOG.warn("refused a request from a disallowed Origin (possible DNS rebinding or hostile page)");
            responses.transportError(exchange, 403, "Forbidden: Origin not allowed.");
            return;
        }
        if (!policy.allowsHost(headers.getFirst("Host"))) {
            LOG.warn("refused a request for a Host name this server does not answer to (possible DNS rebinding)");
            responses.transportError(exchange, 421, "Misdirected Request: Host not allowed.");
            return;
        }
        if (handler == null) {
            responses.transportError(exchange, 404, "Not Found.");
            return;
        }
        handler.handle(exchange);
    }

    /**
     * Answers 500 when no response has begun. When one has, or when the 500 cannot be written, the failure
     * is thrown to the JDK server instead of closing the exchange: only then does it let go of the
     * connection (see {@link #handle}).
     */
    private void internalError(HttpExchange exchange, RuntimeException cause) throws IOException {
        if (exchange.getResponseCode() != -1) {
            throw new IOException("the response failed part-way", cause);
        }
        responses.error(exchange, 500, JsonRpcError.INTERNAL_ERROR, "Internal error.");
    }
}
