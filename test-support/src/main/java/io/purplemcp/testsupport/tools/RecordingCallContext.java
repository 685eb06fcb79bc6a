package io.purplemcp.testsupport.tools;

import io.purplemcp.ports.in.tools.CancellableCallContext;
import io.purplemcp.ports.in.tools.LogLevel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The call context of every test: records progress and logs, and cancels as the MCP side's own
 * context does (the shared {@link CancellableCallContext}: the flag, then the cancel actions on the
 * cancelling thread, the worker's interrupt among them), so a tool under test sees in tests what it
 * sees in production. Safe to use from a worker thread.
 */
public final class RecordingCallContext extends CancellableCallContext {

    /** One progress report, as the tool made it. */
    public record Progress(double progress, Double total, String message) {}

    /** One log line the tool sent to the client. */
    public record Log(LogLevel level, String message) {}

    private final List<Progress> progress = new ArrayList<>();
    private final List<Log> logs = new ArrayList<>();
    private final CountDownLatch firstProgress = new CountDownLatch(1);

    /** A context that is cancelled before the call starts. */
    public static RecordingCallContext alreadyCancelled() {
        var context = new RecordingCallContext();
        context.cancel();
        return context;
    }

    /**
     * The thread {@link #cancel()} interrupts, as the MCP side interrupts the thread running the call;
     * before any cancel action given after it.
     */
    public RecordingCallContext runOn(Thread thread) {
        onCancel(thread::interrupt);
        return this;
    }

    @Override
    public void progress(double value, Double total, String message) {
        synchronized (this) {
            progress.add(new Progress(value, total, message));
        }
        firstProgress.countDown();
    }

    @Override
    public synchronized void log(LogLevel level, String message) {
        logs.add(new Log(level, message));
    }

    public boolean awaitProgress(long seconds) throws InterruptedException {
        return firstProgress.await(seconds, TimeUnit.SECONDS);
    }

    public synchronized List<Progress> progress() {
        return List.copyOf(progress);
    }

    public synchronized List<Log> logs() {
        return List.copyOf(logs);
    }
}
