package io.purplemcp.sandbox.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A delayed reply holds its connection open; the router bounds how many may wait at once. */
class RouterDelayedRepliesTest {

    private final CountDownLatch scheduled = new CountDownLatch(1);
    private final ScheduledThreadPoolExecutor scheduler = new ScheduledThreadPoolExecutor(1) {
        @Override
        public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
            var future = super.schedule(command, delay, unit);
            scheduled.countDown();
            return future;
        }
    };
    private final ExecutorService serverThreads = Executors.newCachedThreadPool();
    private final HttpClient client =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private HttpServer server;

    @AfterEach
    void stop() {
        server.stop(0);
        serverThreads.shutdownNow();
        scheduler.shutdownNow();
    }

    @Test
    void aDelayedReplyBeyondTheBoundIsAResetConnectionNotAnotherHeldOne() throws Exception {
        start(Duration.ofHours(1));
        var held = client.sendAsync(post(), HttpResponse.BodyHandlers.ofString());
        assertThat(scheduled.await(10, TimeUnit.SECONDS)).isTrue();

        assertThatThrownBy(() -> client.send(post(), HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(IOException.class);
        assertThat(held).isNotDone();
        held.cancel(true);
    }

    @Test
    void aDelayedReplyThatWasSentFreesItsPlaceForTheNext() throws Exception {
        start(Duration.ZERO);

        assertThat(client.send(post(), HttpResponse.BodyHandlers.ofString()).body())
                .isEqualTo("late");
        assertThat(client.send(post(), HttpResponse.BodyHandlers.ofString()).body())
                .isEqualTo("late");
    }

    private void start(Duration delay) throws IOException {
        var router = new Router(new RequestLog(16), scheduler, 1, Clock.systemUTC());
        router.add(
                "POST",
                "/slow",
                new RequiredAuthorization("Bearer", "token", ErrorStyle.WEB_API),
                request -> new Reply.Delayed(
                        delay, new Reply.Send(200, Map.of(), "late".getBytes(StandardCharsets.UTF_8))));
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(serverThreads);
        server.createContext("/", router);
        server.start();
    }

    private HttpRequest post() {
        return HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/slow"))
                .header("Authorization", "Bearer token")
                .POST(HttpRequest.BodyPublishers.noBody())
                .build();
    }
}
