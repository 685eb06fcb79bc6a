package io.purplemcp.sandbox.findings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.purplemcp.sandbox.graphql.FieldError;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Predicate;

/**
 * Relay-style cursor pagination over a fixed, ordered list: {@code first} items after the item whose
 * cursor is {@code after}, among those a filter keeps. A cursor is opaque (base64url of the list's
 * kind and the item's position in the whole list), so it stays valid whatever the page size or
 * filter, and a cursor of another list or another item's history is refused.
 */
public final class Connections {

    /** Page size when {@code first} is not given (the XSPM notes tools never send it). */
    public static final int DEFAULT_FIRST = 10;
    /** The largest page a request may ask for. */
    public static final int MAX_FIRST = 100;

    private Connections() {}

    /**
     * A connection: {@code edges} (node, cursor), {@code pageInfo} (hasNextPage, hasPreviousPage,
     * startCursor, endCursor) and {@code totalCount} (items the filter keeps).
     *
     * @param kind names the list in its cursors, e.g. {@code alerts} or {@code alert-history:<id>}
     * @param first the {@code first} argument, or null
     * @param after the {@code after} argument, or null
     * @throws FieldError for a {@code first} out of 0..100 or a cursor that is not one of this list's
     */
    public static ObjectNode page(
            List<? extends JsonNode> all, Predicate<JsonNode> keep, String kind, JsonNode first, JsonNode after) {
        var size = first == null || first.isNull() ? DEFAULT_FIRST : first.intValue();
        if (size < 0 || size > MAX_FIRST) {
            throw FieldError.badInput("first must be between 0 and " + MAX_FIRST + ", found " + size);
        }
        var from = after == null || after.isNull() ? -1 : decode(kind, after.textValue(), all.size());
        var kept = new ArrayList<Integer>();
        for (var i = 0; i < all.size(); i++) {
            if (keep.test(all.get(i))) {
                kept.add(i);
            }
        }
        var start = 0;
        while (start < kept.size() && kept.get(start) <= from) {
            start++;
        }
        var end = Math.min(kept.size(), start + size);
        var nodes = JsonNodeFactory.instance;
        var connection = nodes.objectNode();
        var edges = connection.putArray("edges");
        for (var i = start; i < end; i++) {
            var edge = edges.addObject();
            edge.set("node", all.get(kept.get(i)));
            edge.put("cursor", encode(kind, kept.get(i)));
        }
        var pageInfo = connection.putObject("pageInfo");
        pageInfo.put("hasNextPage", end < kept.size());
        pageInfo.put("hasPreviousPage", start > 0);
        if (end > start) {
            pageInfo.put("startCursor", encode(kind, kept.get(start)));
            pageInfo.put("endCursor", encode(kind, kept.get(end - 1)));
        } else {
            pageInfo.putNull("startCursor");
            pageInfo.putNull("endCursor");
        }
        connection.put("totalCount", kept.size());
        return connection;
    }

    static String encode(String kind, int position) {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString((kind + ":" + position).getBytes(StandardCharsets.UTF_8));
    }

    private static int decode(String kind, String cursor, int size) {
        try {
            var text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (text.startsWith(kind + ":")) {
                var position = Integer.parseInt(text.substring(kind.length() + 1));
                if (position >= 0 && position < size) {
                    return position;
                }
            }
        } catch (IllegalArgumentException e) {
            // not base64, or no number: an invalid cursor
        }
        throw FieldError.badInput("invalid cursor \"" + cursor + "\" for this list");
    }
}
