package io.purplemcp.domain.findings.tools;

import io.purplemcp.domain.tools.ToolFailure;
import io.purplemcp.domain.upstream.UpstreamFailures;
import io.purplemcp.ports.tools.CallContext;
import io.purplemcp.ports.upstream.UpstreamException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** One request to a findings port under the tool call's deadline, its failures in words for the model. */
final class ConsoleCall {

    private final Clock clock;
    private final Duration timeout;

    ConsoleCall(Clock clock, Duration timeout) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the findings time limit must be positive");
        }
    }

    interface Request<T> {
        T send(Instant deadline) throws UpstreamException, InterruptedException;
    }

    /**
     * The answer to {@code request}.
     *
     * @param failure what failed, e.g. {@code Failed to list alerts}: the start of the error text
     */
    <T> T run(CallContext context, String failure, Request<T> request) {
        if (context.isCancelled()) {
            throw new ToolFailure(failure + ": the call was cancelled.");
        }
        try {
            return request.send(clock.instant().plus(timeout));
        } catch (UpstreamException e) {
            throw new ToolFailure(failure + ": " + UpstreamFailures.explain(e.failure()), e);
        } catch (InterruptedException e) {
            throw new ToolFailure(failure + ": the call was cancelled.");
        }
    }
}
