package io.purplemcp.sandbox.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Dispatches every request of the sandbox: matches the path against the registered routes (404 when
 * none, 405 when only the method differs), checks the route's credentials (401), calls the handler,
 * logs the request and writes the reply. A handler that throws gets a 500 naming the exception
 * instead of the silent connection close of {@code com.sun.net.httpserver}.
 */
public final class Router implements HttpHandler {

    private static final int MAX_BODY_BYTES = 4 * 1024 * 1024;
    private static final int MAX_LOGGED_BODY_CHARS = 64 * 1024;

    private record Route(String method, Pattern path, RequiredAuthorization credentials, Handler handler) {}

    private final List<Route> routes = new CopyOnWriteArrayList<>();
    private final RequestLog log;
    private final ScheduledExecutorService scheduler;
    private final Semaphore delayedSlots;
    private final Clock clock;

    /**
     * @param log where every request is recorded
     * @param scheduler runs delayed replies; replies never sleep on a server thread
     * @param maxDelayedReplies how many delayed replies may wait at once; each holds its connection
     *     open, and {@code com.sun.net.httpserver} cannot tell that the client has gone, so a client
     *     that keeps giving up on them would otherwise pile up connections until the server's
     *     connection limit or the heap runs out. Beyond the bound the connection is reset, which is a
     *     failure to the client just as the delay is.
     * @param clock stamps the log entries
     */
    public Router(RequestLog log, ScheduledExecutorService scheduler, int maxDelayedReplies, Clock clock) {
        this.log = log;
        this.scheduler = scheduler;
        this.delayedSlots = new Semaphore(maxDelayedReplies);
        this.clock = clock;
    }

    /**
     * Adds a route. The path pattern must match the whole raw path; its capturing groups reach the
     * handler decoded as {@link Request#pathGroups()}.
     */
    public void add(String method, String pathPattern, RequiredAuthorization credentials, Handler handler) {
        routes.add(new Route(method, Pattern.compile(pathPattern), credentials, handler));
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        var receivedAt = clock.instant();
        var body = exchange.getRequestBody().readNBytes(MAX_BODY_BYTES + 1);
        var request = new Request(
                exchange.getRequestMethod().toUpperCase(Locale.ROOT),
                exchange.getRequestURI().getRawPath(),
                exchange.getRequestURI().getRawQuery() == null
                        ? ""
                        : exchange.getRequestURI().getRawQuery(),
                caseInsensitive(exchange.getRequestHeaders()),
                body,
                List.of());
        Reply reply;
        try {
            reply = body.length > MAX_BODY_BYTES
                    ? ErrorStyle.WEB_API.reply(413, "the sandbox accepts request bodies up to 4 MiB")
                    : dispatch(request);
        } catch (RuntimeException e) {
            reply = ErrorStyle.WEB_API.reply(500, "sandbox handler failed: " + e);
        }
        deliver(exchange, request, receivedAt, reply);
    }

    private Reply dispatch(Request request) {
        var allowed = new ArrayList<String>();
        for (var route : routes) {
            var matcher = route.path().matcher(request.path());
            if (!matcher.matches()) {
                continue;
            }
            if (!route.method().equals(request.method())) {
                allowed.add(route.method());
                continue;
            }
            var authorization = request.header("Authorization");
            if (!route.credentials().accepts(authorization)) {
                return route.credentials().rejection(authorization);
            }
            var groups = new ArrayList<String>();
            for (var i = 1; i <= matcher.groupCount(); i++) {
                groups.add(Request.decode(matcher.group(i)));
            }
            return route.handler()
                    .handle(new Request(
                            request.method(),
                            request.path(),
                            request.query(),
                            request.headers(),
                            request.body(),
                            List.copyOf(groups)));
        }
        if (!allowed.isEmpty()) {
            var reply =
                    (Reply.Send) ErrorStyle.WEB_API.reply(405, "Method " + request.method() + " is not allowed here");
            var headers = new HashMap<>(reply.headers());
            headers.put("Allow", String.join(", ", allowed));
            return new Reply.Send(405, headers, reply.body());
        }
        return Reply.json(404, "{\"errors\":[{\"code\":4040010,\"detail\":\"Not found\",\"title\":\"Not Found\"}]}");
    }

