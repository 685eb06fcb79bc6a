package io.purplemcp.ports.in.tools;

/**
 * What a running tool call can learn from and tell its caller while it works: whether the caller
 * gave up, how far along the work is, and messages worth showing. The transport decides what, if
 * anything, reaches the client (progress only when the client asked for it).
 */
public interface CallContext {

    boolean isCancelled();

    /**
     * Runs {@code action} once when the caller cancels, at once if it already has. Long-running
     * work uses it to release what it holds upstream.
     */
    void onCancel(Runnable action);

    /** Reports progress; {@code total} is null when unknown. Values that do not increase are dropped. */
    void progress(double progress, Double total, String message);

    void log(LogLevel level, String message);

    /** A context for calls nobody observes, such as tests and benchmarks of the core. */
    static CallContext unobserved() {
        return UnobservedCallContext.INSTANCE;
    }
}
