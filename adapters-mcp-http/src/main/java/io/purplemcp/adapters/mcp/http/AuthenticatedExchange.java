package io.purplemcp.adapters.mcp.http;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpPrincipal;
import io.purplemcp.adapters.mcp.http.auth.HttpSecurity;
import io.purplemcp.adapters.mcp.http.auth.Principal;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Optional;

/**
 * An exchange that carries who made it. The JDK's own exchange attributes cannot do this: on JDK 17
 * they belong to the context and so are shared by every concurrent request. Everything else is the
 * JDK's exchange, except that a body already read for the checks is served again from memory.
 */
final class AuthenticatedExchange extends HttpExchange {

    private final HttpExchange exchange;
    private final Principal principal;
    private final String client;
    private final InputStream body;
    private final HttpSecurity security;

    AuthenticatedExchange(
            HttpExchange exchange, Principal principal, String client, InputStream body, HttpSecurity security) {
        this.exchange = exchange;
        this.principal = principal;
        this.client = client;
        this.body = body;
        this.security = security;
    }

    /** The caller of a request that passed the checks; empty when no checks ran (tests of the transport alone). */
    static Optional<AuthenticatedExchange> of(HttpExchange exchange) {
        return exchange instanceof AuthenticatedExchange authenticated ? Optional.of(authenticated) : Optional.empty();
    }

    Principal caller() {
        return principal;
    }

    /** Where this server's audit lines go. */
    HttpSecurity security() {
        return security;
    }

    /** The client's address as a trusted proxy forwarded it, else the peer's. */
    String client() {
        return client;
    }

    @Override
    public Headers getRequestHeaders() {
        return exchange.getRequestHeaders();
    }

    @Override
    public Headers getResponseHeaders() {
        return exchange.getResponseHeaders();
    }

    @Override
    public URI getRequestURI() {
        return exchange.getRequestURI();
    }

    @Override
    public String getRequestMethod() {
        return exchange.getRequestMethod();
    }

    @Override
    public HttpContext getHttpContext() {
        return exchange.getHttpContext();
    }

    @Override
    public void close() {
        exchange.close();
    }

    @Override
    public InputStream getRequestBody() {
        return body;
    }

    @Override
    public OutputStream getResponseBody() {
        return exchange.getResponseBody();
    }

    @Override
    public void sendResponseHeaders(int rCode, long responseLength) throws IOException {
        exchange.sendResponseHeaders(rCode, responseLength);
    }

    @Override
    public InetSocketAddress getRemoteAddress() {
        return exchange.getRemoteAddress();
    }

    @Override
    public int getResponseCode() {
        return exchange.getResponseCode();
    }

    @Override
    public InetSocketAddress getLocalAddress() {
        return exchange.getLocalAddress();
    }

    @Override
    public String getProtocol() {
        return exchange.getProtocol();
    }

    @Override
    public Object getAttribute(String name) {
        return exchange.getAttribute(name);
    }

    @Override
    public void setAttribute(String name, Object value) {
        exchange.setAttribute(name, value);
    }

    @Override
    public void setStreams(InputStream i, OutputStream o) {
        exchange.setStreams(i, o);
    }

    @Override
    public HttpPrincipal getPrincipal() {
        return new HttpPrincipal(principal.identity(), "purple-mcp");
    }
}
