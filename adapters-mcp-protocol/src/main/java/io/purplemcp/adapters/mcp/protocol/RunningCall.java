package io.purplemcp.adapters.mcp.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import io.purplemcp.ports.in.tools.CancellableCallContext;
import io.purplemcp.ports.in.tools.LogLevel;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One tool call in flight: the link between the running tool and the client that asked for it.
 * Cancellation may arrive from the transport's reader while the tool runs on another thread.
 */
final class RunningCall extends CancellableCallContext {

    private final JsonNode progressToken;
    private final MessageSink sink;
    private final ProtocolVersion version;
    private final Supplier<Optional<LogLevel>> logThreshold;
    private double lastProgress = Double.NEGATIVE_INFINITY; // guarded by this
    private Thread worker; // guarded by this

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
    public void progress(double progress, Double total, String message) {
        synchronized (this) {
            // The spec wants strictly increasing progress, and nothing once the response is out.
            if (progressToken == null || !isOpen() || !(progress > lastProgress)) {
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
        var threshold = logThreshold.get();
        if (!isOpen() || threshold.isEmpty() || level.compareTo(threshold.get()) < 0) {
            return;
        }
        var params = Messages.NODES.objectNode().put("level", level.wireName()).put("logger", "purple-mcp");
        params.put("data", message);
        sink.send(Messages.notification("notifications/message", params));
    }

    /** The thread running the call: a cancellation interrupts it first, before the tool's own cancel actions. */
    void startOn(Thread thread) {
        synchronized (this) {
            worker = thread;
        }
        onCancel(this::interruptWorker);
    }

    /** Marks the call done; later progress or log messages are dropped. Returns false if it was cancelled. */
    synchronized boolean finish() {
        worker = null;
        return close();
    }

    /**
     * Tools blocked on upstream I/O notice an interrupt sooner than a polled flag. Checked under the
     * monitor {@link #finish} takes, so a cancellation that comes as the call ends cannot interrupt the
     * pool thread's next task.
     */
    private synchronized void interruptWorker() {
        if (worker != null) {
            worker.interrupt();
        }
    }
}
