package io.purplemcp.adapters.sentinelone.testing;

import io.purplemcp.ports.tools.CallContext;
import io.purplemcp.ports.tools.LogLevel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A call context that cancels the way the MCP side does: flag, cancel actions on the cancelling
 * thread, and an interrupt of the worker thread.
 */
public final class CancellableCall implements CallContext {

    private final List<Runnable> actions = new ArrayList<>();
    private final List<Double> progress = new ArrayList<>();
    private final CountDownLatch firstProgress = new CountDownLatch(1);
    private boolean cancelled;
    private Thread worker;

    public synchronized void runOn(Thread thread) {
        worker = thread;
    }

    @Override
    public synchronized boolean isCancelled() {
        return cancelled;
    }

    @Override
    public void onCancel(Runnable action) {
        synchronized (this) {
            if (!cancelled) {
                actions.add(action);
                return;
            }
        }
        action.run();
    }

    @Override
    public void progress(double value, Double total, String message) {
        synchronized (this) {
            progress.add(value);
        }
        firstProgress.countDown();
    }

    @Override
    public void log(LogLevel level, String message) {}

    public boolean awaitProgress(long seconds) throws InterruptedException {
        return firstProgress.await(seconds, TimeUnit.SECONDS);
    }

    public synchronized List<Double> progress() {
        return List.copyOf(progress);
    }

    public void cancel() {
        List<Runnable> toRun;
        synchronized (this) {
            cancelled = true;
            toRun = List.copyOf(actions);
            actions.clear();
            if (worker != null) {
                worker.interrupt();
            }
        }
        toRun.forEach(Runnable::run);
    }
}
