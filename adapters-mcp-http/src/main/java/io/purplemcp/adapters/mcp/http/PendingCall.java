package io.purplemcp.adapters.mcp.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.purplemcp.adapters.mcp.protocol.JsonRpcError;
import io.purplemcp.adapters.mcp.protocol.McpSession;
import io.purplemcp.adapters.mcp.protocol.MessageSink;
import io.purplemcp.adapters.mcp.protocol.Messages;
import io.purplemcp.adapters.mcp.protocol.RequestOrigin;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A message with requests, handed to a session and awaiting its reply. Exactly one answer leaves: the
 * session's, or an error when the request deadline passes or the server shuts down, in which case
 * the call is cancelled as if the client had asked.
 */
final class PendingCall {

    private static final Logger LOG = LoggerFactory.getLogger(PendingCall.class);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final McpSession session;
    private final boolean ownsSession;
    private final List<JsonNode> ids;
    private final boolean batch;
    private final Consumer<JsonNode> deliver;
    private final Duration timeout;
    private final AtomicBoolean answered = new AtomicBoolean();
    private final CompletableFuture<Void> settled = new CompletableFuture<>();
    private volatile ScheduledFuture<?> deadline;

    private PendingCall(
            McpSession session, boolean ownsSession, JsonNode message, Consumer<JsonNode> deliver, Duration timeout) {
        this.session = session;
        this.ownsSession = ownsSession;
        this.ids = JsonRpcShape.requestIds(message);
        this.batch = message.isArray();
        this.deliver = deliver;
        this.timeout = timeout;
    }

    /**
     * Hands {@code message} to {@code session}; notifications go to {@code sink}, the one answer to
     * {@code deliver} ({@code null} when none is owed).
     *
     * @param ownsSession the session exists for this message alone (stateless HTTP), so cancelling
     *     everything in it cancels exactly this call
     */
    static PendingCall start(
            McpSession session,
            boolean ownsSession,
            JsonNode message,
            MessageSink sink,
            Consumer<JsonNode> deliver,
            Duration timeout,
            ScheduledExecutorService timer,
            RequestOrigin origin) {
        var call = new PendingCall(session, ownsSession, message, deliver, timeout);
        call.deadline = timer.schedule(call::expire, timeout.toMillis(), TimeUnit.MILLISECONDS);
        session.receive(message, sink, origin).whenComplete((reply, failure) -> {
            if (failure != null) {
                LOG.error("a request could not be answered", failure);
                call.answer(call.errors("Internal error."));
            } else {
                call.answer(reply);
            }
        });
        return call;
    }

    /** Completes once the answer has been handed over (or the call was abandoned). */
    CompletableFuture<Void> settled() {
        return settled;
    }

    /** The server is stopping and cannot wait any longer. */
    void abort() {
        giveUp("Server shutting down: the request was cancelled.");
    }

    /**
     * Nobody is listening any more. A per-request session's calls are cancelled; a stateful session's
     * keep running, because on these revisions a dropped connection is not a cancellation.
     */
    void abandon() {
        if (ownsSession) {
            session.cancelAll();
        }
    }

    private void expire() {
        var limit = timeout.toMillis() < 1000 ? timeout.toMillis() + " ms" : timeout.toSeconds() + " s";
        giveUp("Request timed out after " + limit + ": the request was cancelled.");
    }

    private void giveUp(String why) {
        if (answer(errors(why))) {
            LOG.info("request cancelled by the server: {}", why);
            cancel();
        }
    }

    private boolean answer(JsonNode reply) {
        if (!answered.compareAndSet(false, true)) {
            return false;
        }
        var timer = deadline;
        if (timer != null) {
            timer.cancel(false);
        }
        try {
            deliver.accept(reply);
        } finally {
            settled.complete(null);
        }
        return true;
    }

    private void cancel() {
        if (ownsSession) {
            session.cancelAll();
            return;
        }
        for (var id : ids) {
            session.cancel(id);
        }
    }

    private JsonNode errors(String message) {
        if (!batch) {
            return Messages.error(ids.isEmpty() ? null : ids.get(0), JsonRpcError.INTERNAL_ERROR, message);
        }
        var replies = NODES.arrayNode();
        ids.forEach(id -> replies.add(Messages.error(id, JsonRpcError.INTERNAL_ERROR, message)));
        return replies;
    }
}
