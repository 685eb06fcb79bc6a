package io.purplemcp.adapters.sentinelone.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import io.purplemcp.adapters.sentinelone.SentinelOneConsole;
import io.purplemcp.adapters.sentinelone.testing.RecordingSleeper;
import io.purplemcp.adapters.sentinelone.testing.SettingsBuilder;
import io.purplemcp.ports.out.upstream.UpstreamException;
import io.purplemcp.ports.out.upstream.UpstreamFailure;
import io.purplemcp.sandbox.SandboxConsole;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A server that sends the headers at once and then stalls the body: the JDK's request timeout stops
 * at the headers, so only the client's own deadline ends such a call.
 */
@Tag("deadline")
class StalledBodyTest {

    @Test
    void aBodyThatStallsAfterTheHeadersIsCutAtTheDeadline() throws Exception {
        var release = new CountDownLatch(1);
        var requests = new AtomicInteger();
        var server = serve(exchange -> {
            if (requests.incrementAndGet() == 1) {
                exchange.sendResponseHeaders(503, -1);
                exchange.close();
                return;
            }
            exchange.sendResponseHeaders(200, 0);
            try (var body = exchange.getResponseBody()) {
                body.write("{\"data\": {\"purpleLaunchQuery\": ".getBytes(StandardCharsets.UTF_8));
                body.flush();
                release.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        try (var console = connectOnce(server)) {
            // The first request builds the client and opens the connection; answered at once, it keeps that
            // work out of the deadline timed below.
            assertThatThrownBy(() -> console.purpleAi().ask("q", Instant.now().plusSeconds(30)))
                    .isInstanceOf(UpstreamException.class);
            long started = System.nanoTime();
            try {
                console.purpleAi().ask("q", Instant.now().plusMillis(1000));
                throw new AssertionError("answered");
            } catch (UpstreamException e) {
                assertThat(e.failure()).isInstanceOf(UpstreamFailure.Timeout.class);
            }
            assertThat(Duration.ofNanos(System.nanoTime() - started))
                    // Far below the 20 s the body stalls, with room for a loaded machine.
                    .isBetween(Duration.ofMillis(900), Duration.ofSeconds(8));
            assertThat(requests).hasValue(2);
        } finally {
            release.countDown();
            server.stop(0);
        }
    }

    @Test
    void anInterruptWhileTheBodyDripsEndsTheCallAndTheExchange() throws Exception {
        var answering = new CountDownLatch(1);
        var abandoned = new CountDownLatch(1);
        var server = serve(exchange -> {
            exchange.sendResponseHeaders(200, 0);
            try (var body = exchange.getResponseBody()) {
                body.write("{\"data\": {\"purpleLaunchQuery\": ".getBytes(StandardCharsets.UTF_8));
                body.flush();
                answering.countDown();
                // A drip, so that the client closing the connection shows as a failed write.
                for (int i = 0; i < 400; i++) {
                    Thread.sleep(50);
                    body.write(' ');
                    body.flush();
                }
            } catch (java.io.IOException e) {
                abandoned.countDown();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        try (var console = connectOnce(server)) {
            var outcome = new java.util.concurrent.atomic.AtomicReference<Throwable>();
            var caller = new Thread(() -> {
                try {
                    console.purpleAi().ask("q", Instant.now().plusSeconds(30));
                } catch (Exception e) {
                    outcome.set(e);
                }
            });
            caller.start();
            assertThat(answering.await(10, TimeUnit.SECONDS)).isTrue();

            caller.interrupt();
            caller.join(5_000);

            assertThat(caller.isAlive()).isFalse();
            assertThat(outcome.get()).isInstanceOf(InterruptedException.class);
            assertThat(abandoned.await(10, TimeUnit.SECONDS))
                    .as("the connection is closed, not left to drip")
                    .isTrue();
        } finally {
            server.stop(0);
        }
    }

    /** A console client for that server that tries each request once. */
    private static SentinelOneConsole connectOnce(HttpsServer server) {
        var settings = SettingsBuilder.trustingTheSandbox(
                        "https://127.0.0.1:" + server.getAddress().getPort(), "t")
                .withRetry(RetrySettings.none())
                .build();
        return SentinelOneConsole.connect(settings, new RecordingSleeper(), Clock.systemUTC());
    }

    /** A loopback HTTPS server with the sandbox's key, a thread per exchange, started. */
    private static HttpsServer serve(HttpHandler handler) throws Exception {
        var server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(SandboxConsole.serverTls()));
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", handler);
        server.start();
        return server;
    }
}
