package io.purplemcp.adapters.mcp.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.purplemcp.adapters.mcp.protocol.JsonCodec;
import io.purplemcp.adapters.mcp.protocol.MessageSink;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The answer to one Streamable HTTP POST that carries requests. It stays plain JSON while it can and
 * becomes an event stream as soon as there is something to say before the reply: a notification for
 * the request (progress, log), or a keep-alive because the call is slow (so proxies keep the
 * connection and a vanished client is noticed). The reply is then the stream's last event.
 */
final class PostReply implements MessageSink {

    private enum State {
        PENDING,
        STREAMING,
        DONE
    }

    private final ExchangeOutbox outbox;
    private final JsonCodec codec;
    private State state = State.PENDING; // guarded by this

    PostReply(ExchangeOutbox outbox, JsonCodec codec, ScheduledExecutorService timer, Duration keepAliveInterval) {
        this.outbox = outbox;
        this.codec = codec;
        long period = keepAliveInterval.toMillis();
        var keepAlive = timer.scheduleAtFixedRate(this::keepAlive, period, period, TimeUnit.MILLISECONDS);
        outbox.closed().whenComplete((delivered, failure) -> keepAlive.cancel(false));
    }

    @Override
    public void send(ObjectNode notification) {
        var frame = SseFrames.event("message", codec.writeString(notification));
        synchronized (this) {
            if (state == State.DONE) {
                return;
            }
            streamIfPending();
            outbox.submit(exchange -> Responses.writeFrame(exchange, frame));
        }
    }

    /**
     * Sends the reply and ends the exchange. A {@code null} reply (the client cancelled the call, so
     * none is owed) ends a stream without one, or answers a still-plain POST with 202 and no body.
     */
    void finish(JsonNode reply) {
        synchronized (this) {
            var previous = state;
            if (previous == State.DONE) {
                return;
            }
            state = State.DONE;
            if (previous == State.PENDING) {
                if (reply == null) {
                    outbox.finish(exchange -> Responses.empty(exchange, 202));
                } else {
                    var body = codec.write(reply);
                    outbox.finish(exchange -> Responses.bytes(exchange, 200, MediaTypes.JSON, body));
                }
            } else if (reply == null) {
                outbox.finish(exchange -> {});
            } else {
                var frame = SseFrames.event("message", codec.writeString(reply));
                outbox.finish(exchange -> Responses.writeFrame(exchange, frame));
            }
        }
    }

    private void keepAlive() {
        synchronized (this) {
            if (state == State.DONE || !outbox.isIdle()) {
                return;
            }
            streamIfPending();
            outbox.submit(exchange -> Responses.writeFrame(exchange, SseFrames.KEEP_ALIVE));
        }
    }

    private void streamIfPending() {
        if (state == State.PENDING) {
            state = State.STREAMING;
            outbox.submit(Responses::startEventStream);
        }
    }
}
