package io.purplemcp.adapters.mcp.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.purplemcp.ports.out.security.Redactor;

/**
 * Applies the redactor to every string of an outgoing message. Working on the tree rather than the
 * serialised line means a secret can never break the JSON around it, and nothing a tool returns or
 * an error says can carry a configured secret to the client.
 */
final class Redaction {

    private Redaction() {}

    static <T extends JsonNode> T apply(Redactor redactor, T message) {
        if (message instanceof ObjectNode object) {
            var names = object.fieldNames();
            while (names.hasNext()) {
                var name = names.next();
                var value = object.get(name);
                if (value.isTextual()) {
                    object.put(name, redactor.redact(value.textValue()));
                } else {
                    apply(redactor, value);
                }
            }
        } else if (message instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                var value = array.get(i);
                if (value.isTextual()) {
                    array.set(i, Messages.NODES.textNode(redactor.redact(value.textValue())));
                } else {
                    apply(redactor, value);
                }
            }
        }
        return message;
    }
}
