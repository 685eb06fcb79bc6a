package io.purplemcp.adapters.mcp.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import io.purplemcp.ports.in.tools.CallContext;
import io.purplemcp.ports.in.tools.LogLevel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One tool call in flight: the link between the running tool and the client that asked for it.
 * Cancellation may arrive from the transport's reader while the tool runs on another thread, so the
 * state is guarded by this object's monitor.
 */
final class RunningCall implements CallContext {

    private final JsonNode progressToken;
    private final MessageSink sink;
    private final ProtocolVersion version;
    private final Supplier<Optional<LogLevel>> logThreshold;
    private final List<Runnable> cancelActions = new ArrayList<>();
    private boolean cancelled;
    private boolean finished;
    private double lastProgress = Double.NEGATIVE_INFINITY;
    private Thread worker;

    /** @param logThreshold the least severe level the client wants to hear about; empty for none */
    RunningCall(
            JsonNode progressToken,
            MessageSink sink,
            ProtocolVersion version,
            Supplier<Optional<LogLevel>> logThreshold) {
        this.progressToken = progressToken;
        this.sink = sink;
        this.version = version;
        this.logThreshold = logThreshold;
    }

    @Override
    public synchronized boolean isCancelled() {
        return cancelled;
    }

    @Override
    public void onCancel(Runnable action) {
        synchronized (this) {
            if (!cancelled) {
                cancelActions.add(action);
                return;
            }
        }
        action.run();
    }

    @Override
    public void progress(double progress, Double total, String message) {
        synchronized (this) {
            // The spec wants strictly increasing progress, and nothing once the response is out.
            if (progressToken == null || finished || cancelled || !(progress > lastProgress)) {
                return;
            }
            lastProgress = progress;
        }
        var params = Messages.NODES.objectNode();
        params.set("progressToken", progressToken);
        params.put("progress", progress);
        if (total != null) {
            params.put("total", total);
        }
        if (message != null && version.hasProgressMessages()) {
            params.put("message", message);
        }
        sink.send(Messages.notification("notifications/progress", params));
    }

    @Override
    public void log(LogLevel level, String message) {
        synchronized (this) {
            var threshold = logThreshold.get();
            if (finished || cancelled || threshold.isEmpty() || level.compareTo(threshold.get()) < 0) {
                return;
            }
        }
        var params = Messages.NODES.objectNode().put("level", level.wireName()).put("logger", "purple-mcp");
        params.put("data", message);
        sink.send(Messages.notification("notifications/message", params));
    }

    synchronized void startOn(Thread thread) {
        worker = thread;
        if (cancelled) {
            thread.interrupt();
        }
    }

    /** Marks the call done; later progress or log messages are dropped. Returns false if it was cancelled. */
    synchronized boolean finish() {
        worker = null;
        finished = true;
        return !cancelled;
    }

    void cancel() {
        List<Runnable> actions;
        synchronized (this) {
            if (cancelled || finished) {
                return;
            }
            cancelled = true;
            actions = List.copyOf(cancelActions);
            cancelActions.clear();
            if (worker != null) {
                // Tools blocked on upstream I/O notice an interrupt sooner than a polled flag.
                worker.interrupt();
            }
        }
        actions.forEach(Runnable::run);
    }
}
