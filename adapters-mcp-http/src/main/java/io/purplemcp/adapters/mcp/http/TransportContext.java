package io.purplemcp.adapters.mcp.http;

import com.sun.net.httpserver.HttpExchange;
import io.purplemcp.adapters.mcp.protocol.JsonCodec;
import io.purplemcp.adapters.mcp.protocol.McpServer;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;

/** What the MCP handlers of one server share. */
record TransportContext(
        McpServer server,
        HttpTransportSettings settings,
        JsonCodec codec,
        Responses responses,
        Executor executor,
        ScheduledExecutorService timer,
        SessionRegistry sessions,
        InFlight inFlight,
        boolean logPayloads) {

    /** An outbox for a response that outlives its handler, known to the shutdown drain. */
    ExchangeOutbox outbox(HttpExchange exchange) {
        var outbox = new ExchangeOutbox(exchange, executor);
        inFlight.track(outbox);
        return outbox;
    }
}
