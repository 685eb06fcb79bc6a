package io.purplemcp.adapters.mcp.http;

import static io.purplemcp.adapters.mcp.http.StreamablePost.PROTOCOL_VERSION_HEADER;

import com.sun.net.httpserver.HttpExchange;
import io.purplemcp.adapters.mcp.protocol.ProtocolVersion;
import java.io.IOException;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * {@code /mcp} without sessions, for hosts that scale out without sticky routing: every POST gets a
 * fresh session speaking the revision its {@code MCP-Protocol-Version} header names, used for that
 * POST alone. Nothing is remembered, so GET and DELETE have nothing to act on. 2026-07-28 requests
 * name their revision in the body and are served by {@link ModernPost}, as in the stateful mode.
 */
final class StatelessStreamableHandler extends SingleMethodHandler {

    // What a client that sends no header speaks, by the Streamable HTTP rules.
    private static final ProtocolVersion ASSUMED_VERSION = ProtocolVersion.V2025_03_26;
    private static final String SUPPORTED = Arrays.stream(ProtocolVersion.values())
            .map(ProtocolVersion::wireName)
            .collect(Collectors.joining(", "));

    StatelessStreamableHandler(TransportContext context) {
        super(context, "POST");
    }

    @Override
    void serve(HttpExchange exchange) throws IOException {
        var message = StreamablePost.readPre2026(exchange, context);
        if (message.isEmpty()) {
            return;
        }
        var header = exchange.getRequestHeaders().getFirst(PROTOCOL_VERSION_HEADER);
        var version = header == null
                ? ASSUMED_VERSION
                : ProtocolVersion.fromWireName(header.trim()).orElse(null);
        if (version == null) {
            context.responses()
                    .transportError(
                            exchange,
                            400,
                            "Bad Request: unsupported MCP-Protocol-Version header; supported: " + SUPPORTED + ".");
            return;
        }
        if (message.get().shape() == JsonRpcShape.NO_REQUESTS) {
            // A notification can only refer to an earlier request, and no earlier request is remembered.
            Responses.empty(exchange, 202);
            return;
        }
        if (StreamablePost.refusedAsBusy(exchange, context)) {
            return;
        }
        var session = context.server().newStatelessSession(version);
        StreamablePost.answer(
                exchange,
                context,
                session,
                true,
                message.get().json(),
                () -> {},
                context.settings().keepAliveInterval());
    }
}
