package io.purplemcp.ports.out.upstream;

import java.util.Objects;

/** Thrown by an outbound port when the upstream call failed; {@link #failure()} says how. */
public final class UpstreamException extends Exception {
    private static final long serialVersionUID = 1L;

    // Failures are plain values; a deserialised exception (which nothing here does) keeps its message.
    private final transient UpstreamFailure failure;

    public UpstreamException(UpstreamFailure failure) {
        super(Objects.requireNonNull(failure, "failure").describe());
        this.failure = failure;
    }

    public UpstreamException(UpstreamFailure failure, Throwable cause) {
        super(Objects.requireNonNull(failure, "failure").describe(), cause);
        this.failure = failure;
    }

    public UpstreamFailure failure() {
        return failure;
    }
}
