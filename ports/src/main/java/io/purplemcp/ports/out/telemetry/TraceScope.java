package io.purplemcp.ports.out.telemetry;

import java.util.Optional;

/**
 * Carries the trace context of the tool call a thread is working on, from the MCP side that reads it
 * to the console adapter that passes it on, without widening every outbound port: a tool call runs
 * on one thread from start to end, and the console requests it makes are sent from that thread.
 * One instance is shared by both edges; bootstrap creates it.
 */
public interface TraceScope {

    /** The trace of the call running on this thread, if its caller sent one. */
    Optional<TraceContext> current();

    /** Makes {@code trace} current on this thread until the returned scope is closed. */
    Scope enter(TraceContext trace);

    /** Ends a {@link #enter}: restores what was current before. */
    interface Scope extends AutoCloseable {
        @Override
        void close();
    }

    /** A scope that carries nothing: no trace is ever current. */
    static TraceScope none() {
        return NoTraceScope.INSTANCE;
    }

    /** A new, independent scope bound to threads. */
    static TraceScope perThread() {
        return new ThreadTraceScope();
    }
}
