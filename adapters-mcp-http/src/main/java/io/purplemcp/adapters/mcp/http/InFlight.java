package io.purplemcp.adapters.mcp.http;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What a graceful shutdown waits for: handlers still running, calls whose replies are not yet
 * handed over, and open responses not yet fully written.
 */
final class InFlight {

    private final Object lock = new Object();
    private final int callLimit;
    private int handlers; // guarded by lock
    private final AtomicInteger streams = new AtomicInteger();
    private final Set<PendingCall> calls = new HashSet<>(); // guarded by lock
    private final Set<ExchangeOutbox> exchanges = new HashSet<>(); // guarded by lock
    private final ThreadLocal<ExchangeOutbox> openedByThisHandler = new ThreadLocal<>();

    /** @param callLimit how many calls may wait for their answers at once before new ones are refused */
    InFlight(int callLimit) {
        this.callLimit = callLimit;
    }

    /**
     * Whether a new call would exceed the limit. Checked before the call starts, so two racing
     * requests may overshoot by one each: the limit protects memory and the tool pool, not a count.
     */
    boolean atCallLimit() {
        synchronized (lock) {
            return calls.size() >= callLimit;
        }
    }

    /** How many calls wait for their answers now. */
    int calls() {
        synchronized (lock) {
            return calls.size();
        }
    }

    /** How many event streams are open now. */
    int streams() {
        return streams.get();
    }

    /** Counts an event stream as open until {@code closed} completes. */
    void trackStream(CompletableFuture<?> closed) {
        streams.incrementAndGet();
        closed.whenComplete((done, failure) -> streams.decrementAndGet());
    }

    void handlerStarted() {
        synchronized (lock) {
            handlers++;
        }
    }

    void handlerFinished() {
        synchronized (lock) {
            handlers--;
            lock.notifyAll();
        }
    }

    void track(PendingCall call) {
        synchronized (lock) {
            calls.add(call);
        }
        call.settled().whenComplete((done, failure) -> {
            synchronized (lock) {
                calls.remove(call);
                lock.notifyAll();
            }
        });
    }

    /** Tracks an open response; opened by a handler, which then writes it ({@link #takeOpenedByThisHandler}). */
    void track(ExchangeOutbox outbox) {
        if (openedByThisHandler.get() != null) {
            throw new IllegalStateException("a handler opens at most one response");
        }
        openedByThisHandler.set(outbox);
        synchronized (lock) {
            exchanges.add(outbox);
        }
        outbox.closed().whenComplete((delivered, failure) -> {
            synchronized (lock) {
                exchanges.remove(outbox);
            }
        });
    }

    /** The response the handler running on this thread opened, if any; asked once, when the handler is done. */
    Optional<ExchangeOutbox> takeOpenedByThisHandler() {
        var opened = openedByThisHandler.get();
        openedByThisHandler.remove();
        return Optional.ofNullable(opened);
    }

    /** Waits until no handler runs and every call has its answer; false if {@code limit} passed first. */
    boolean awaitCalls(Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        synchronized (lock) {
            while (handlers > 0 || !calls.isEmpty()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(lock, left);
            }
            return true;
        }
    }

    /** Answers every call still waiting with an error and cancels it. */
    void abortCalls() {
        List<PendingCall> waiting;
        synchronized (lock) {
            waiting = new ArrayList<>(calls);
        }
        waiting.forEach(PendingCall::abort);
    }

    /** Waits (at most {@code limit}) until every open response has been written and closed. */
    boolean awaitExchanges(Duration limit) throws InterruptedException {
        CompletableFuture<?>[] open;
        synchronized (lock) {
            open = exchanges.stream().map(ExchangeOutbox::closed).toArray(CompletableFuture[]::new);
        }
        try {
            CompletableFuture.allOf(open).get(limit.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            return true; // a failed write closed its exchange; that is all we wait for
        }
    }
}
