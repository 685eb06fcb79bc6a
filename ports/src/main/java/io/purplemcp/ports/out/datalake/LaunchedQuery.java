package io.purplemcp.ports.out.datalake;

import java.util.Objects;

/** A query the console accepted, and how far it got in the launch answer itself. */
public record LaunchedQuery(QueryHandle handle, QueryStatus status) {

    public LaunchedQuery {
        Objects.requireNonNull(handle, "handle");
        Objects.requireNonNull(status, "status");
    }
}
