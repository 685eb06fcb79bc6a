package io.purplemcp.adapters.mcp.http;

import com.sun.net.httpserver.HttpExchange;
import io.purplemcp.adapters.mcp.protocol.JsonCodec;
import io.purplemcp.adapters.mcp.protocol.McpServer;
import java.util.concurrent.ScheduledExecutorService;

/** What the MCP handlers of one server share. */
record TransportContext(
        McpServer server,
        HttpTransportSettings settings,
        JsonCodec codec,
        Responses responses,
        ScheduledExecutorService timer,
        SessionRegistry sessions,
        InFlight inFlight,
        boolean logPayloads) {

    /**
     * An outbox for a response that outlives its handler's own work, known to the shutdown drain. The
     * handler's thread writes it once the handler returns ({@link RootHandler}), so one handler opens one.
     */
    ExchangeOutbox outbox(HttpExchange exchange) {
        var outbox = new ExchangeOutbox(exchange);
        inFlight.track(outbox);
        return outbox;
    }
}
