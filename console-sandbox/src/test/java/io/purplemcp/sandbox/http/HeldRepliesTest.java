package io.purplemcp.sandbox.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Delayed replies are bounded: beyond the bound a slow reply is a reset, and a sent one frees its place. */
class HeldRepliesTest {

    private static final RequiredAuthorization OPEN = new RequiredAuthorization("Bearer", "t", ErrorStyle.WEB_API);

    private final RequestLog log = new RequestLog(100);
    private final ScheduledThreadPoolExecutor scheduler = new ScheduledThreadPoolExecutor(1);
    private final HttpClient client =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private HttpServer server;

    @BeforeEach
    void start() throws IOException {
        scheduler.setRemoveOnCancelPolicy(true);
        var router = new Router(log, scheduler, Clock.systemUTC(), 1);
        router.add("GET", "/held", OPEN, request -> new Reply.Delayed(Duration.ofMinutes(10), Reply.empty(204)));
        router.add("GET", "/brief", OPEN, request -> new Reply.Delayed(Duration.ZERO, Reply.empty(204)));
        router.add("GET", "/now", OPEN, request -> Reply.empty(204));
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", router);
        server.start();
    }

    @AfterEach
    void stop() {
        scheduler.shutdownNow();
        server.stop(0);
    }

    @Test
    void aReplyBeyondTheBoundIsAResetAndTheRestAreServed() throws Exception {
        assertThat(get("/brief").statusCode())
                .as("a delayed reply sent frees its place")
                .isEqualTo(204);

        var held = client.sendAsync(request("/held"), HttpResponse.BodyHandlers.discarding());
        log.await(() -> log.snapshot().size() == 2, Duration.ofSeconds(10));

        assertThatThrownBy(() -> get("/held"))
                .as("closed at once, not held until the client's timeout")
                .isInstanceOf(IOException.class)
                .isNotInstanceOf(HttpTimeoutException.class);
        assertThat(get("/now").statusCode()).isEqualTo(204);
        assertThat(held).isNotDone();
        held.cancel(true);
    }

    private HttpResponse<Void> get(String path) throws IOException, InterruptedException {
        return client.send(request(path), HttpResponse.BodyHandlers.discarding());
    }

    private HttpRequest request(String path) {
        return HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path))
                .header("Authorization", "Bearer t")
                .timeout(Duration.ofSeconds(5))
                .build();
    }
}
