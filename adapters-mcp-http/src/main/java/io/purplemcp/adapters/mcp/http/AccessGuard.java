package io.purplemcp.adapters.mcp.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.purplemcp.adapters.mcp.http.auth.Admission;
import io.purplemcp.adapters.mcp.http.auth.AuditEvent;
import io.purplemcp.adapters.mcp.http.auth.HttpSecurity;
import io.purplemcp.adapters.mcp.http.auth.Principal;
import io.purplemcp.adapters.mcp.protocol.JsonCodec;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stands in front of one MCP route: authenticates the caller (401/403 with the RFC 6750 challenge),
 * applies the rate limits (429 with {@code Retry-After}), refuses another caller's session as if it did
 * not exist (404), and hands the route an exchange that knows its caller. Never logs a token.
 */
record AccessGuard(HttpHandler route, HttpSecurity security, TransportContext context) implements HttpHandler {

    private static final Logger LOG = LoggerFactory.getLogger(AccessGuard.class);

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        var headers = exchange.getRequestHeaders();
        var client = security.clients().resolve(exchange.getRemoteAddress(), headers.get("X-Forwarded-For"));
        var admission = security.admit(headers.get("Authorization"), client);
        if (admission instanceof Admission.Throttled throttled) {
            refuse(exchange, client, Optional.empty(), 429, "rate_limited");
            tooManyRequests(exchange, throttled.retryAfterSeconds(), "too many unauthenticated requests");
            return;
        }
        if (admission instanceof Admission.Refused refused) {
            refuse(exchange, client, refused.identity(), refused.status(), refused.reason());
            exchange.getResponseHeaders().set("WWW-Authenticate", refused.challenge());
            context.responses().transportError(exchange, refused.status(), refused.message());
            return;
        }
        var principal = ((Admission.Admitted) admission).principal();
        if (ownedByAnother(exchange, principal)) {
            refuse(exchange, client, Optional.of(principal.identity()), 404, "foreign_session");
            if (exchange.getRequestHeaders().containsKey(StreamablePost.SESSION_HEADER)) {
                context.responses().unknownSession(exchange);
            } else {
                context.responses().unknownLegacySession(exchange);
            }
            return;
        }
        var body = checkToolCallRate(exchange, principal, client);
        if (body.isEmpty()) {
            return;
        }
        route.handle(new AuthenticatedExchange(exchange, principal, client, body.get(), security));
    }

    /** A session id names someone else's session: answered exactly like an unknown one. */
    private boolean ownedByAnother(HttpExchange exchange, Principal principal) {
        var id = exchange.getRequestHeaders().getFirst(StreamablePost.SESSION_HEADER);
        if (id == null) {
            id = LegacyMessageHandler.sessionId(exchange.getRequestURI().getRawQuery());
        }
        if (id == null) {
            return false;
        }
        return context.sessions()
                .find(id.toLowerCase(Locale.ROOT))
                .map(entry -> !entry.owner().equals(principal.identity()))
                .orElse(false);
    }

    /**
     * The request body to hand on, or empty once a 429 went out. Only a POST can call tools; its body is
     * read (within the size cap) to count the calls, and served again to the route from memory.
     */
    private Optional<InputStream> checkToolCallRate(HttpExchange exchange, Principal principal, String client)
            throws IOException {
        var original = exchange.getRequestBody();
        if (!exchange.getRequestMethod().equals("POST") || !security.limitsToolCalls()) {
            return Optional.of(original);
        }
        int max = context.settings().maxBodyBytes();
        var declared = exchange.getRequestHeaders().getFirst("Content-Length");
        if (declared != null && declaredLength(declared) > max) {
            return Optional.of(original); // the route refuses it unread
        }
        var prefix = original.readNBytes(max + 1);
        InputStream replay = prefix.length > max
                ? new SequenceInputStream(new ByteArrayInputStream(prefix), original)
                : new ByteArrayInputStream(prefix);
        int calls = prefix.length > max ? 0 : toolCalls(prefix);
        long wait = security.toolCallWait(principal, client, calls);
        if (wait > 0) {
            refuse(exchange, client, Optional.of(principal.identity()), 429, "rate_limited");
            tooManyRequests(exchange, wait, "too many tool calls");
            return Optional.empty();
        }
        return Optional.of(replay);
    }

    private int toolCalls(byte[] body) {
        try {
            return ToolCallAudit.toolCalls(context.codec().parse(body)).size();
        } catch (JsonCodec.MalformedJson e) {
            return 0; // the route answers 400
        }
    }

    private void tooManyRequests(HttpExchange exchange, long retryAfterSeconds, String what) throws IOException {
        exchange.getResponseHeaders().set("Retry-After", Long.toString(retryAfterSeconds));
        context.responses()
                .transportError(
                        exchange, 429, "Too Many Requests: " + what + "; retry after " + retryAfterSeconds + " s.");
    }

    private void refuse(HttpExchange exchange, String client, Optional<String> identity, int status, String reason) {
        // DEBUG only: the audit log records every refusal, and a flood must not become a flood of log lines.
        LOG.debug(
                "refused {} {} from {}: {} {}",
                exchange.getRequestMethod(),
                exchange.getRequestURI().getRawPath(),
                client,
                status,
                reason);
        security.record(new AuditEvent.Refusal(
                security.now(),
                identity,
                client,
                exchange.getRequestMethod(),
                exchange.getRequestURI().getRawPath(),
                status,
                reason));
    }

    private static long declaredLength(String declared) {
        try {
            return Long.parseLong(declared.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
