package io.purplemcp.adapters.mcp.http;

import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Whether the process can serve tool calls, as the caller judges it (e.g. the configuration is valid).
 * Asked on every readiness probe, so it must be cheap and must never call the console.
 */
@FunctionalInterface
public interface Readiness {

    /** Empty when ready; otherwise a short reason, shown to whoever probes (so never a secret). */
    Optional<String> notReadyReason();

    static Readiness always() {
        return Optional::empty;
    }

    static Readiness of(BooleanSupplier ready, Supplier<String> reason) {
        Objects.requireNonNull(ready, "ready");
        Objects.requireNonNull(reason, "reason");
        return () -> ready.getAsBoolean() ? Optional.empty() : Optional.of(String.valueOf(reason.get()));
    }
}
