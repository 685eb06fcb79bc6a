package io.purplemcp.adapters.mcp.http;

import com.sun.net.httpserver.HttpExchange;
import io.purplemcp.adapters.mcp.http.auth.HttpSecurity;
import io.purplemcp.adapters.mcp.protocol.McpSession;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

/**
 * The live sessions of one server, bounded in number and in idle time. A place is reserved before a
 * session is created and released if it is not kept, so a burst of requests can never overshoot the
 * cap, and a refused request never leaves a session behind.
 */
final class SessionRegistry {

    private final ConcurrentHashMap<String, SessionEntry> sessions = new ConcurrentHashMap<>();
    private final AtomicInteger places = new AtomicInteger();
    private final SessionIds ids = new SessionIds();
    private final int maxSessions;
    private final long idleNanos;
    private final LongSupplier nanoTime;

    SessionRegistry(int maxSessions, Duration idleTimeout, LongSupplier nanoTime) {
        this.maxSessions = maxSessions;
        this.idleNanos = idleTimeout.toNanos();
        this.nanoTime = nanoTime;
    }

    /** Takes a place for a session about to be created; false when the cap is reached. */
    boolean reserve() {
        while (true) {
            int taken = places.get();
            if (taken >= maxSessions) {
                return false;
            }
            if (places.compareAndSet(taken, taken + 1)) {
                return true;
            }
        }
    }

    /** Gives back a reserved place whose session was not kept. */
    void release() {
        places.decrementAndGet();
    }

    /** Keeps a session in a reserved place under a fresh id, for the caller of {@code exchange}. */
    SessionEntry register(McpSession session, HttpExchange exchange) {
        var owner = AuthenticatedExchange.of(exchange)
                .map(authenticated -> authenticated.caller().identity())
                .orElse(HttpSecurity.ANONYMOUS);
        var entry = new SessionEntry(ids.next(), session, owner, nanoTime.getAsLong());
        sessions.put(entry.id(), entry);
        return entry;
    }

    Optional<SessionEntry> find(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(sessions.get(id));
    }

    /** Finds a session and marks a request as started in it; pair with {@link #finished}. */
    Optional<SessionEntry> begin(String id) {
        return find(id).filter(entry -> entry.begin(nanoTime.getAsLong()));
    }

    void finished(SessionEntry entry) {
        entry.end(nanoTime.getAsLong());
    }

    /** Ends and forgets a session; false if there was none by that id. */
    boolean remove(String id) {
        var entry = sessions.remove(id);
        if (entry == null) {
            return false;
        }
        places.decrementAndGet();
        entry.terminate();
        return true;
    }

    void expireIdle() {
        long now = nanoTime.getAsLong();
        for (var entry : sessions.values()) {
            if (entry.expireIfIdle(now, idleNanos) && sessions.remove(entry.id(), entry)) {
                places.decrementAndGet();
            }
        }
    }

    void removeAll() {
        List.copyOf(sessions.keySet()).forEach(this::remove);
    }

    int size() {
        return sessions.size();
    }
}
