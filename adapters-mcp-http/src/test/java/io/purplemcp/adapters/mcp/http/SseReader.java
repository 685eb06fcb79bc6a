package io.purplemcp.adapters.mcp.http;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/** Reads server-sent events the way a client does: events and comments, one at a time. */
final class SseReader implements AutoCloseable {

    sealed interface Item permits Event, Comment {}

    record Event(String name, String data) implements Item {}

    record Comment(String text) implements Item {}

    private final BufferedReader reader;

    SseReader(InputStream in) {
        this.reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    /** The next event or comment; null when the stream ends. */
    Item next() throws IOException {
        String name = null;
        StringBuilder data = null;
        String line;
        while ((line = reader.readLine()) != null) {
            if (line.isEmpty()) {
                if (name != null || data != null) {
                    return new Event(name == null ? "message" : name, data == null ? "" : data.toString());
                }
            } else if (line.startsWith(":")) {
                if (name == null && data == null) {
                    return new Comment(line.substring(1).trim());
                }
            } else if (line.startsWith("event:")) {
                name = line.substring("event:".length()).trim();
            } else if (line.startsWith("data:")) {
                var value = line.substring("data:".length());
                value = value.startsWith(" ") ? value.substring(1) : value;
                data = data == null
                        ? new StringBuilder(value)
                        : data.append('\n').append(value);
            }
        }
        return null;
    }

    /** The next event, skipping comments; null when the stream ends. */
    Event nextEvent() throws IOException {
        Item item;
        while ((item = next()) != null) {
            if (item instanceof Event event) {
                return event;
            }
        }
        return null;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
