package io.purplemcp.adapters.sentinelone.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.purplemcp.ports.out.telemetry.TelemetryEvent;
import io.purplemcp.ports.out.telemetry.TraceContext;
import io.purplemcp.ports.out.time.Sleeper;
import io.purplemcp.ports.out.upstream.UpstreamException;
import io.purplemcp.ports.out.upstream.UpstreamFailure;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The process's one HTTP client for the console, and the policy every request follows.
 *
 * <p>Each {@link #send} runs under the caller's deadline: every attempt waits for the complete answer
 * (headers and body) at most until its own timeout or the deadline, whichever is first, and is then
 * abandoned; a retry is only started, and a back-off only waited, when it fits before the deadline.
 */
public final class UpstreamHttp implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(UpstreamHttp.class);
    private static final Logger SECURITY = LoggerFactory.getLogger("purple_mcp.security.tls");
    private static final Set<Integer> RETRIED_READ_STATUSES = Set.of(408, 429, 502, 503, 504);
    private static final Set<Integer> NOT_ACCEPTED_STATUSES = Set.of(408, 429);
    private static final int LOGGED_PAYLOAD_BYTES = 64 * 1024;
    private static final Duration LATE_ANSWER_GRACE = Duration.ofSeconds(30);

    private final HttpSettings settings;
    private final Credentials credentials;
    private final Sleeper sleeper;
    private final Clock clock;
    private final ObjectMapper json;
    private final Memoized<HttpClient> client;
    private final UpstreamObservation observation;
    private final Set<CompletableFuture<?>> pending = ConcurrentHashMap.newKeySet();

    /**
     * Checks the TLS settings now and builds the client on the first request: loading the JDK's trust
     * store and starting the client's threads is much of a cold start, and answering {@code initialize}
     * or {@code tools/list} never needs them.
     *
     * @param target the console origin, for the TLS-bypass warnings
     * @param sleeper waits between retries
     * @param observation reports each exchange and passes trace context on
     * @throws TlsBypassRefused when the TLS bypass is requested in production
     * @throws IllegalStateException when the extra CA certificates cannot be read
     */
    public UpstreamHttp(
            HttpSettings settings,
            Credentials credentials,
            URI target,
            Sleeper sleeper,
            Clock clock,
            ObjectMapper json,
            UpstreamObservation observation) {
        this.observation = Objects.requireNonNull(observation, "observation");
        this.settings = settings;
        this.credentials = credentials;
        this.sleeper = sleeper;
        this.clock = clock;
        this.json = json;
        var trust = TrustSetup.prepare(settings.tls(), target.toString());
        var proxy = new NoProxyAwareSelector(settings.proxy());
        this.client = new Memoized<>(() -> HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_2)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(settings.timeouts().connect())
                .sslContext(trust.context())
                .proxy(proxy)
                // The client's own tasks (TLS records, parsing, completing the caller's future) run on its
                // selector thread instead of being handed to a pool thread and back: two thread hand-offs
                // fewer per request. Nothing this class attaches to a client future may block: see
                // sendAndForget and leaveRunning, which move their work off that thread.
                .executor(Runnable::run)
                .build());
    }

    public HttpSettings settings() {
        return settings;
    }

    public ObjectMapper json() {
        return json;
    }

    /** The answer to {@code exchange}, retried as its mode allows; a non-2xx answer is a failure. */
    public Response send(Exchange exchange, Instant deadline) throws UpstreamException, InterruptedException {
        int attempt = 1;
        while (true) {
            // A cancelled call asks the console nothing more. Left to the HTTP client, an interrupt set
            // before the call was noticed on JDK 17 but not on JDK 25 (the port contract tests showed it).
            if (Thread.interrupted()) {
                throw new InterruptedException("cancelled before the console was asked");
            }
            Duration remaining = Duration.between(clock.instant(), deadline);
            if (remaining.isZero() || remaining.isNegative()) {
                throw new UpstreamException(
                        new UpstreamFailure.Timeout("no complete answer before the call's deadline"));
            }
            Duration limit = min(exchange.timeout(), remaining);
            Response response;
            try {
                response = attempt(exchange, limit, attempt);
            } catch (AttemptFailed failed) {
                boolean deadlinePassed = !clock.instant().isBefore(deadline);
                if (failed.retryable(exchange.retry())
                        && !deadlinePassed
                        && attempt < settings.retry().maxAttempts()) {
                    if (pauseBeforeRetry(backoff(attempt), deadline)) {
                        attempt++;
                        continue;
                    }
                }
                var failure = deadlinePassed && failed.failure instanceof UpstreamFailure.Timeout
                        ? new UpstreamFailure.Timeout("no complete answer before the call's deadline")
                        : failed.failure;
                throw new UpstreamException(failure, failed.getCause());
            }
            if (response.isSuccess()) {
                return response;
            }
            var retryAfter = response.headers()
                    .firstValue("Retry-After")
                    .flatMap(value -> RetryAfter.parse(value, clock.instant()));
            if (retriedStatus(exchange.retry(), response.status())
                    && attempt < settings.retry().maxAttempts()) {
                int done = attempt;
                var wait = retryAfter
                        .map(d -> min(d, settings.retry().maxRetryAfter()))
                        .orElseGet(() -> backoff(done));
                if (pauseBeforeRetry(wait, deadline)) {
                    attempt++;
                    continue;
                }
            }
            throw new UpstreamException(statusFailure(response, retryAfter));
        }
    }

    /**
     * Sends {@code exchange} once without waiting for it; its outcome is only logged. Used for
     * best-effort clean-up, which must neither block nor fail the caller.
     */
    public void sendAndForget(Exchange exchange) {
        var started = System.nanoTime();
        CompletableFuture<HttpResponse<Body>> future;
        try {
            future = client.get()
                    .sendAsync(
                            request(
                                    exchange,
                                    exchange.timeout(),
                                    observation.traces().current().map(TraceContext::child)),
                            info -> new BoundedBodySubscriber(settings.maxBodyBytes()));
        } catch (RuntimeException e) {
            LOG.warn(
                    "upstream {} could not be sent error={}",
                    exchange.label(),
                    e.getClass().getSimpleName());
            return;
        }
        var tracked = future.orTimeout(exchange.timeout().toMillis(), TimeUnit.MILLISECONDS)
                .whenCompleteAsync((response, failure) -> {
                    long millis = (System.nanoTime() - started) / 1_000_000;
                    if (failure != null) {
                        LOG.warn(
                                "upstream {} {} failed after {} ms error={}",
                                exchange.label(),
                                exchange.method(),
                                millis,
                                rootCause(failure).getClass().getSimpleName());
                    } else {
                        LOG.debug(
                                "upstream {} {} {} -> {} in {} ms",
                                exchange.label(),
                                exchange.method(),
                                exchange.uri().getRawPath(),
                                response.statusCode(),
                                millis);
                    }
                });
        pending.add(tracked);
        tracked.whenComplete((r, f) -> pending.remove(tracked));
    }

    /** Waits up to {@code timeout} for the requests sent with {@link #sendAndForget}; true when none is left. */
    public boolean awaitPending(Duration timeout) throws InterruptedException {
        long due = System.nanoTime() + timeout.toNanos();
        while (true) {
            // A finished request leaves the set on its own, but maybe only just after this wait ends; and a
            // late answer may have sent a clean-up of its own meanwhile, so look again until none is left.
            pending.removeIf(CompletableFuture::isDone);
            if (pending.isEmpty()) {
                return true;
            }
            var all = CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new));
            try {
                all.get(due - System.nanoTime(), TimeUnit.NANOSECONDS);
            } catch (ExecutionException | CancellationException e) {
                // each one's failure was already logged
            } catch (TimeoutException e) {
                return false;
            }
        }
    }

    /**
     * Aborts what is still in flight and releases the client's threads and connections where the JDK
     * allows it (JDK 21 and later). Not {@code close()}: that waits for every exchange to end, and a
     * console that dribbles a body would hold the shutdown for as long as it likes. Whatever deserved
     * to finish was given its time by {@link #awaitPending} before.
     */
    @Override
    public void close() {
        client.ifBuilt().ifPresent(UpstreamHttp::shutdownNow);
    }

    private static void shutdownNow(HttpClient built) {
        try {
            HttpClient.class.getMethod("shutdownNow").invoke(built);
        } catch (NoSuchMethodException beforeJdk21) {
            // JDK 17 has no way to stop the client; its threads are daemons and its connections close with the process.
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.debug("closing the HTTP client failed error={}", e.getClass().getSimpleName());
        }
    }

    private Response attempt(Exchange exchange, Duration limit, int attempt)
            throws AttemptFailed, InterruptedException {
        // An exchange whose late answer matters is left running after the caller stops waiting (for
        // up to twice its own timeout plus LATE_ANSWER_GRACE), so that answer can still arrive and be undone.
        // Each exchange is a span of its own in the caller's trace (retries included).
        var span = observation.traces().current().map(TraceContext::child);
        var request = request(exchange, exchange.lateAnswer().isPresent() ? lateAnswerWindow(exchange) : limit, span);
        if (settings.tls().skipVerify()) {
            SECURITY.warn(
                    "TLS bypass request made method={} path={}",
                    exchange.method(),
                    exchange.uri().getRawPath());
        }
        if (settings.logPayloads() && exchange.body().isPresent()) {
            LOG.debug(
                    "upstream {} request payload={}",
                    exchange.label(),
                    payload(exchange.body().get()));
        }
        long started = System.nanoTime();
        HttpResponse<Body> answer;
        try {
            answer = exchange.lateAnswer().isPresent()
                    ? awaitLeavingRunning(exchange, request, limit)
                    : sendOnThisThread(request, limit);
        } catch (InterruptedException e) {
            report(exchange, 0, started, span);
            throw e;
        } catch (TimeoutException e) {
            report(exchange, 0, started, span);
            log(exchange, attempt, started, "timed out");
            throw new AttemptFailed(
                    new UpstreamFailure.Timeout("no complete answer within " + seconds(limit)), e, true, false);
        } catch (ExecutionException e) {
            var cause = rootCause(e);
            report(exchange, 0, started, span);
            log(exchange, attempt, started, cause.getClass().getSimpleName());
            throw AttemptFailed.of(cause, limit);
        }
        var response = new Response(answer.statusCode(), answer.headers(), answer.body());
        report(exchange, response.status(), started, span);
        LOG.debug(
                "upstream {} {} {} -> {} in {} ms, {} bytes, attempt {}",
                exchange.label(),
                exchange.method(),
                exchange.uri().getRawPath(),
                response.status(),
                (System.nanoTime() - started) / 1_000_000,
                response.body().length(),
                attempt);
        if (settings.logPayloads()) {
            LOG.debug(
                    "upstream {} response payload={}",
                    exchange.label(),
                    response.body().text(LOGGED_PAYLOAD_BYTES));
        }
        return response;
    }

    private HttpClient builtClient() throws AttemptFailed {
        try {
            return client.get();
        } catch (IllegalStateException e) {
            // Only a broken runtime gets here (an unreadable JDK trust store, no TLS provider); trying again
            // would not mend it.
            throw new AttemptFailed(new UpstreamFailure.Transport(e.getMessage()), e, false, false);
        }
    }

    private void report(Exchange exchange, int status, long started, Optional<TraceContext> span) {
        observation
                .telemetry()
                .record(new TelemetryEvent.UpstreamCallFinished(
                        exchange.label(), status, Duration.ofNanos(System.nanoTime() - started), span));
    }

    private HttpRequest request(Exchange exchange, Duration limit, Optional<TraceContext> span) {
        var builder = HttpRequest.newBuilder(exchange.uri()).timeout(limit).header("User-Agent", settings.userAgent());
        exchange.headers().forEach(builder::header);
        span.ifPresent(trace -> {
            builder.header("traceparent", trace.traceparent());
            if (!trace.traceState().isEmpty()) {
                builder.header("tracestate", trace.traceState());
            }
        });
        if (exchange.body().isPresent()) {
            builder.header("Content-Type", "application/json");
            builder.method(
                    exchange.method(),
                    HttpRequest.BodyPublishers.ofByteArray(exchange.body().get()));
        } else {
            builder.method(exchange.method(), HttpRequest.BodyPublishers.noBody());
        }
        return builder.build();
    }

    /**
     * Sends {@code request} with the client's blocking call, which starts the exchange on this thread and
     * wakes it straight from the client's selector: the asynchronous call costs two thread hand-offs per
     * request (about half of a findings call's own time, measured against the sandbox). An interrupt
     * cancels the exchange; the request timeout bounds the headers and the body subscriber the rest.
     *
     * @throws TimeoutException when the body was not complete within {@code limit}
     * @throws ExecutionException with the client's own failure as cause
     */
    private HttpResponse<Body> sendOnThisThread(HttpRequest request, Duration limit)
            throws AttemptFailed, InterruptedException, TimeoutException, ExecutionException {
        long bodyDue = System.nanoTime() + limit.toNanos();
        var client = builtClient();
        try {
            return client.send(
                    request,
                    info -> new BoundedBodySubscriber(
                            settings.maxBodyBytes(), Duration.ofNanos(bodyDue - System.nanoTime())));
        } catch (IOException | RuntimeException e) {
            // The blocking call wraps the exchange's failure in a new exception of its kind; the cause is
            // the failure itself (a timeout of the headers alone comes without one).
            var failure = e.getCause() != null ? e.getCause() : e;
            if (failure instanceof TimeoutException timeout) {
                throw timeout;
            }
            throw new ExecutionException(failure);
        }
    }

    /**
     * Sends {@code request} for an exchange whose late answer matters: when the caller stops waiting (an
     * interrupt or {@code limit}), the exchange is left to finish for its {@link #lateAnswerWindow} and its
     * answer goes to the exchange's handler, so an effect it had upstream can be undone.
     */
    private HttpResponse<Body> awaitLeavingRunning(Exchange exchange, HttpRequest request, Duration limit)
            throws AttemptFailed, InterruptedException, TimeoutException, ExecutionException {
        var future = builtClient().sendAsync(request, info -> new BoundedBodySubscriber(settings.maxBodyBytes()));
        try {
            return future.get(limit.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException | TimeoutException e) {
            leaveRunning(exchange, future);
            throw e;
        }
    }

    private void leaveRunning(Exchange exchange, CompletableFuture<HttpResponse<Body>> future) {
        var handler = exchange.lateAnswer().orElseThrow();
        // The request's own timeout ends at the headers; a body that keeps dribbling would keep the
        // exchange, and the client's shutdown, waiting for ever.
        CompletableFuture.delayedExecutor(lateAnswerWindow(exchange).toMillis(), TimeUnit.MILLISECONDS)
                .execute(() -> future.cancel(true));
        var late = future.thenAcceptAsync(
                answer -> handler.accept(new Response(answer.statusCode(), answer.headers(), answer.body())));
        pending.add(late);
        late.whenComplete((r, f) -> pending.remove(late));
    }

    private static Duration lateAnswerWindow(Exchange exchange) {
        return exchange.timeout().multipliedBy(2).plus(LATE_ANSWER_GRACE);
    }

    private boolean pauseBeforeRetry(Duration wait, Instant deadline) throws InterruptedException {
        if (!clock.instant().plus(wait).isBefore(deadline)) {
            return false;
        }
        sleeper.pause(wait);
        return true;
    }

    private Duration backoff(int attempt) {
        var retry = settings.retry();
        long base = retry.baseDelay().toMillis();
        long capped = Math.min(retry.maxDelay().toMillis(), base << Math.min(attempt - 1, 20));
        long half = capped / 2;
        return Duration.ofMillis(
                half + (half == 0 ? 0 : ThreadLocalRandom.current().nextLong(half + 1)));
    }

    private static boolean retriedStatus(Exchange.RetryMode mode, int status) {
        return switch (mode) {
            case IDEMPOTENT -> RETRIED_READ_STATUSES.contains(status);
            case UNLESS_ACCEPTED -> NOT_ACCEPTED_STATUSES.contains(status);
            case NEVER -> false;
        };
    }

    private UpstreamFailure statusFailure(Response response, Optional<Duration> retryAfter) {
        int status = response.status();
        var message = credentials.redact(UpstreamMessages.of(response.body(), json));
        if (status == 401 || status == 403) {
            return new UpstreamFailure.Unauthorized(status, message);
        }
        if (status == 429) {
            return new UpstreamFailure.RateLimited(retryAfter, message);
        }
        if (status >= 400 && status <= 499) {
            return new UpstreamFailure.ClientError(status, message);
        }
        if (status >= 500 && status <= 599) {
            return new UpstreamFailure.ServerError(status, message);
        }
        if (status >= 300 && status <= 399) {
            return new UpstreamFailure.UnexpectedStatus(status, "redirects are not followed");
        }
        if (status >= 100 && status <= 199) {
            return new UpstreamFailure.UnexpectedStatus(status, message);
        }
        return new UpstreamFailure.MalformedResponse("the console answered with status " + status);
    }

    private void log(Exchange exchange, int attempt, long started, String outcome) {
        LOG.debug(
                "upstream {} {} {} failed ({}) after {} ms, attempt {}",
                exchange.label(),
                exchange.method(),
                exchange.uri().getRawPath(),
                outcome,
                (System.nanoTime() - started) / 1_000_000,
                attempt);
    }

    private static String payload(byte[] body) {
        return new String(body, 0, Math.min(body.length, LOGGED_PAYLOAD_BYTES), StandardCharsets.UTF_8);
    }

    private static Throwable rootCause(Throwable failure) {
        var cause = failure;
        while ((cause instanceof ExecutionException || cause instanceof java.util.concurrent.CompletionException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    private static String seconds(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    /** One attempt that produced no answer, and whether trying again is safe. */
    static final class AttemptFailed extends Exception {
        private static final long serialVersionUID = 1L;

        final transient UpstreamFailure failure;
        private final boolean readRetryable;
        private final boolean certainlyNotSent;

        AttemptFailed(UpstreamFailure failure, Throwable cause, boolean readRetryable, boolean certainlyNotSent) {
            super(failure.describe(), cause);
            this.failure = failure;
            this.readRetryable = readRetryable;
            this.certainlyNotSent = certainlyNotSent;
        }

        static AttemptFailed of(Throwable cause, Duration limit) {
            var detail = describe(cause);
            if (cause instanceof HttpConnectTimeoutException) {
                return new AttemptFailed(
                        new UpstreamFailure.Timeout("no connection within the connect timeout"), cause, true, true);
            }
            if (cause instanceof HttpTimeoutException) {
                return new AttemptFailed(
                        new UpstreamFailure.Timeout("no answer within " + seconds(limit)), cause, true, false);
            }
            if (cause instanceof BoundedBodySubscriber.TooLarge) {
                return new AttemptFailed(new UpstreamFailure.MalformedResponse(detail), cause, false, false);
            }
            if (cause instanceof SSLException) {
                return new AttemptFailed(new UpstreamFailure.Transport(handshake(detail)), cause, false, false);
            }
            if (cause instanceof ConnectException) {
                return new AttemptFailed(
                        new UpstreamFailure.Transport("connection failed: " + detail), cause, true, true);
            }
            if (cause instanceof IOException) {
                return new AttemptFailed(new UpstreamFailure.Transport(detail), cause, true, false);
            }
            return new AttemptFailed(new UpstreamFailure.Transport(detail), cause, false, false);
        }

        boolean retryable(Exchange.RetryMode mode) {
            return switch (mode) {
                case IDEMPOTENT -> readRetryable;
                case UNLESS_ACCEPTED -> certainlyNotSent;
                case NEVER -> false;
            };
        }

        /** Why a handshake failed, in the words that say what to fix: the trust or the address. */
        private static String handshake(String detail) {
            if (detail.contains("No subject alternative") || detail.contains("No name matching")) {
                return "the TLS handshake with the console failed: its certificate is not issued for the host name of"
                        + " the console address (" + detail + "); use the name the certificate carries";
            }
            return "the TLS handshake with the console failed (is its certificate trusted? a private CA goes into"
                    + " PURPLEMCP_CA_BUNDLE): " + detail;
        }

        /** The cause's own message without Java class names, which tell the model nothing. */
        private static String describe(Throwable cause) {
            var message = cause.getMessage();
            if (message == null || message.isBlank()) {
                return cause instanceof java.io.EOFException ? "the connection ended early" : "no details";
            }
            if (message.contains("header parser received no bytes")) {
                return "the console closed the connection without answering";
            }
            // JDK messages nest their causes as "SomeException: text"; keep the text.
            return message.replaceAll("(?:[a-z][\\w$]*\\.)*[A-Z][\\w$]*Exception: ", "");
        }
    }
}
