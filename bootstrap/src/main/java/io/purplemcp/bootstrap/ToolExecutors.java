package io.purplemcp.bootstrap;

import java.lang.reflect.InvocationTargetException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Where tool calls run. Tool calls mostly wait on the console, so on a runtime with virtual threads
 * (JDK 21+) each call gets one; on JDK 17 a bounded pool keeps a flood of calls from exhausting the
 * process, answering "busy" beyond its queue.
 */
final class ToolExecutors {

    private static final int PLATFORM_THREADS = 32;
    private static final int QUEUED_CALLS = 256;

    private ToolExecutors() {}

    static ExecutorService create() {
        try {
            // Looked up reflectively: the code is compiled for Java 17, which has no virtual threads.
            var factory = Executors.class.getMethod("newVirtualThreadPerTaskExecutor");
            return (ExecutorService) factory.invoke(null);
        } catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException e) {
            return boundedPlatformPool();
        }
    }

    static boolean virtualThreadsAvailable() {
        try {
            Executors.class.getMethod("newVirtualThreadPerTaskExecutor");
            return true;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    private static ExecutorService boundedPlatformPool() {
        var pool = new ThreadPoolExecutor(
                PLATFORM_THREADS,
                PLATFORM_THREADS,
                60,
                TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(QUEUED_CALLS),
                daemonThreads("purple-mcp-tool-"),
                new ThreadPoolExecutor.AbortPolicy());
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    private static ThreadFactory daemonThreads(String prefix) {
        var counter = new AtomicInteger();
        return runnable -> {
            var thread = new Thread(runnable, prefix + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
