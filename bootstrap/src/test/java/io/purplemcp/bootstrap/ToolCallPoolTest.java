package io.purplemcp.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ToolCallPoolTest {

    private static final Duration PATIENCE = Duration.ofSeconds(10);

    private ToolCallPool pool;

    @AfterEach
    void stop() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }

    @Test
    void runsAsManyCallsAtOnceAsItHasThreadsQueuesTheNextAndRefusesTheOneAfter() throws Exception {
        pool = new ToolCallPool("test-tool-", 3, 2);
        var release = new CountDownLatch(1);
        var threeStarted = new CountDownLatch(3);
        var started = new AtomicInteger();
        var calls = new ArrayList<CompletableFuture<Void>>();
        for (int i = 0; i < 5; i++) {
            calls.add(CompletableFuture.runAsync(
                    () -> {
                        started.incrementAndGet();
                        threeStarted.countDown();
                        awaitUninterruptibly(release);
                    },
                    pool));
        }
        assertThat(threeStarted.await(PATIENCE.toMillis(), TimeUnit.MILLISECONDS))
                .isTrue();

        assertThatThrownBy(() -> pool.execute(() -> {}))
                .isInstanceOf(RejectedExecutionException.class)
                .hasMessageContaining("queue of tool calls is full");
        assertThat(started).hasValue(3);

        release.countDown();
        allOf(calls).get(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
        assertThat(started).hasValue(5);
    }

    @Test
    void callsThatWaitForTheirThreadsHoldThemSoNoMoreRunAtOnceThanItHasThreads() throws Exception {
        pool = new ToolCallPool("join-test-", 2, 10);
        var release = new CompletableFuture<Void>();
        var workers = ConcurrentHashMap.<Thread>newKeySet();
        var calls = new ArrayList<CompletableFuture<Void>>();
        for (int i = 0; i < 6; i++) {
            calls.add(CompletableFuture.runAsync(
                    () -> {
                        workers.add(Thread.currentThread());
                        release.join();
                    },
                    pool));
        }
        awaitTrue(() ->
                workers.size() == 2 && workers.stream().allMatch(thread -> thread.getState() == Thread.State.WAITING));

        var poolThreads = Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().startsWith("join-test-"))
                .count();
        assertThat(poolThreads).isEqualTo(2);

        release.complete(null);
        allOf(calls).get(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
        assertThat(workers).hasSize(2);
    }

    @Test
    void aFinishedOrFailedCallGivesItsPlaceBack() throws Exception {
        pool = new ToolCallPool("test-tool-", 1, 0);
        var failed = CompletableFuture.runAsync(
                () -> {
                    throw new IllegalStateException("the tool broke");
                },
                pool);
        assertThat(failed).failsWithin(PATIENCE);

        var accepted = executeOnceThereIsRoom(() -> {});
        assertThat(accepted).isTrue();
    }

    @Test
    void anInterruptLeftByACancelledCallDoesNotReachTheNextCallOnTheSameThread() throws Exception {
        pool = new ToolCallPool("test-tool-", 1, 1);
        var secondQueued = new CountDownLatch(1);
        var first = CompletableFuture.supplyAsync(
                () -> {
                    // The second call waits behind this one, so the thread that ends this one runs it next.
                    awaitUninterruptibly(secondQueued);
                    Thread.currentThread().interrupt();
                    return Thread.currentThread();
                },
                pool);
        var second = CompletableFuture.supplyAsync(
                () -> new Object[] {
                    Thread.currentThread(), Thread.currentThread().isInterrupted()
                },
                pool);
        secondQueued.countDown();

        var next = second.get(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
        assertThat(next[0]).isSameAs(first.get());
        assertThat(next[1]).isEqualTo(false);
    }

    @Test
    void oneCallerCallingInTurnIsServedByTheThreadThatWentIdleLastNotByEveryThreadInRotation() throws Exception {
        pool = new ToolCallPool("test-tool-", 32, 256);
        var threads = new HashSet<Thread>();
        for (int i = 0; i < 64; i++) {
            threads.add(CompletableFuture.supplyAsync(Thread::currentThread, pool)
                    .get(PATIENCE.toMillis(), TimeUnit.MILLISECONDS));
        }
        // A pool whose idle threads queue for work would have used all 32 here.
        assertThat(threads).hasSizeLessThan(8);
        assertThat(threads).allSatisfy(thread -> {
            assertThat(thread.getName()).startsWith("test-tool-");
            assertThat(thread.isDaemon()).isTrue();
        });
    }

    @Test
    void noCallIsLeftWaitingWhenCallersRaceTheThreadsThatFinish() throws Exception {
        pool = new ToolCallPool("race-test-", 1, 8);
        var callers = Executors.newFixedThreadPool(4);
        try {
            // Each round ends with every call answered; a call stranded in the queue would hold its round.
            for (int round = 0; round < 2_000; round++) {
                var together = new CyclicBarrier(4);
                var calls = new ArrayList<CompletableFuture<Integer>>();
                for (int i = 0; i < 4; i++) {
                    int n = i;
                    calls.add(CompletableFuture.supplyAsync(
                                    () -> {
                                        awaitUninterruptibly(together);
                                        return CompletableFuture.supplyAsync(() -> n, pool);
                                    },
                                    callers)
                            .thenCompose(call -> call));
                }
                allOf(calls).get(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
            }
        } finally {
            callers.shutdownNow();
        }
    }

    @Test
    void refusesCallsOnceShutDownAndKeepsNoPlaceForThem() {
        pool = new ToolCallPool("test-tool-", 1, 0);
        pool.shutdown();

        assertThatThrownBy(() -> pool.execute(() -> {})).isInstanceOf(RejectedExecutionException.class);
        assertThat(pool.isShutdown()).isTrue();
    }

    @Test
    void refusesASizeThatCannotWork() {
        assertThatThrownBy(() -> new ToolCallPool("t-", 0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ToolCallPool("t-", 1, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    /** A place comes back in the call's last step, just after its future completes: retry until it has. */
    private boolean executeOnceThereIsRoom(Runnable call) {
        var deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                pool.execute(call);
                return true;
            } catch (RejectedExecutionException full) {
                Thread.onSpinWait();
            }
        }
        return false;
    }

    private static void awaitUninterruptibly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void awaitUninterruptibly(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (BrokenBarrierException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void awaitTrue(BooleanSupplier condition) {
        var deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited %s", PATIENCE).isLessThan(deadline);
            Thread.onSpinWait();
        }
    }

    private static CompletableFuture<Void> allOf(List<? extends CompletableFuture<?>> calls) {
        return CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new));
    }
}
