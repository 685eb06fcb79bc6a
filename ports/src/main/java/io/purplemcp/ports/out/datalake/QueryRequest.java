package io.purplemcp.ports.out.datalake;

import java.time.Instant;
import java.util.Objects;

/** A PowerQuery over the window from {@code start} (inclusive) to {@code end}; the text is sent verbatim. */
public record QueryRequest(String query, Instant start, Instant end) {

    public QueryRequest {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("a query window ends after it starts");
        }
    }
}
