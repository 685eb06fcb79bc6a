package io.purplemcp.adapters.mcp.http;

import com.sun.net.httpserver.HttpExchange;
import io.purplemcp.adapters.mcp.protocol.RequestOrigin;
import io.purplemcp.ports.out.telemetry.TraceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/** What telemetry may know of a POST: its trace headers, and its session as a hash (the id grants access). */
final class RequestOrigins {

    private RequestOrigins() {}

    /** @param sessionId the session the request belongs to, or null for none */
    static RequestOrigin of(HttpExchange exchange, String sessionId) {
        var headers = exchange.getRequestHeaders();
        var trace = TraceContext.parse(headers.getFirst("traceparent"), headers.getFirst("tracestate"));
        return new RequestOrigin(Optional.ofNullable(sessionId).map(RequestOrigins::hash), trace);
    }

    /** The first 16 hex digits of the id's SHA-256: enough to correlate lines, useless to impersonate. */
    static String hash(String sessionId) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(sessionId.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
