package io.purplemcp.adapters.sentinelone.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.purplemcp.ports.out.upstream.UpstreamText;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the console's own error message in an error answer, so a failure can quote it: the
 * {@code message} of a JSON body, the messages of an {@code errors} list, failing those its
 * {@code detail} or {@code description} (the REST APIs' shapes), or a short plain-text body. HTML
 * pages and anything else are not quoted.
 */
final class UpstreamMessages {

    /** Bodies larger than this are not searched for a message. */
    static final int MAX_SEARCHED = 64 * 1024;

    private UpstreamMessages() {}

    static String of(Body body, ObjectMapper json) {
        if (body.length() == 0 || body.length() > MAX_SEARCHED) {
            return "";
        }
        var text = body.text(MAX_SEARCHED).strip();
        if (text.startsWith("{") || text.startsWith("[")) {
            try {
                return fromJson(json.readTree(text));
            } catch (IOException e) {
                return "";
            }
        }
        if (text.startsWith("<")) {
            return "";
        }
        return UpstreamText.sanitise(text);
    }

    static String fromJson(JsonNode node) {
        if (node == null || !node.isObject()) {
            return "";
        }
        var messages = new ArrayList<String>();
        add(messages, node.get("message"));
        var error = node.get("error");
        if (error != null && error.isObject()) {
            add(messages, error.get("message"));
        } else {
            add(messages, error);
        }
        var errors = node.get("errors");
        if (errors != null && errors.isArray()) {
            for (var entry : errors) {
                if (entry.isObject()) {
                    var before = messages.size();
                    add(messages, entry.get("message"));
                    if (messages.size() == before) {
                        add(messages, entry.get("detail"));
                    }
                    if (messages.size() == before) {
                        add(messages, entry.get("title"));
                    }
                } else {
                    add(messages, entry);
                }
            }
        }
        if (messages.isEmpty()) {
            add(messages, node.get("detail"));
        }
        if (messages.isEmpty()) {
            add(messages, node.get("description"));
        }
        return UpstreamText.sanitise(String.join("; ", messages));
    }

    private static void add(List<String> messages, JsonNode value) {
        if (value != null && value.isTextual() && !value.textValue().isBlank()) {
            messages.add(value.textValue());
        }
    }
}
