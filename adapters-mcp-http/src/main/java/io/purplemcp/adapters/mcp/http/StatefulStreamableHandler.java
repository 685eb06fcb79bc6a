package io.purplemcp.adapters.mcp.http;

import static io.purplemcp.adapters.mcp.http.StreamablePost.PROTOCOL_VERSION_HEADER;
import static io.purplemcp.adapters.mcp.http.StreamablePost.SESSION_HEADER;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.purplemcp.adapters.mcp.protocol.McpSession;
import io.purplemcp.adapters.mcp.protocol.MessageSink;
import io.purplemcp.adapters.mcp.protocol.ModernEra;
import io.purplemcp.adapters.mcp.protocol.ProtocolVersion;
import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * {@code /mcp} with sessions: a successful {@code initialize} creates one and names it in
 * {@code Mcp-Session-Id}; every later request must carry it. GET opens the session's
 * server-to-client stream (only keep-alives travel on it: this server sends no requests of its own),
 * DELETE ends the session. 2026-07-28 requests bypass all of this: {@link ModernPost} serves them
 * without a session.
 */
final class StatefulStreamableHandler implements HttpHandler {

    private static final MessageSink NOWHERE = notification -> {};

    private final TransportContext context;

    StatefulStreamableHandler(TransportContext context) {
        this.context = context;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        switch (exchange.getRequestMethod()) {
            case "POST" -> post(exchange);
            case "GET" -> openStream(exchange);
            case "DELETE" -> delete(exchange);
            default -> context.responses().methodNotAllowed(exchange, "GET, POST, DELETE");
        }
    }

    private void post(HttpExchange exchange) throws IOException {
        var message = StreamablePost.readPre2026(exchange, context);
        if (message.isEmpty()) {
            return;
        }
        var json = message.get().json();
        if (exchange.getRequestHeaders().getFirst(SESSION_HEADER) == null && JsonRpcShape.isInitialize(json)) {
            initialize(exchange, json);
            return;
        }
        var found = namedSession(exchange, context.sessions()::begin);
        if (found.isEmpty()) {
            return;
        }
        var entry = found.get();
        boolean handedOver = false;
        try {
            if (!namesASupportedVersion(exchange)) {
                unsupportedVersion(exchange, entry.session());
                return;
            }
            exchange.getResponseHeaders().set(SESSION_HEADER, entry.id());
            if (message.get().shape() == JsonRpcShape.NO_REQUESTS) {
                // No tool runs for notifications, so any refusal (a batch the revision forbids) is already there.
                var refusal = entry.session().receive(json, NOWHERE).getNow(null);
                if (refusal != null) {
                    context.responses().json(exchange, 400, refusal);
                } else {
                    Responses.empty(exchange, 202);
                }
                return;
            }
            if (StreamablePost.refusedAsBusy(exchange, context)) {
                return;
            }
            StreamablePost.answer(
                    exchange,
                    context,
                    entry.session(),
                    false,
                    json,
                    () -> context.sessions().finished(entry),
                    context.settings().keepAliveInterval());
            handedOver = true;
        } finally {
            if (!handedOver) {
                context.sessions().finished(entry);
            }
        }
    }

    /** Only an initialize that succeeds keeps a session; any other outcome gives its place back. */
    private void initialize(HttpExchange exchange, JsonNode json) throws IOException {
        if (!context.sessions().reserve()) {
            context.responses()
                    .transportError(exchange, 503, "Service Unavailable: too many sessions; try again later.");
            return;
        }
        boolean kept = false;
        try {
            var session = context.server().newSession();
            var reply = awaitHandshake(session, json);
            if (reply.has("result")) {
                var entry = context.sessions().register(session, exchange);
                kept = true;
                exchange.getResponseHeaders().set(SESSION_HEADER, entry.id());
            }
            context.responses().json(exchange, 200, reply);
        } finally {
            if (!kept) {
                context.sessions().release();
            }
        }
    }

