package io.purplemcp.sandbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * A stand-in SentinelOne console on loopback: HTTPS with the real upstream API shapes and synthetic,
 * deterministic data. It serves {@code --demo}, the adapter tests and the benchmarks, and is never
 * part of a production code path.
 */
public final class SandboxConsole implements AutoCloseable {

    /** The token the sandbox accepts. Public on purpose: the sandbox guards nothing. */
    public static final String DEMO_TOKEN = "sandbox-demo-token";

    private static final String KEYSTORE = "sandbox-tls.p12";
    private static final String CERTIFICATE = "sandbox-tls-cert.pem";
    private static final char[] KEYSTORE_PASSWORD = "sandbox-demo-only".toCharArray();

    private final HttpsServer server;
    private final ExecutorService executor;
    private final ObjectMapper json = new ObjectMapper();

    private SandboxConsole(HttpsServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /** Starts on a free port of 127.0.0.1. */
    public static SandboxConsole start() throws IOException {
        var server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(tlsContext()));
        var executor = Executors.newCachedThreadPool(runnable -> {
            var thread = new Thread(runnable, "console-sandbox");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        var console = new SandboxConsole(server, executor);
        server.createContext("/", console::notFound);
        server.start();
        return console;
    }

    /** {@code https://127.0.0.1:<port>}: a console origin as the configuration expects it. */
    public String baseUrl() {
        return "https://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The sandbox's self-signed certificate (PEM), for clients to trust as an extra CA. */
    public static String certificatePem() {
        try (var in = resource(CERTIFICATE)) {
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void notFound(HttpExchange exchange) throws IOException {
        try (exchange) {
            var body = json.writeValueAsBytes(Map.of("errors", java.util.List.of(Map.of("detail", "Not found"))));
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(404, body.length);
            exchange.getResponseBody().write(body);
        }
    }

    private static SSLContext tlsContext() throws IOException {
        try (var in = resource(KEYSTORE)) {
            var keyStore = KeyStore.getInstance("PKCS12");
            keyStore.load(in, KEYSTORE_PASSWORD);
            var keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(keyStore, KEYSTORE_PASSWORD);
            var context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), null, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IOException("the sandbox's TLS key cannot be loaded", e);
        }
    }

    private static InputStream resource(String name) throws IOException {
        var in = SandboxConsole.class.getResourceAsStream(name);
        if (in == null) {
            throw new IOException("missing sandbox resource " + name);
        }
        return in;
    }
}
