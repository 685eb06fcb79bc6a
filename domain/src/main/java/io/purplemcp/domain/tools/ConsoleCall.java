package io.purplemcp.domain.tools;

import io.purplemcp.ports.in.tools.CallContext;
import io.purplemcp.ports.out.upstream.UpstreamException;
import io.purplemcp.ports.out.upstream.UpstreamFailure;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Function;

/**
 * One request to a console port, made the way every tool that reads the console makes it: nothing is sent for a call
 * already cancelled, the port gets the call's deadline, and a cancellation or an upstream failure ends the tool call
 * with a {@link ToolFailure} worded for the model.
 */
public final class ConsoleCall {

    /** One port method, given the deadline it must answer by. */
    @FunctionalInterface
    public interface Request<T> {
        T send(Instant deadline) throws UpstreamException, InterruptedException;
    }

    /**
     * How a call that gets no answer reads.
     *
     * @param cancelled the whole text when the call is cancelled before the request or while it waits
     * @param failed the whole text for what the console failed with
     */
    public record Ending(String cancelled, Function<UpstreamFailure, String> failed) {
        public Ending {
            Objects.requireNonNull(cancelled, "cancelled");
            Objects.requireNonNull(failed, "failed");
        }

        /** {@code failed}, then the failure explained by {@link UpstreamFailures#explain}. */
        public static Ending explained(String cancelled, String failed) {
            return new Ending(cancelled, failure -> failed + UpstreamFailures.explain(failure));
        }
    }

    private final Clock clock;
    private final Duration timeout;

    /** @param timeout how long one request may take in all, retries included */
    public ConsoleCall(Clock clock, Duration timeout) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the time limit of a console request must be positive");
        }
    }

    /** The answer to {@code request}, which must come within the time limit from now. */
    public <T> T send(CallContext context, Ending ending, Request<T> request) {
        return send(context, clock.instant().plus(timeout), ending, request);
    }

    /** The answer to {@code request} by {@code deadline}: for requests that share one deadline, as PowerQuery's do. */
    public static <T> T send(CallContext context, Instant deadline, Ending ending, Request<T> request) {
        if (context.isCancelled()) {
            throw new ToolFailure(ending.cancelled());
        }
        try {
            return request.send(deadline);
        } catch (UpstreamException e) {
            throw new ToolFailure(ending.failed().apply(e.failure()), e);
        } catch (InterruptedException e) {
            throw new ToolFailure(ending.cancelled());
        }
    }
}