    private void deliver(HttpExchange exchange, Request request, Instant receivedAt, Reply reply) throws IOException {
        var marker = "";
        var current = reply;
        while (current instanceof Reply.Injected injected) {
            marker = injected.marker();
            current = injected.reply();
        }
        log.append(record(request, receivedAt, current.status(), marker));
        send(exchange, current);
    }

    /**
     * A reset is thrown rather than done with {@link HttpExchange#close()}: the server closes the
     * connection of a handler that throws and forgets it, while an exchange closed before its response
     * closes the socket but stays counted against {@code jdk.httpserver.maxConnections} (JDK 17 and 25), so a
     * stream of resets would end with the server refusing every connection.
     */
    private void send(HttpExchange exchange, Reply reply) throws IOException {
        if (reply instanceof Reply.Delayed delayed) {
            if (!delayedSlots.tryAcquire()) {
                throw new IOException("sandbox: too many slow replies waiting, connection reset");
            }
            try {
                scheduler.schedule(
                        () -> {
                            // Released before the reply is written: a client that has its answer may
                            // send the next delayed request at once.
                            delayedSlots.release();
                            sendLater(exchange, delayed.reply());
                        },
                        delayed.delay().toNanos(),
                        TimeUnit.NANOSECONDS);
            } catch (RejectedExecutionException closing) {
                delayedSlots.release();
                throw new IOException("sandbox: closing", closing);
            }
        } else if (reply instanceof Reply.Injected injected) {
            send(exchange, injected.reply());
        } else if (reply instanceof Reply.Send response) {
            write(exchange, response);
        } else {
            throw new IOException("sandbox: connection reset on purpose");
        }
    }

    private void sendLater(HttpExchange exchange, Reply reply) {
        try {
            send(exchange, reply);
        } catch (IOException reset) {
            // Off the server's threads nothing can hand the connection back to the server.
            exchange.close();
        }
    }

    private static void write(HttpExchange exchange, Reply.Send response) {
        try (exchange) {
            response.headers()
                    .forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
            var length = response.body().length == 0 ? -1 : response.body().length;
            exchange.sendResponseHeaders(response.status(), length);
            if (length > 0) {
                exchange.getResponseBody().write(response.body());
            }
        } catch (IOException clientGone) {
            // The client gave up (a slow reply past its deadline) or the sandbox is closing: nothing to do.
        }
    }

    private static RecordedRequest record(Request request, Instant receivedAt, int status, String marker) {
        var headers = new TreeMap<String, List<String>>(String.CASE_INSENSITIVE_ORDER);
        request.headers()
                .forEach((name, values) -> headers.put(
                        name,
                        name.equalsIgnoreCase("Authorization")
                                ? values.stream().map(Router::mask).collect(Collectors.toUnmodifiableList())
                                : List.copyOf(values)));
        var text = new String(
                Arrays.copyOf(request.body(), Math.min(request.body().length, MAX_LOGGED_BODY_CHARS)),
                StandardCharsets.UTF_8);
        return new RecordedRequest(
                receivedAt,
                request.method(),
                request.path(),
                request.query(),
                Collections.unmodifiableMap(headers),
                text,
                status,
                marker);
    }

    private static String mask(String authorization) {
        var space = authorization.indexOf(' ');
        return space < 0 ? "***" : authorization.substring(0, space) + " ***";
    }

    private static Map<String, List<String>> caseInsensitive(Map<String, List<String>> headers) {
        var copy = new TreeMap<String, List<String>>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, values) -> copy.put(name, List.copyOf(values)));
        return Collections.unmodifiableMap(copy);
    }
}
