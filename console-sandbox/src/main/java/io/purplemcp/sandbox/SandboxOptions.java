package io.purplemcp.sandbox;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * How a {@link SandboxConsole} behaves. Start from {@link #defaults()} and change what a test needs:
 * {@code SandboxOptions.defaults().withSlowDelay(Duration.ofMillis(800)).withPollsToComplete(3)}.
 *
 * @param token the only token accepted, as {@code ApiToken <token>} (Purple AI) and
 *     {@code Bearer <token>} (SDL); default {@link SandboxConsole#DEMO_TOKEN}
 * @param pollsToComplete polls after the launch until an SDL query completes (its {@code totalSteps});
 *     0 completes queries in the launch response; default 2
 * @param slowDelay how long {@code sandbox:fault=slow} holds a response; default 130 s, beyond every
 *     client timeout purple-mcp uses; tests pass something short
 * @param defaultRows rows of a PowerQuery without {@code | limit N}; default 20
 * @param maxRows the most rows any PowerQuery returns, whatever its limit; default 100 000
 * @param requestLogCapacity how many requests the log keeps (the oldest are dropped); default 10 000
 * @param missingSchemaFeatures the parts of the findings schemas this console lacks, as an older console
 *     does (for a client's schema fallback); default none
 */
public record SandboxOptions(
        String token,
        int pollsToComplete,
        Duration slowDelay,
        int defaultRows,
        int maxRows,
        int requestLogCapacity,
        Set<SchemaFeature> missingSchemaFeatures) {

    public SandboxOptions {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(slowDelay, "slowDelay");
        missingSchemaFeatures = Set.copyOf(missingSchemaFeatures);
        if (token.isBlank() || !token.strip().equals(token) || token.contains(" ")) {
            throw new IllegalArgumentException("the sandbox token must be non-blank and without spaces");
        }
        if (pollsToComplete < 0 || pollsToComplete > 10_000) {
            throw new IllegalArgumentException("pollsToComplete must be between 0 and 10000: " + pollsToComplete);
        }
        if (slowDelay.isNegative() || slowDelay.isZero()) {
            throw new IllegalArgumentException("slowDelay must be positive: " + slowDelay);
        }
        if (maxRows < 1 || maxRows > 1_000_000) {
            throw new IllegalArgumentException("maxRows must be between 1 and 1000000: " + maxRows);
        }
        if (defaultRows < 0 || defaultRows > maxRows) {
            throw new IllegalArgumentException("defaultRows must be between 0 and maxRows: " + defaultRows);
        }
        if (requestLogCapacity < 1) {
            throw new IllegalArgumentException("requestLogCapacity must be positive: " + requestLogCapacity);
        }
    }

    /** Options with every findings schema feature present. */
    public SandboxOptions(
            String token,
            int pollsToComplete,
            Duration slowDelay,
            int defaultRows,
            int maxRows,
            int requestLogCapacity) {
        this(token, pollsToComplete, slowDelay, defaultRows, maxRows, requestLogCapacity, Set.of());
    }

    /** The options of {@link SandboxConsole#start()}. */
    public static SandboxOptions defaults() {
        return new SandboxOptions(SandboxConsole.DEMO_TOKEN, 2, Duration.ofSeconds(130), 20, 100_000, 10_000);
    }

    public SandboxOptions withToken(String token) {
        return new SandboxOptions(
                token, pollsToComplete, slowDelay, defaultRows, maxRows, requestLogCapacity, missingSchemaFeatures);
    }

    public SandboxOptions withPollsToComplete(int pollsToComplete) {
        return new SandboxOptions(
                token, pollsToComplete, slowDelay, defaultRows, maxRows, requestLogCapacity, missingSchemaFeatures);
    }

    public SandboxOptions withSlowDelay(Duration slowDelay) {
        return new SandboxOptions(
                token, pollsToComplete, slowDelay, defaultRows, maxRows, requestLogCapacity, missingSchemaFeatures);
    }

    public SandboxOptions withDefaultRows(int defaultRows) {
        return new SandboxOptions(
                token, pollsToComplete, slowDelay, defaultRows, maxRows, requestLogCapacity, missingSchemaFeatures);
    }

    public SandboxOptions withMaxRows(int maxRows) {
        return new SandboxOptions(
                token,
                pollsToComplete,
                slowDelay,
                Math.min(defaultRows, maxRows),
                maxRows,
                requestLogCapacity,
                missingSchemaFeatures);
    }

    public SandboxOptions withRequestLogCapacity(int requestLogCapacity) {
        return new SandboxOptions(
                token, pollsToComplete, slowDelay, defaultRows, maxRows, requestLogCapacity, missingSchemaFeatures);
    }

    /**
     * The findings schemas without these features, as an older console's; e.g.
     * {@code withMissingSchemaFeatures(SchemaFeature.ALERTS_VIEW_TYPE, SchemaFeature.ALERTS_DATA_SOURCES)}.
     * No argument restores the full schemas.
     */
    public SandboxOptions withMissingSchemaFeatures(SchemaFeature... missing) {
        var features = missing.length == 0 ? EnumSet.noneOf(SchemaFeature.class) : EnumSet.of(missing[0], missing);
        return new SandboxOptions(
                token, pollsToComplete, slowDelay, defaultRows, maxRows, requestLogCapacity, features);
    }

    /** Whether the findings schemas have a feature. */
    public boolean hasSchemaFeature(SchemaFeature feature) {
        return !missingSchemaFeatures.contains(feature);
    }

    /** The token is the sandbox's public demo token, but keep it out of printed options anyway. */
    @Override
    public String toString() {
        return "SandboxOptions[token=***, pollsToComplete=" + pollsToComplete + ", slowDelay=" + slowDelay
                + ", defaultRows=" + defaultRows + ", maxRows=" + maxRows + ", requestLogCapacity="
                + requestLogCapacity + ", missingSchemaFeatures=" + missingSchemaFeatures + "]";
    }
}
