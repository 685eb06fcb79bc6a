package io.purplemcp.domain.inventory;

import io.purplemcp.domain.json.JsonText;
import io.purplemcp.domain.tools.ConsoleCall;
import io.purplemcp.domain.tools.InvalidArgument;
import io.purplemcp.domain.tools.ToolArguments;
import io.purplemcp.ports.out.inventory.OffsetPageRequest;
import io.purplemcp.ports.out.inventory.Surface;
import io.purplemcp.ports.out.upstream.UpstreamFailure;
import java.math.BigInteger;
import java.util.Optional;
import java.util.function.Function;

/** What the three inventory tools share: reading the page and surface arguments, and how a failed request reads. */
final class InventoryRequests {

    static final String LIMIT = "limit";
    static final String SKIP = "skip";
    static final String SURFACE = "surface";
    static final int DEFAULT_LIMIT = 50;
    static final String CANCELLED = "The inventory request was cancelled before the console answered.";

    private InventoryRequests() {}

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

    /** A failure reads {@code failed}, then {@code explain}'s sentence. */
    static ConsoleCall.Ending ending(String failed, Function<UpstreamFailure, String> explain) {
        return new ConsoleCall.Ending(CANCELLED, failure -> failed + ": " + explain.apply(failure));
    }

    /** A value the model sent, quoted for a message: one line, at most 64 characters. */
    static String echo(String value) {
        return "'" + JsonText.oneLine(value) + "'";
    }
}
