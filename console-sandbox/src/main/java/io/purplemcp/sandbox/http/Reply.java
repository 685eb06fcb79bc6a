package io.purplemcp.sandbox.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/** What a route handler answers. The router turns it into bytes on the wire (or into none). */
public sealed interface Reply permits Reply.Send, Reply.Reset, Reply.Delayed, Reply.Injected {

    /** A normal response. An empty body is sent without a body ({@code Content-Length} absent). */
    record Send(int status, Map<String, String> headers, byte[] body) implements Reply {
        public Send {
            headers = Map.copyOf(headers);
        }
    }

    /** The connection is closed without any response. */
    record Reset() implements Reply {}

    /** The inner reply is sent after a delay, without holding a server thread meanwhile. */
    record Delayed(Duration delay, Reply reply) implements Reply {}

    /** The inner reply was shaped by a fault marker; the request log names the marker. */
    record Injected(String marker, Reply reply) implements Reply {}

    /** A JSON response. */
    static Reply json(int status, byte[] body) {
        return json(status, Map.of(), body);
    }

    /** A JSON response with extra headers. */
    static Reply json(int status, Map<String, String> headers, byte[] body) {
        var all = new HashMap<>(headers);
        all.put("Content-Type", "application/json");
        return new Send(status, all, body);
    }

    /** A JSON response from already-serialised text. */
    static Reply json(int status, String body) {
        return json(status, body.getBytes(StandardCharsets.UTF_8));
    }

    /** A JSON response from a tree, written as a default {@code ObjectMapper} writes it. */
    static Reply json(int status, JsonNode body) {
        return json(status, body.toString());
    }

    /** A response without a body, e.g. 204. */
    static Reply empty(int status) {
        return new Send(status, Map.of(), new byte[0]);
    }

    /** The status the client would see; 0 for a reset connection. */
    default int status() {
        if (this instanceof Send send) {
            return send.status();
        }
        if (this instanceof Delayed delayed) {
            return delayed.reply().status();
        }
        if (this instanceof Injected injected) {
            return injected.reply().status();
        }
        return 0;
    }
}
