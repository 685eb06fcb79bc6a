package io.purplemcp.adapters.mcp.http;

import static io.purplemcp.adapters.mcp.http.TestServer.echo;
import static io.purplemcp.adapters.mcp.http.TestServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Clients that send their headers slowly (slowloris, or just a bad network) must not hold up anyone
 * else. The JDK reads headers on the executor's thread, so with a bounded pool on JDK 17 a few hundred
 * of them used to queue every other client until {@code maxReqTime} (30 s) cut them off.
 */
@Timeout(60)
class SlowClientTest {

    private static final int STALLERS = 400;
    // Far from the 30 s of the defect; a normal exchange here takes milliseconds.
    private static final Duration BOUND = Duration.ofSeconds(2);

    @Test
    void clientsDribblingTheirHeadersDoNotDelayOthers() throws Exception {
        var dispatched = new CountDownLatch(STALLERS);
        var executor = ExchangeThreads.create(STALLERS + 200);
        try (var t = TestServer.streamable()
                .httpExecutor(executor, dispatched::countDown)
                .start()) {
            // Once before, so that the bound measures the stallers and not class loading.
            normalClient(t);
            var stallers = new ArrayList<Socket>();
            try {
                for (int i = 0; i < STALLERS; i++) {
                    stallers.add(stall(t.server.address(), i));
                }
                // Every staller's exchange is now on the server's executor, blocked reading headers.
                assertThat(dispatched.await(30, TimeUnit.SECONDS)).isTrue();

                long start = System.nanoTime();
                normalClient(t);
                var elapsed = Duration.ofNanos(System.nanoTime() - start);

                assertThat(elapsed).isLessThan(BOUND);
            } finally {
                for (var staller : stallers) {
                    staller.close();
                }
            }
        }
    }

    /** A health probe, then a new MCP session and its first tool call. */
    private static void normalClient(TestServer t) {
        var health = TestServer.send(t.request("/health").timeout(BOUND).GET().build());
        assertThat(health.statusCode()).isEqualTo(200);
        var session = t.openSession();
        var echoed = t.post(echo(2, "through"), "Mcp-Session-Id", session);
        assertThat(echoed.statusCode()).isEqualTo(200);
        assertThat(json(echoed.body()).at("/result/content/0/text").asText()).isEqualTo("through");
    }

    /** A connection that sends a request line and half a header, then nothing. */
    private static Socket stall(InetSocketAddress address, int i) throws IOException {
        var socket = new Socket(address.getAddress(), address.getPort());
        var partial = i % 2 == 0 ? "GET /heal" : "POST /mcp HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Ty";
        socket.getOutputStream().write(partial.getBytes(StandardCharsets.ISO_8859_1));
        socket.getOutputStream().flush();
        return socket;
    }
}
