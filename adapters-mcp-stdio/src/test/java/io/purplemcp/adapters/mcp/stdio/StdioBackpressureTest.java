package io.purplemcp.adapters.mcp.stdio;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.purplemcp.adapters.mcp.protocol.McpServer;
import io.purplemcp.adapters.mcp.protocol.ServerIdentity;
import io.purplemcp.adapters.mcp.stdio.StdioTransport.StdioLimits;
import io.purplemcp.ports.in.tools.ToolCatalog;
import io.purplemcp.ports.in.tools.ToolResult;
import io.purplemcp.ports.out.security.Redactor;
import io.purplemcp.testsupport.mcp.Handshake;
import io.purplemcp.testsupport.tools.OneToolCatalog;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.Pipe;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A stdio client that writes faster than tools run is slowed down by the pipe, not refused. Runs
 * over OS pipes, with a tool executor that refuses work beyond a small queue as the JDK 17 pool
 * does, so that a transport that kept reading would fail calls here on any JDK.
 */
@Timeout(60)
class StdioBackpressureTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String INIT = Handshake.initialize("0");
    private static final int PIPELINED = 20_000;
    private static final int POOL_THREADS = 2;
    private static final int POOL_QUEUE = 16;

    @Test
    void everyPipelinedCallIsAnsweredAndTheExecutorNeverHoldsMoreThanTheWindow() throws Exception {
        var pool = new ThreadPoolExecutor(
                POOL_THREADS,
                POOL_THREADS,
                0,
                TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(POOL_QUEUE),
                new ThreadPoolExecutor.AbortPolicy());
        var executor = new CountingExecutor(pool);
        var client = Client.start(catalog((call, context) -> new ToolResult.Text("ok")), executor, POOL_QUEUE);

        var writer = CompletableFuture.runAsync(() -> client.writeAll(PIPELINED), StdioBackpressureTest::onNewThread);
        var replies = client.readToEnd();
        writer.join();
        client.awaitEnd();
        pool.shutdown();

        assertThat(replies).hasSize(PIPELINED + 1);
        assertThat(replies.get(0).path("id").asInt()).as("the initialize reply").isZero();
        var errors = replies.stream().filter(r -> r.has("error")).toList();
        assertThat(errors.size())
                .as("replies that are errors; the first: %s", errors.isEmpty() ? "none" : errors.get(0))
                .isZero();
        var ids = new HashSet<Integer>();
        for (var reply : replies.subList(1, replies.size())) {
            assertThat(reply.path("result").path("content").get(0).path("text").asText())
                    .isEqualTo("ok");
            ids.add(reply.path("id").asInt());
        }
        assertThat(ids).hasSize(PIPELINED).allSatisfy(id -> assertThat(id).isBetween(1, PIPELINED));
        // A slot is given back when its reply is written, a moment before the pool's thread is free,
        // so each thread may hold one task more than the window.
        assertThat(executor.mostHeld()).isLessThanOrEqualTo(POOL_QUEUE + POOL_THREADS);
    }

    @Test
    void pingAndCancellationGetThroughWhileTheWindowIsFull() throws Exception {
        var started = new LinkedBlockingQueue<Integer>();
        var interrupted = new LinkedBlockingQueue<Integer>();
        var release = new CountDownLatch(1);
        var client = Client.start(
                catalog((call, context) -> {
                    int n = call.arguments().path("n").asInt();
                    started.add(n);
                    try {
                        release.await();
                        return new ToolResult.Text("held " + n);
                    } catch (InterruptedException e) {
                        interrupted.add(n);
                        return new ToolResult.Text("interrupted");
                    }
                }),
                StdioBackpressureTest::onNewThread,
                2);
        client.writeLine(INIT);
        assertThat(client.readLine().path("id").asInt()).isZero();
        client.writeLine(Handshake.INITIALIZED);

        client.writeLine(hold(2));
        client.writeLine(hold(3));
        assertThat(List.of(next(started), next(started))).containsExactlyInAnyOrder(2, 3);

        client.writeLine("{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"ping\"}");
        assertThat(client.readLine().path("id").asInt()).isEqualTo(4);
        client.writeLine("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/cancelled\",\"params\":{\"requestId\":2}}");
        assertThat(next(interrupted)).isEqualTo(2);

        client.writeLine(hold(5));
        assertThat(next(started))
                .as("the cancelled call's slot goes to the next call")
                .isEqualTo(5);
        release.countDown();
        client.closeInput();

        var ids = client.readToEnd().stream().map(r -> r.path("id").asInt()).toList();
        assertThat(ids).as("no reply to the cancelled call").containsExactlyInAnyOrder(3, 5);
        client.awaitEnd();
    }

    private static void onNewThread(Runnable task) {
        var thread = new Thread(task);
        thread.setDaemon(true);
        thread.start();
    }

    private static String hold(int id) {
        return "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"tools/call\",\"params\":{\"name\":\"t\","
                + "\"arguments\":{\"n\":" + id + "}}}";
    }

    private static int next(BlockingQueue<Integer> queue) throws InterruptedException {
        var value = queue.poll(10, TimeUnit.SECONDS);
        assertThat(value).as("awaited event").isNotNull();
        return value;
    }

    private static ToolCatalog catalog(OneToolCatalog.Behaviour tool) {
        return new OneToolCatalog("t", "T", "A test tool.", tool);
    }

    /** Counts the tasks handed to the pool and not yet finished: the calls the server holds in memory. */
    private static final class CountingExecutor implements Executor {
        private final Executor delegate;
        private final AtomicInteger held = new AtomicInteger();
        private final AtomicInteger mostHeld = new AtomicInteger();

        CountingExecutor(Executor delegate) {
            this.delegate = delegate;
        }

        @Override
        public void execute(Runnable task) {
            mostHeld.accumulateAndGet(held.incrementAndGet(), Math::max);
            try {
                delegate.execute(() -> {
                    try {
                        task.run();
                    } finally {
                        held.decrementAndGet();
                    }
                });
            } catch (RuntimeException refused) {
                held.decrementAndGet();
                throw refused;
            }
        }

        int mostHeld() {
            return mostHeld.get();
        }
    }

    /** The client's ends of two OS pipes, with the transport serving the other ends on its own thread. */
    private static final class Client {
        private final OutputStream toServer;
        private final BufferedReader fromServer;
        private final CompletableFuture<Void> served;

        private Client(OutputStream toServer, BufferedReader fromServer, CompletableFuture<Void> served) {
            this.toServer = toServer;
            this.fromServer = fromServer;
            this.served = served;
        }

        static Client start(ToolCatalog catalog, Executor executor, int window) throws Exception {
            var input = Pipe.open();
            var output = Pipe.open();
            var server = new McpServer(
                    catalog, new ServerIdentity("PurpleAIMCP", "t", "1", "i"), executor, Redactor.none(), 100, false);
            var serverOut = Channels.newOutputStream(output.sink());
            var transport = new StdioTransport(
                    server.newSession(),
                    Channels.newInputStream(input.source()),
                    serverOut,
                    new StdioLimits(4096, Duration.ofSeconds(10), window));
            var served = CompletableFuture.runAsync(
                    () -> {
                        try (serverOut) {
                            transport.run();
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    },
                    StdioBackpressureTest::onNewThread);
            var fromServer = new BufferedReader(
                    new InputStreamReader(Channels.newInputStream(output.source()), StandardCharsets.UTF_8));
            return new Client(new BufferedOutputStream(Channels.newOutputStream(input.sink())), fromServer, served);
        }

        void writeAll(int calls) {
            try (toServer) {
                toServer.write((INIT + "\n" + Handshake.INITIALIZED + "\n").getBytes(StandardCharsets.UTF_8));
                for (int id = 1; id <= calls; id++) {
                    toServer.write((hold(id) + "\n").getBytes(StandardCharsets.UTF_8));
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        void writeLine(String line) throws Exception {
            toServer.write((line + "\n").getBytes(StandardCharsets.UTF_8));
            toServer.flush();
        }

        void closeInput() throws Exception {
            toServer.close();
        }

        JsonNode readLine() throws Exception {
            var line = fromServer.readLine();
            assertThat(line).as("a reply").isNotNull();
            return JSON.readTree(line);
        }

        List<JsonNode> readToEnd() throws Exception {
            var replies = new ArrayList<JsonNode>();
            String line;
            while ((line = fromServer.readLine()) != null) {
                replies.add(JSON.readTree(line));
            }
            return replies;
        }

        void awaitEnd() throws Exception {
            served.get(10, TimeUnit.SECONDS);
        }
    }
}
