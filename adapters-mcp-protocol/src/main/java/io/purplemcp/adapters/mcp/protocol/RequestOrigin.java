package io.purplemcp.adapters.mcp.protocol;

import io.purplemcp.ports.out.telemetry.TraceContext;
import java.util.Objects;
import java.util.Optional;

/**
 * What the transport knows about where a message came from, for telemetry only.
 *
 * @param sessionHash a one-way hash of the transport's session id (never the id: it is a credential)
 * @param trace the trace context of the transport's headers; a request's own {@code _meta} wins
 */
public record RequestOrigin(Optional<String> sessionHash, Optional<TraceContext> trace) {

    private static final RequestOrigin NONE = new RequestOrigin(Optional.empty(), Optional.empty());

    public RequestOrigin {
        Objects.requireNonNull(sessionHash, "sessionHash");
        Objects.requireNonNull(trace, "trace");
    }

    public static RequestOrigin none() {
        return NONE;
    }
}
