package io.purplemcp.ports.in.tools;

/**
 * What a client may assume about a tool's effects. Every tool of this server only reads; the hints
 * differ in whether the tool reaches the console (an open world of live data) or computes locally.
 */
public record ToolHints(boolean readOnly, boolean destructive, boolean idempotent, boolean openWorld) {

    /**
     * Computes from its arguments alone, e.g. time arithmetic: it never blocks, so the server may run
     * it on the thread that received the request. A tool that waits on anything must not claim this.
     */
    public static ToolHints localComputation() {
        return new ToolHints(true, false, true, false);
    }

    /** Reads live data from the SentinelOne console. */
    public static ToolHints consoleRead() {
        return new ToolHints(true, false, false, true);
    }
}
