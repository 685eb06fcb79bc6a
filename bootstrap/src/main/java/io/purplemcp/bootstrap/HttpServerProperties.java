package io.purplemcp.bootstrap;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Limits of the JDK's built-in HTTP server, which reads them once from system properties when the
 * first server is created. A value the operator set with {@code -D} is kept.
 */
final class HttpServerProperties {

    private HttpServerProperties() {}

    private static final String MAX_CONNECTIONS = "jdk.httpserver.maxConnections";
    // What an operator who lifts the JDK's limit (0 or less) still gets: a thread per connection is cheap,
    // not free.
    private static final int UNLIMITED_CONNECTIONS_CEILING = 10_000;

    static Map<String, String> forSessions(int maxSessions) {
        var properties = new LinkedHashMap<String, String>();
        // Seconds from a request's first byte to the end of its body: slow-header and slow-upload clients
        // are cut off. Never maxRspTime: it would also end SSE streams and long replies.
        properties.put("sun.net.httpserver.maxReqTime", "30");
        // Idle keep-alive connections close after about 5 s, as the reference; checked every second.
        properties.put("sun.net.httpserver.idleInterval", "5");
        properties.put("sun.net.httpserver.clockTick", "1000");
        // Every SSE stream holds a connection; leave room beyond the session cap for plain requests.
        properties.put(MAX_CONNECTIONS, Integer.toString(maxSessions + 200));
        properties.put("sun.net.httpserver.maxReqHeaderSize", "65536");
        properties.put("sun.net.httpserver.maxReqHeaders", "100");
        // Small SSE frames (progress, keep-alives) must not wait for Nagle's algorithm.
        properties.put("sun.net.httpserver.nodelay", "true");
        return properties;
    }

    static void apply(int maxSessions) {
        forSessions(maxSessions).forEach((name, value) -> {
            if (System.getProperty(name) == null) {
                System.setProperty(name, value);
            }
        });
    }

    /** The connection limit the server will use, as {@link #apply} or the operator set it. */
    static int connectionLimit() {
        int limit = Integer.getInteger(MAX_CONNECTIONS, -1);
        return limit > 0 ? limit : UNLIMITED_CONNECTIONS_CEILING;
    }
}
