package io.purplemcp.adapters.mcp.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;

/** A route that serves one HTTP method and answers any other with 405 naming it. */
abstract class SingleMethodHandler implements HttpHandler {

    final TransportContext context;
    private final String method;

    SingleMethodHandler(TransportContext context, String method) {
        this.context = context;
        this.method = method;
    }

    @Override
    public final void handle(HttpExchange exchange) throws IOException {
        if (!exchange.getRequestMethod().equals(method)) {
            context.responses().methodNotAllowed(exchange, method);
            return;
        }
        serve(exchange);
    }

    /** Serves an exchange of this route's method. */
    abstract void serve(HttpExchange exchange) throws IOException;
}
