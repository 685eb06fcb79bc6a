package io.purplemcp.domain.inventory;

import io.purplemcp.domain.json.JsonText;
import io.purplemcp.domain.tools.InvalidArgument;
import io.purplemcp.domain.tools.ToolArguments;
import io.purplemcp.domain.tools.ToolFailure;
import io.purplemcp.ports.inventory.OffsetPageRequest;
import io.purplemcp.ports.inventory.Surface;
import io.purplemcp.ports.tools.CallContext;
import io.purplemcp.ports.upstream.UpstreamException;
import io.purplemcp.ports.upstream.UpstreamFailure;
import java.math.BigInteger;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/** What the three inventory tools share: reading the page and surface arguments, and asking the console. */
final class InventoryRequests {

    static final String LIMIT = "limit";
    static final String SKIP = "skip";
    static final String SURFACE = "surface";
    static final int DEFAULT_LIMIT = 50;
    static final String CANCELLED = "The inventory request was cancelled before the console answered.";

    /** One upstream request, sent with the call's deadline. */
    interface Request<T> {
        T send(Instant deadline) throws UpstreamException, InterruptedException;
    }

    private final Clock clock;
    private final Duration timeout;

    InventoryRequests(Clock clock, Duration timeout) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the inventory time limit must be positive");
        }
    }

    /**
     * {@code limit} (1 to 1000) then {@code skip} (0 or more), checked in that order. The reference puts no
     * upper bound on {@code skip}: one beyond 64 bits is as far past the end as the largest we can send.
     */
    static OffsetPageRequest page(ToolArguments arguments) {
        var limit = arguments.exactInteger(LIMIT);
        if (limit.signum() < 1 || limit.compareTo(BigInteger.valueOf(OffsetPageRequest.MAX_LIMIT)) > 0) {
            throw new InvalidArgument(
                    "limit must be between 1 and " + OffsetPageRequest.MAX_LIMIT + ", got " + limit + ".");
        }
        var skip = arguments.exactInteger(SKIP);
        if (skip.signum() < 0) {
            throw new InvalidArgument("skip must be non-negative, got " + skip + ".");
        }
        return new OffsetPageRequest(
                limit.intValueExact(),
                skip.min(BigInteger.valueOf(Long.MAX_VALUE)).longValueExact());
    }

    /** No surface for null or an empty string; otherwise exactly one of the surface names. */
    static Optional<Surface> surface(ToolArguments arguments) {
        var raw = arguments.optionalString(SURFACE);
        if (raw.isEmpty() || raw.get().isEmpty()) {
            return Optional.empty();
        }
        for (var surface : Surface.values()) {
            if (surface.name().equals(raw.get())) {
                return Optional.of(surface);
            }
        }
        throw new InvalidArgument("surface must be one of ENDPOINT, CLOUD, IDENTITY or NETWORK_DISCOVERY, written in"
                + " capitals, or null for every surface; got " + echo(raw.get()) + ".");
    }

    /**
     * Sends {@code request} with the call's deadline; a failure becomes a {@link ToolFailure} that starts
     * with {@code failed} and ends with {@code explain}'s sentence.
     */
    <T> T send(CallContext context, String failed, Function<UpstreamFailure, String> explain, Request<T> request) {
        if (context.isCancelled()) {
            throw new ToolFailure(CANCELLED);
        }
        try {
            return request.send(clock.instant().plus(timeout));
        } catch (UpstreamException e) {
            throw new ToolFailure(failed + ": " + explain.apply(e.failure()));
        } catch (InterruptedException e) {
            throw new ToolFailure(CANCELLED);
        }
    }

    /** A value the model sent, quoted for a message: one line, at most 64 characters. */
    static String echo(String value) {
        return "'" + JsonText.oneLine(value) + "'";
    }
}
