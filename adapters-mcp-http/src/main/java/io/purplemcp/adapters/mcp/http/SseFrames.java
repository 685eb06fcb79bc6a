package io.purplemcp.adapters.mcp.http;

import java.nio.charset.StandardCharsets;

/** Server-sent event framing: one {@code data:} line per line of payload, a blank line to end the event. */
final class SseFrames {

    /** A comment line: clients ignore it, proxies see traffic, and a vanished client fails the write. */
    static final byte[] KEEP_ALIVE = ": keep-alive\n\n".getBytes(StandardCharsets.UTF_8);

    private SseFrames() {}

    static byte[] event(String name, String data) {
        var frame = new StringBuilder(data.length() + 32)
                .append("event: ")
                .append(name)
                .append('\n');
        // Compact JSON has no raw line breaks; splitting keeps any other payload well framed.
        for (var line : data.split("\r\n|\r|\n", -1)) {
            frame.append("data: ").append(line).append('\n');
        }
        return frame.append('\n').toString().getBytes(StandardCharsets.UTF_8);
    }
}
