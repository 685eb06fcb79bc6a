package io.purplemcp.adapters.mcp.http;

import io.purplemcp.adapters.mcp.protocol.McpSession;

/**
 * One live session: the MCP conversation, the event stream attached to it (the legacy transport's
 * stream, or a Streamable HTTP GET stream) and how recently a request used it. A session with a
 * request in progress is never idle.
 */
final class SessionEntry {

    private final String id;
    private final McpSession session;
    private final String owner;
    private int requestsInProgress; // guarded by this
    private long lastActiveNanos; // guarded by this
    private boolean ended; // guarded by this
    private SseStream stream; // guarded by this

    /** @param owner the identity that created the session; nobody else may use it */
    SessionEntry(String id, McpSession session, String owner, long nowNanos) {
        this.id = id;
        this.session = session;
        this.owner = owner;
        this.lastActiveNanos = nowNanos;
    }

    String id() {
        return id;
    }

    McpSession session() {
        return session;
    }

    String owner() {
        return owner;
    }

    /** Marks a request as started; false if the session has ended meanwhile (the client gets 404). */
    synchronized boolean begin(long nowNanos) {
        if (ended) {
            return false;
        }
        requestsInProgress++;
        lastActiveNanos = nowNanos;
        return true;
    }

    synchronized void end(long nowNanos) {
        requestsInProgress--;
        lastActiveNanos = nowNanos;
    }

    /** Attaches a stream unless one is open already (or the session is over). */
    synchronized boolean attach(SseStream candidate) {
        if (ended || (stream != null && !stream.isClosed())) {
            return false;
        }
        stream = candidate;
        return true;
    }

    synchronized SseStream stream() {
        return stream;
    }

    /** Ends the session if nobody used it for {@code idleNanos}; true if this call ended it. */
    boolean expireIfIdle(long nowNanos, long idleNanos) {
        synchronized (this) {
            if (ended || requestsInProgress > 0 || nowNanos - lastActiveNanos < idleNanos) {
                return false;
            }
        }
        return terminate();
    }

    /** Ends the session: its calls are cancelled and its stream closed. True if this call ended it. */
    boolean terminate() {
        SseStream open;
        synchronized (this) {
            if (ended) {
                return false;
            }
            ended = true;
            open = stream;
            stream = null;
        }
        session.cancelAll();
        if (open != null) {
            open.close();
        }
        return true;
    }
}
