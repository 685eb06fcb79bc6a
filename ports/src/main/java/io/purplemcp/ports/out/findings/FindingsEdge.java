package io.purplemcp.ports.out.findings;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import java.util.Optional;

/**
 * One record of a page, as the console sent it, with its cursor when it has one.
 *
 * <p>The record is handed over, not copied: the adapter gives each edge a tree read for it alone and
 * keeps no hold on it, and readers only read it. Copying it on the way in and out cost two copies of
 * every page per call, about an eighth of a findings call's allocation
 * (docs/decisions/0019-json-trees-handed-over.md).
 */
public record FindingsEdge(ObjectNode node, Optional<String> cursor) {

    public FindingsEdge {
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(cursor, "cursor");
    }
}
