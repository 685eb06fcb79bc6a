package io.purplemcp.ports.in.tools;

import java.util.ArrayList;
import java.util.List;

/**
 * The cancellation half of a {@link CallContext}, for whoever implements one (the MCP side, test
 * doubles): a flag, and actions run once, on the cancelling thread, when the caller gives up. Once the
 * call is over ({@link #close}) a cancellation comes too late and does nothing. Cancellation arrives on
 * another thread than the one running the call, so the state is guarded by this object's monitor; the
 * actions run outside it, since they may block on the upstream they release.
 */
public abstract class CancellableCallContext implements CallContext {

    private final List<Runnable> actions = new ArrayList<>();
    private boolean cancelled;
    private boolean closed;

    @Override
    public final synchronized boolean isCancelled() {
        return cancelled;
    }

    /** Runs {@code action} once when the call is cancelled, at once if it already was; never once it is over. */
    @Override
    public final void onCancel(Runnable action) {
        synchronized (this) {
            if (!cancelled) {
                actions.add(action);
                return;
            }
        }
        action.run();
    }

    /**
     * Cancels the call and runs its actions here, in the order they were given.
     *
     * @return false when the call was already cancelled or is over (nothing is run then)
     */
    public final boolean cancel() {
        List<Runnable> toRun;
        synchronized (this) {
            if (cancelled || closed) {
                return false;
            }
            cancelled = true;
            toRun = List.copyOf(actions);
        }
        toRun.forEach(Runnable::run);
        return true;
    }

    /** Whether the call is neither cancelled nor over: what it reports may still reach the caller. */
    protected final synchronized boolean isOpen() {
        return !cancelled && !closed;
    }

    /**
     * Ends the call: later cancellations do nothing.
     *
     * @return false if it had been cancelled
     */
    protected final synchronized boolean close() {
        closed = true;
        return !cancelled;
    }
}
