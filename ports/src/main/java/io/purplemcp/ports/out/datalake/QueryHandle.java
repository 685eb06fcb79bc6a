package io.purplemcp.ports.out.datalake;

import java.util.Objects;

/**
 * A launched query: its id and the forward tag the console requires on every later request about it.
 */
public record QueryHandle(String id, String forwardTag) {

    public QueryHandle {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(forwardTag, "forwardTag");
        if (id.isBlank() || forwardTag.isBlank()) {
            throw new IllegalArgumentException("a query handle needs an id and a forward tag");
        }
    }
}
