package io.purplemcp.adapters.mcp.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.purplemcp.adapters.mcp.http.auth.ProtectedResource;
import io.purplemcp.adapters.mcp.protocol.JsonCodec;
import java.io.IOException;

/**
 * The protected-resource metadata (RFC 9728), open to anyone: it is how a client that got a 401 finds
 * the authorization server. Browser-based clients read it cross-origin, hence the CORS header.
 */
final class ProtectedResourceHandler implements HttpHandler {

    private final byte[] document;

    ProtectedResourceHandler(ProtectedResource resource, JsonCodec codec) {
        this.document = codec.write(resource.metadata());
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        var method = exchange.getRequestMethod();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            exchange.getResponseHeaders().set("Allow", "GET, HEAD");
            Responses.empty(exchange, 405);
            return;
        }
        exchange.getResponseHeaders().set("Access-Control-Allow-Origin", "*");
        exchange.getResponseHeaders().set("Cache-Control", "max-age=3600");
        Responses.bytes(exchange, 200, MediaTypes.JSON, document);
    }
}
