package io.purplemcp.adapters.sentinelone.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import io.purplemcp.adapters.sentinelone.http.Credentials;
import io.purplemcp.adapters.sentinelone.http.UpstreamHttp;
import io.purplemcp.adapters.sentinelone.http.UpstreamObservation;
import io.purplemcp.ports.out.time.Sleeper;
import io.purplemcp.sandbox.SandboxConsole;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import javax.net.ssl.SSLContext;

/**
 * A scripted HTTPS console for exact-shape tests: answers each request with the next scripted reply
 * (then a fallback), and records every request. It serves with the sandbox's public test key, so
 * clients trust it with {@link SandboxConsole#certificatePem()} like the sandbox.
 */
public final class StubConsole implements AutoCloseable {

    /**
     * One server context for every stub: unlocking the sandbox's PKCS12 key (PBKDF2) cost each test more than
     * its request did, and PIT runs these tests thousands of times.
     */
    private static final SSLContext TLS = serverTls();

    /** What the stub does with one request. */
    public sealed interface Reply {}

    /** Answers with this status, headers and body (none when empty). */
    public record Send(int status, Map<String, String> headers, String body) implements Reply {}

    /** Closes the connection without an answer. */
    public record Reset() implements Reply {}

    /** Never answers (until the stub closes). */
    public record Hang() implements Reply {}

    /** Sends 200 and then one byte of a JSON body at a time, each {@code every}, never finishing. */
    public record Drip(java.time.Duration every) implements Reply {}

    /** Answers with {@code then} only after {@code after}: a console slower than its caller's patience. */
    public record Late(java.time.Duration after, Send then) implements Reply {}

    /** One request as it arrived; header names in lower case. */
    public record Recorded(String method, String path, String query, Map<String, List<String>> headers, String body) {
        public Optional<String> header(String name) {
            var values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
        }

        public List<String> headers(String name) {
            return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
        }
    }

    private final HttpsServer server;
    private final ExecutorService executor;
    private final Deque<Reply> script = new ArrayDeque<>();
    private final List<Recorded> requests = new CopyOnWriteArrayList<>();
    private final List<UpstreamHttp> clients = new CopyOnWriteArrayList<>();
    private final CountDownLatch closing = new CountDownLatch(1);
    private Reply otherwise = json(200, "{\"data\": [], \"pagination\": null}");

    public StubConsole() {
        try {
            server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.setHttpsConfigurator(new HttpsConfigurator(TLS));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var count = new AtomicInteger();
        executor = Executors.newCachedThreadPool(runnable -> {
            var thread = new Thread(runnable, "stub-console-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    public static Send json(int status, String body) {
        return new Send(status, Map.of("Content-Type", "application/json"), body);
    }

    public static Send text(int status, String body) {
        return new Send(status, Map.of("Content-Type", "text/plain"), body);
    }

    public static Send status(int status, Map<String, String> headers) {
        return new Send(status, headers, "");
    }

    public static Reset reset() {
        return new Reset();
    }

    public static Hang hang() {
        return new Hang();
    }

    /** {@code https://127.0.0.1:<port>}. */
    public String baseUrl() {
        return "https://127.0.0.1:" + server.getAddress().getPort();
    }

    /** A console client for this stub: it trusts the stub, sends {@code token} and never waits between retries. */
    public UpstreamHttp client(String token) {
        return client(
                token, UnaryOperator.identity(), new RecordingSleeper(), Clock.systemUTC(), UpstreamObservation.none());
    }

    /**
     * A console client for this stub with {@code change} applied to its settings; closed with the stub.
     *
     * @param sleeper takes the waits between retries
     */
    public UpstreamHttp client(
            String token,
            UnaryOperator<SettingsBuilder> change,
            Sleeper sleeper,
            Clock clock,
            UpstreamObservation observation) {
        var settings = change.apply(SettingsBuilder.trustingTheSandbox(baseUrl(), token))
                .build();
        var client = new UpstreamHttp(
                settings.http(),
                Credentials.of(token),
                settings.baseUrl(),
                sleeper,
                clock,
                new ObjectMapper(),
                observation);
        clients.add(client);
        return client;
    }

    /** A deadline no scripted exchange comes near. */
    public static Instant deadline() {
        return Instant.now().plus(Duration.ofSeconds(30));
    }

    /** Queues replies for the next requests, in order. */
    public synchronized StubConsole answer(Reply... replies) {
        script.addAll(List.of(replies));
        return this;
    }

    /** The reply once the script is used up. */
    public synchronized StubConsole otherwise(Reply reply) {
        otherwise = reply;
        return this;
    }

    public List<Recorded> requests() {
        return List.copyOf(requests);
    }

    /**
     * Waits until at least {@code count} requests arrived (one the client gave up on may still be on its
     * way), and returns them all.
     */
    public List<Recorded> awaitRequests(int count, java.time.Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        synchronized (requests) {
            while (requests.size() < count) {
                long left = end - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("expected " + count + " requests, got " + requests);
                }
                requests.wait(java.util.concurrent.TimeUnit.NANOSECONDS.toMillis(left) + 1);
            }
        }
        return requests();
    }

    public Recorded only() {
        var all = requests();
        if (all.size() != 1) {
            throw new AssertionError("expected one request, got " + all);
        }
        return all.get(0);
    }

    private synchronized Reply next() {
        return script.isEmpty() ? otherwise : script.poll();
    }

    private void handle(HttpExchange exchange) throws IOException {
        var headers = new LinkedHashMap<String, List<String>>();
        exchange.getRequestHeaders()
                .forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), List.copyOf(values)));
        var body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        synchronized (requests) {
            requests.add(new Recorded(
                    exchange.getRequestMethod(),
                    exchange.getRequestURI().getRawPath(),
                    exchange.getRequestURI().getRawQuery(),
                    Map.copyOf(headers),
                    body));
            requests.notifyAll();
        }
        var reply = next();
        if (reply instanceof Late late) {
            try {
                closing.await(late.after().toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            reply = late.then();
        }
        if (reply instanceof Reset) {
            // Closing an exchange whose response headers were never sent closes the connection.
            exchange.close();
            return;
        }
        if (reply instanceof Hang) {
            try {
                closing.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
            return;
        }
        if (reply instanceof Drip drip) {
            drip(exchange, drip);
            return;
        }
        var send = (Send) reply;
        try (exchange) {
            send.headers()
                    .forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
            var bytes = send.body().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(send.status(), bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
                exchange.getResponseBody().write(bytes);
            }
        }
    }

    private void drip(HttpExchange exchange, Drip drip) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, 0);
        try (exchange;
                var body = exchange.getResponseBody()) {
            body.write('{');
            body.flush();
            while (!closing.await(drip.every().toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
                body.write(' ');
                body.flush();
            }
        } catch (IOException | InterruptedException gone) {
            // the client gave up: what a drip is for
        }
    }

    private static SSLContext serverTls() {
        try {
            return SandboxConsole.serverTls();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        if (closing.getCount() == 0) {
            return;
        }
        closing.countDown();
        clients.forEach(UpstreamHttp::close);
        server.stop(0);
        executor.shutdownNow();
    }
}
