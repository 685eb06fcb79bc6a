package io.purplemcp.ports.out.findings;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import java.util.Optional;

/** One record of a page, as the console sent it, with its cursor when it has one. */
public record FindingsEdge(ObjectNode node, Optional<String> cursor) {

    public FindingsEdge {
        node = Objects.requireNonNull(node, "node").deepCopy();
        Objects.requireNonNull(cursor, "cursor");
    }

    @Override
    public ObjectNode node() {
        return node.deepCopy();
    }
}
