package io.purplemcp.adapters.mcp.http;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The executor to give {@link McpHttpServer#start}: one thread per exchange, never a queue.
 *
 * <p>The JDK server reads a request's line and headers on the executor's thread
 * ({@code ServerImpl.Exchange.run}), so a client that dribbles its headers holds that thread until it
 * finishes or {@code sun.net.httpserver.maxReqTime} cuts it off. Behind a bounded pool a few hundred
 * such clients queue every other request for that long. Threads here mostly wait on sockets, so each
 * exchange gets its own: a virtual thread on JDK 21+, on JDK 17 a daemon platform thread. What must
 * stay bounded is the work, and tool calls run on the {@link
 * io.purplemcp.adapters.mcp.protocol.McpServer}'s own executor.
 */
public final class ExchangeThreads {

    private static final long IDLE_SECONDS = 30;

    private ExchangeThreads() {}

    /**
     * @param maxConnections the server's connection limit ({@code jdk.httpserver.maxConnections}). A
     *     connection runs at most one exchange, whose thread also writes a response that outlives the
     *     handler's own work (an event stream, a reply that waits for a tool), so twice the limit is never
     *     reached; it only keeps a misconfigured limit from exhausting the process. Beyond it the JDK
     *     closes the new connection.
     */
    public static ExecutorService create(int maxConnections) {
        if (maxConnections < 1) {
            throw new IllegalArgumentException("maxConnections must be positive: " + maxConnections);
        }
        return virtualThreadPerTask()
                .orElseGet(() -> new ThreadPoolExecutor(
                        0,
                        2 * maxConnections,
                        IDLE_SECONDS,
                        TimeUnit.SECONDS,
                        new SynchronousQueue<>(),
                        daemonThreads("purple-mcp-http-"),
                        new ThreadPoolExecutor.AbortPolicy()));
    }

    /** Whether this runtime has virtual threads (JDK 21+). */
    public static boolean virtualThreadsAvailable() {
        return virtualThreadFactory() != null;
    }

    /** A virtual thread per task, or empty on a runtime without virtual threads. */
    public static Optional<ExecutorService> virtualThreadPerTask() {
        var factory = virtualThreadFactory();
        if (factory == null) {
            return Optional.empty();
        }
        try {
            return Optional.of((ExecutorService) factory.invoke(null));
        } catch (IllegalAccessException | InvocationTargetException e) {
            return Optional.empty();
        }
    }

    private static Method virtualThreadFactory() {
        try {
            // Looked up reflectively: the code is compiled for Java 17, which has no virtual threads.
            return java.util.concurrent.Executors.class.getMethod("newVirtualThreadPerTaskExecutor");
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    /** Platform threads named {@code prefix} and a count, that do not keep the process alive. */
    public static ThreadFactory daemonThreads(String prefix) {
        var counter = new AtomicInteger();
        return runnable -> {
            // The default stack size on purpose: a smaller one overflowed copying arguments nested as deep as
            // Jackson lets a request go, and an idle thread only holds the few stack pages it touched.
            var thread = new Thread(runnable, prefix + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
