package io.purplemcp.sandbox.http;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

/**
 * The requests the sandbox received, oldest first, bounded (the oldest are dropped beyond the
 * capacity). A request is logged after its handler ran and before its response is written, so a
 * client that got a response finds the request, and its effects on the counters, already in place.
 */
public final class RequestLog {

    private final int capacity;
    private final ArrayDeque<RecordedRequest> entries = new ArrayDeque<>();

    public RequestLog(int capacity) {
        this.capacity = capacity;
    }

    synchronized void append(RecordedRequest request) {
        if (entries.size() == capacity) {
            entries.removeFirst();
        }
        entries.addLast(request);
        notifyAll();
    }

    /** A copy of the log, oldest first. */
    public synchronized List<RecordedRequest> snapshot() {
        return List.copyOf(entries);
    }

    /** Forgets every logged request. */
    public synchronized void clear() {
        entries.clear();
    }

    /**
     * Waits until a condition holds. It is re-evaluated whenever a request has been handled, so it
     * should depend on the log or on what handlers change (the query counters).
     */
    public synchronized void await(BooleanSupplier condition, Duration timeout)
            throws InterruptedException, TimeoutException {
        var deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            var left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new TimeoutException("the sandbox did not reach the awaited state within " + timeout);
            }
            wait(Math.max(1, left / 1_000_000));
        }
    }
}