    private JsonNode awaitHandshake(McpSession session, JsonNode json) {
        // The handshake involves no tool, so the session answers it at once; the bound is only a backstop.
        try {
            var reply = session.receive(json, NOWHERE)
                    .get(context.settings().requestTimeout().toMillis(), TimeUnit.MILLISECONDS);
            if (reply == null) {
                throw new IllegalStateException("initialize produced no reply");
            }
            return reply;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during initialize", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("initialize failed", e);
        }
    }

    private void openStream(HttpExchange exchange) throws IOException {
        if (ModernEra.isModernVersion(exchange.getRequestHeaders().getFirst(PROTOCOL_VERSION_HEADER))) {
            // 2026-07-28 has no standalone stream: notifications travel on each request's own response.
            context.responses().methodNotAllowed(exchange, "POST");
            return;
        }
        if (!MediaTypes.accepts(exchange.getRequestHeaders().get("Accept"), MediaTypes.EVENT_STREAM)) {
            context.responses()
                    .transportError(exchange, 406, "Not Acceptable: a GET stream needs Accept: text/event-stream.");
            return;
        }
        var found = namedSession(exchange, context.sessions()::find);
        if (found.isEmpty()) {
            return;
        }
        var entry = found.get();
        if (!namesASupportedVersion(exchange)) {
            unsupportedVersion(exchange, entry.session());
            return;
        }
        exchange.getResponseHeaders().set(SESSION_HEADER, entry.id());
        var outbox = context.outbox(exchange);
        var stream = new SseStream(outbox);
        if (!entry.attach(stream)) {
            outbox.finish(conflict -> context.responses()
                    .transportError(conflict, 409, "Conflict: this session already has a GET stream open."));
            return;
        }
        stream.open(context.timer(), context.settings().keepAliveInterval());
        context.inFlight().trackStream(stream.closed());
    }

    private void delete(HttpExchange exchange) throws IOException {
        var id = exchange.getRequestHeaders().getFirst(SESSION_HEADER);
        if (id == null) {
            missingSession(exchange);
        } else if (context.sessions().remove(id)) {
            Responses.empty(exchange, 200);
        } else {
            unknownSession(exchange);
        }
    }

    private static final String SUPPORTED_VERSIONS = java.util.Arrays.stream(ProtocolVersion.values())
            .map(ProtocolVersion::wireName)
            .collect(java.util.stream.Collectors.joining(", "));

    /**
     * After initialize the client names a revision, if it names one at all. It must be one this server
     * speaks; the session keeps answering in the one it negotiated. The spec asks for 400 only for an
     * invalid or unsupported value, and real clients (the conformance suite among them) send another
     * supported revision on an established session.
     */
    private static boolean namesASupportedVersion(HttpExchange exchange) {
        var header = exchange.getRequestHeaders().getFirst(PROTOCOL_VERSION_HEADER);
        return header == null || ProtocolVersion.fromWireName(header.trim()).isPresent();
    }

    /** The session the request's header names, as {@code lookup} finds it; empty once a 400 or 404 is sent. */
    private Optional<SessionEntry> namedSession(HttpExchange exchange, Function<String, Optional<SessionEntry>> lookup)
            throws IOException {
        var id = exchange.getRequestHeaders().getFirst(SESSION_HEADER);
        if (id == null) {
            missingSession(exchange);
            return Optional.empty();
        }
        var found = lookup.apply(id);
        if (found.isEmpty()) {
            unknownSession(exchange);
        }
        return found;
    }

    private void missingSession(HttpExchange exchange) throws IOException {
        context.responses()
                .transportError(
                        exchange, 400, "Bad Request: the Mcp-Session-Id header is required; send initialize first.");
    }

    private void unknownSession(HttpExchange exchange) throws IOException {
        context.responses().unknownSession(exchange);
    }

    private void unsupportedVersion(HttpExchange exchange, McpSession session) throws IOException {
        var negotiated =
                session.protocolVersion().map(ProtocolVersion::wireName).orElse("none");
        context.responses()
                .transportError(
                        exchange,
                        400,
                        "Bad Request: unsupported MCP-Protocol-Version header; this session speaks " + negotiated
                                + " (supported: " + SUPPORTED_VERSIONS + ").");
    }
}
