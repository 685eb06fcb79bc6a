package io.purplemcp.adapters.mcp.http;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The only writer of one exchange whose response outlives its handler (event streams, replies that
 * wait for a tool). Tool threads, timers and handlers queue steps; the steps run one at a time on the
 * server's executor, so producers never block on a slow client and writes never interleave.
 */
final class ExchangeOutbox {

    private static final Logger LOG = LoggerFactory.getLogger(ExchangeOutbox.class);

    /** One write against the exchange. */
    @FunctionalInterface
    interface Step {
        void run(HttpExchange exchange) throws IOException;
    }

    private final HttpExchange exchange;
    private final Executor executor;
    private final ArrayDeque<Step> steps = new ArrayDeque<>(); // guarded by this
    private boolean running; // guarded by this
    private boolean finishing; // guarded by this
    private boolean closed; // guarded by this
    private final CompletableFuture<Boolean> closedFuture = new CompletableFuture<>();

    ExchangeOutbox(HttpExchange exchange, Executor executor) {
        this.exchange = exchange;
        this.executor = executor;
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
        synchronized (this) {
            if (finishing || closed) {
                return false;
            }
            finishing = last;
            steps.add(step);
            if (running) {
                return true;
            }
            running = true;
        }
        dispatch();
        return true;
    }

    /** Whether nothing is queued or being written: a keep-alive behind a stuck write would only pile up. */
    synchronized boolean isIdle() {
        return !running && steps.isEmpty();
    }

    /** Completes when the exchange is closed: {@code true} if every step was written, false if the client went away. */
    CompletableFuture<Boolean> closed() {
        return closedFuture;
    }

    private void dispatch() {
        try {
            executor.execute(this::drain);
        } catch (RejectedExecutionException saturated) {
            // The executor is full or shut down; writing here is slower for the caller but loses nothing.
            drain();
        }
    }

    private void drain() {
        while (true) {
            Step step;
            synchronized (this) {
                step = steps.poll();
                if (step == null) {
                    running = false;
                    if (!finishing || closed) {
                        return;
                    }
                    closed = true;
                }
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
                return;
            } catch (RuntimeException unexpected) {
                LOG.error("writing a response failed", unexpected);
                abandon();
                return;
            }
        }
    }

    private void abandon() {
        synchronized (this) {
            closed = true;
            finishing = true;
            running = false;
            steps.clear();
        }
        try {
            exchange.close();
        } catch (RuntimeException ignored) {
            // Closing a broken connection may fail again; there is nobody left to tell.
        }
        closedFuture.complete(false);
    }
}
