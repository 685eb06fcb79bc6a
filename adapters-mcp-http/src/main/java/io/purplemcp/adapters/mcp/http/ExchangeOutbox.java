package io.purplemcp.adapters.mcp.http;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The only writer of one exchange whose response outlives its handler's own work (event streams,
 * replies that wait for a tool). Tool threads, timers and handlers queue steps and never block on a
 * slow client; the exchange's handler thread stays with the exchange and runs the steps one at a time
 * ({@link #writeUntilClosed}).
 *
 * <p>Why the handler's thread: when a client leaves, the JDK server forgets the connection only if the
 * handler throws. An exchange closed any other way before its response completed stays counted against
 * {@code jdk.httpserver.maxConnections} on JDK 17 (and its connection object is kept), so every event
 * stream a client walked away from would have used up one connection for good.
 */
final class ExchangeOutbox {

    private static final Logger LOG = LoggerFactory.getLogger(ExchangeOutbox.class);

    /** One write against the exchange. */
    @FunctionalInterface
    interface Step {
        void run(HttpExchange exchange) throws IOException;
    }

    private final HttpExchange exchange;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition queued = lock.newCondition();
    private final ArrayDeque<Step> steps = new ArrayDeque<>(); // guarded by lock
    private boolean writing; // guarded by lock
    private boolean finishing; // guarded by lock
    private boolean closed; // guarded by lock
    private final CompletableFuture<Boolean> closedFuture = new CompletableFuture<>();

    ExchangeOutbox(HttpExchange exchange) {
        this.exchange = exchange;
    }

    /** Queues a write; false when the exchange is finishing or gone (the step is then dropped). */
    boolean submit(Step step) {
        return enqueue(step, false);
    }

    /** Queues the last write, after which the exchange is closed; false if already finishing. */
    boolean finish(Step last) {
        return enqueue(last, true);
    }

    private boolean enqueue(Step step, boolean last) {
        lock.lock();
        try {
            if (finishing || closed) {
                return false;
            }
            finishing = last;
            steps.add(step);
            queued.signal();
            return true;
        } finally {
            lock.unlock();
        }
    }

    /** Whether nothing is queued or being written: a keep-alive behind a stuck write would only pile up. */
    boolean isIdle() {
        lock.lock();
        try {
            return !writing && steps.isEmpty();
        } finally {
            lock.unlock();
        }
    }

    /** Completes when the exchange is closed: {@code true} if every step was written, false if the client went away. */
    CompletableFuture<Boolean> closed() {
        return closedFuture;
    }

    /**
     * Runs the queued steps on the calling thread, the exchange's handler, until the last one is written
     * and the exchange closed.
     *
     * @throws IOException when the client went away or a write failed: thrown on to the JDK server, so it
     *     lets go of the connection
     */
    void writeUntilClosed() throws IOException {
        while (true) {
            Step step;
            lock.lock();
            try {
                writing = false;
                while (steps.isEmpty() && !finishing && !closed) {
                    queued.awaitUninterruptibly();
                }
                if (closed) {
                    throw new IOException("the response was given up");
                }
                step = steps.poll();
                if (step == null) {
                    closed = true;
                } else {
                    writing = true;
                }
            } finally {
                lock.unlock();
            }
            if (step == null) {
                exchange.close();
                closedFuture.complete(true);
                return;
            }
            try {
                step.run(exchange);
            } catch (IOException gone) {
                LOG.debug("client connection lost while writing: {}", gone.toString());
                abandon();
                throw gone;
            } catch (RuntimeException unexpected) {
                LOG.error("writing a response failed", unexpected);
                abandon();
                throw new IOException("writing the response failed", unexpected);
            }
        }
    }

    /**
     * Gives the exchange up without writing what is queued: for a handler that failed after opening it,
     * and for a write that failed. The caller then throws to the JDK server.
     */
    void abandon() {
        lock.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            finishing = true;
            writing = false;
            steps.clear();
            queued.signalAll();
        } finally {
            lock.unlock();
        }
        try {
            exchange.close();
        } catch (RuntimeException ignored) {
            // Closing a broken connection may fail again; there is nobody left to tell.
        }
        closedFuture.complete(false);
    }
}
