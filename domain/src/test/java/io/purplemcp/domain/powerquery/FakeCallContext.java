package io.purplemcp.domain.powerquery;

import io.purplemcp.ports.tools.CallContext;
import io.purplemcp.ports.tools.LogLevel;
import java.util.ArrayList;
import java.util.List;

/** Records progress and lets a test cancel the call as the MCP side would. */
final class FakeCallContext implements CallContext {

    record Progress(double progress, Double total, String message) {}

    final List<Progress> progress = new ArrayList<>();
    private final List<Runnable> cancelActions = new ArrayList<>();
    private boolean cancelled;

    @Override
    public boolean isCancelled() {
        return cancelled;
    }

    @Override
    public void onCancel(Runnable action) {
        if (cancelled) {
            action.run();
        } else {
            cancelActions.add(action);
        }
    }

    @Override
    public void progress(double value, Double total, String message) {
        progress.add(new Progress(value, total, message));
    }

    @Override
    public void log(LogLevel level, String message) {}

    void cancel() {
        cancelled = true;
        cancelActions.forEach(Runnable::run);
        cancelActions.clear();
    }
}
