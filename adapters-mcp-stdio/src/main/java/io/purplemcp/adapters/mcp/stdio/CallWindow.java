package io.purplemcp.adapters.mcp.stdio;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.concurrent.Semaphore;

/**
 * How many tool calls of the one stdio client may be under way at once. The client is the only
 * caller, so when it pipelines more calls than the server can run, refusing them ("Server busy") only
 * turns its eagerness into failures; instead the reader waits here for a free slot, stops reading
 * stdin meanwhile, and the full pipe slows the client down. Memory stays bounded by the window too.
 *
 * <p>Only tool calls take a slot, and a slot is taken just before its call is dispatched, not before a
 * line is read. A full window therefore blocks nothing by itself: pings, {@code
 * notifications/cancelled} and every other message are still read and served, so cancelling one of
 * the calls that fill the window frees a slot. What a full window does hold up is whatever the client
 * wrote after the next tool call, because that call waits at the head of the input; a cancellation
 * written behind it is read once some call in the window finishes, which every tool does within its
 * own deadline. Reading past the waiting call to find such cancellations would mean buffering input
 * without end, the very thing the window prevents.
 */
final class CallWindow {

    private final int size;
    private final Semaphore slots;

    CallWindow(int size) {
        if (size < 1) {
            throw new IllegalArgumentException("the window holds at least one call");
        }
        this.size = size;
        this.slots = new Semaphore(size);
    }

    /**
     * Waits until the message's tool calls fit in the window and takes their slots.
     *
     * @return the slots taken, to be given back with {@link #leave} once the message's reply is out
     */
    int enter(JsonNode message) throws InterruptedException {
        // A batch larger than the window is let in as a whole once the window is empty: it cannot be
        // split, and its reply needs every call in it.
        int weight = Math.min(toolCallsIn(message), size);
        if (weight > 0) {
            slots.acquire(weight);
        }
        return weight;
    }

    void leave(int weight) {
        if (weight > 0) {
            slots.release(weight);
        }
    }

    private static int toolCallsIn(JsonNode message) {
        if (!message.isArray()) {
            return isToolCall(message) ? 1 : 0;
        }
        int calls = 0;
        for (var element : message) {
            calls += isToolCall(element) ? 1 : 0;
        }
        return calls;
    }

    private static boolean isToolCall(JsonNode message) {
        return message.isObject()
                && message.has("id")
                && "tools/call".equals(message.path("method").textValue());
    }
}
