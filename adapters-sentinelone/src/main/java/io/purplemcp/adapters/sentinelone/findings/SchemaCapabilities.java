package io.purplemcp.adapters.sentinelone.findings;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * What one endpoint's schema was found to lack (an argument or field name), remembered for {@code ttl} so
 * that later calls do not pay a failing request first; after that the newer schema is tried again, in
 * case the console was upgraded. Safe for concurrent use.
 */
final class SchemaCapabilities {

    private final Clock clock;
    private final Duration ttl;
    private final Map<String, Instant> missingUntil = new ConcurrentHashMap<>();

    SchemaCapabilities(Clock clock, Duration ttl) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ttl = Objects.requireNonNull(ttl, "ttl");
        if (ttl.isNegative()) {
            throw new IllegalArgumentException("the capability memory cannot be negative");
        }
    }

    /** The names known to be missing now. */
    Set<String> missing() {
        var now = clock.instant();
        missingUntil.entrySet().removeIf(entry -> !entry.getValue().isAfter(now));
        return missingUntil.keySet().stream().collect(Collectors.toUnmodifiableSet());
    }

    void markMissing(Collection<String> names) {
        var until = clock.instant().plus(ttl);
        names.forEach(name -> missingUntil.put(name, until));
    }
}
