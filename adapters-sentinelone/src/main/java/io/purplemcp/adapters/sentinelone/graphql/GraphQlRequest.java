package io.purplemcp.adapters.sentinelone.graphql;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;

/**
 * A GraphQL operation. User input travels only in {@code variables}, never spliced into the
 * document; values written into a document go through {@link GraphQlLiterals}.
 *
 * @param label what the operation is for, in logs (never user data)
 */
public record GraphQlRequest(String label, String document, ObjectNode variables) {

    public GraphQlRequest {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(document, "document");
        variables = Objects.requireNonNull(variables, "variables").deepCopy();
    }

    @Override
    public ObjectNode variables() {
        return variables.deepCopy();
    }
}
