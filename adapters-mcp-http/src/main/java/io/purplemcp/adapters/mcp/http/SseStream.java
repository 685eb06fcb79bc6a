package io.purplemcp.adapters.mcp.http;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A long-lived server-sent event stream (the legacy transport's session stream, or the Streamable
 * HTTP GET stream). It sends a comment whenever it has been quiet for a keep-alive interval.
 */
final class SseStream {

    private final ExchangeOutbox outbox;

    SseStream(ExchangeOutbox outbox) {
        this.outbox = outbox;
    }

    /** Sends the stream's headers now and keep-alive comments from then on, until the stream closes. */
    void open(ScheduledExecutorService timer, Duration keepAliveInterval) {
        outbox.submit(Responses::startEventStream);
        long period = keepAliveInterval.toMillis();
        var keepAlive = timer.scheduleAtFixedRate(this::keepAlive, period, period, TimeUnit.MILLISECONDS);
        outbox.closed().whenComplete((delivered, failure) -> keepAlive.cancel(false));
    }

    /** Queues an event; false once the stream is closed. */
    boolean send(String event, String data) {
        var frame = SseFrames.event(event, data);
        return outbox.submit(exchange -> Responses.writeFrame(exchange, frame));
    }

    /** Ends the stream after whatever is already queued. */
    void close() {
        outbox.finish(exchange -> {});
    }

    CompletableFuture<Boolean> closed() {
        return outbox.closed();
    }

    boolean isClosed() {
        return outbox.closed().isDone();
    }

    private void keepAlive() {
        if (outbox.isIdle()) {
            outbox.submit(exchange -> Responses.writeFrame(exchange, SseFrames.KEEP_ALIVE));
        }
    }
}
