package io.purplemcp.bootstrap;

import io.purplemcp.adapters.mcp.http.ExchangeThreads;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Where tool calls run on a runtime without virtual threads: at most {@code threadCount} at once, up to
 * {@code queued} more waiting, and a call beyond that refused at once rather than piled up.
 *
 * <p>A {@link ThreadPoolExecutor} with a bounded queue would bound the same way, but its idle threads
 * take work in the order they went idle: one client calling in turn is served by all its threads in
 * rotation, every call on a thread whose stack and allocation buffer have gone cold. Here a call is
 * handed to the thread that went idle last (a {@link SynchronousQueue} matches the latest waiter
 * first), and a thread that finishes a call takes the next waiting one itself. Measured on JDK 17 with
 * {@code bench/UpstreamOverhead.java} in alternating runs, that cut the time a {@code list_alerts} call
 * adds (docs/PERFORMANCE.md).
 */
final class ToolCallPool extends AbstractExecutorService {

    private static final long IDLE_SECONDS = 60;

    private final ThreadPoolExecutor threads;
    private final Semaphore places;
    private final Semaphore runners;
    private final Queue<Runnable> waiting = new ConcurrentLinkedQueue<>();

    /** @param threadNamePrefix the threads are named by it and a count, so a thread dump shows whose they are */
    ToolCallPool(String threadNamePrefix, int threadCount, int queued) {
        if (threadCount < 1 || queued < 0) {
            throw new IllegalArgumentException("a pool needs a thread and cannot queue fewer than no calls");
        }
        this.places = new Semaphore(threadCount + queued);
        this.runners = new Semaphore(threadCount);
        // Unbounded here, bounded by the runners: a runner gives its place back before its thread is idle
        // again, so a new runner may need a thread of its own while several finished ones are still on their
        // way back (a bound of twice the runners was reached in ToolCallPoolTest). Idle threads end after a
        // minute.
        this.threads = new ThreadPoolExecutor(
                0,
                Integer.MAX_VALUE,
                IDLE_SECONDS,
                TimeUnit.SECONDS,
                new SynchronousQueue<>(),
                ExchangeThreads.daemonThreads(threadNamePrefix),
                new ThreadPoolExecutor.AbortPolicy());
    }

    @Override
    public void execute(Runnable call) {
        Objects.requireNonNull(call, "call");
        if (threads.isShutdown()) {
            throw new RejectedExecutionException("the server is stopping");
        }
        if (!places.tryAcquire()) {
            throw new RejectedExecutionException("every thread is busy and the queue of tool calls is full");
        }
        waiting.add(call);
        if (!runners.tryAcquire()) {
            return; // every runner is busy; the first to finish its call takes this one
        }
        try {
            threads.execute(this::runWaitingCalls);
        } catch (RejectedExecutionException shutDown) {
            runners.release();
            if (waiting.remove(call)) {
                places.release();
            }
            throw shutDown;
        }
    }

    private void runWaitingCalls() {
        while (true) {
            var call = waiting.poll();
            if (call == null) {
                runners.release();
                // A call added after the poll above may have found no runner free: look once more.
                if (waiting.isEmpty() || !runners.tryAcquire()) {
                    return;
                }
                continue;
            }
            try {
                call.run();
            } finally {
                // A cancellation may interrupt a call as it ends; that must not reach the thread's next call.
                Thread.interrupted();
                places.release();
            }
        }
    }

    @Override
    public void shutdown() {
        threads.shutdown();
    }

    @Override
    public List<Runnable> shutdownNow() {
        var dropped = new ArrayList<Runnable>();
        for (Runnable call; (call = waiting.poll()) != null; ) {
            dropped.add(call);
        }
        threads.shutdownNow();
        return dropped;
    }

    @Override
    public boolean isShutdown() {
        return threads.isShutdown();
    }

    @Override
    public boolean isTerminated() {
        return threads.isTerminated();
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
        return threads.awaitTermination(timeout, unit);
    }
}
