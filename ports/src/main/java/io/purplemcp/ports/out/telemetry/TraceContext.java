package io.purplemcp.ports.out.telemetry;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A W3C Trace Context ({@code traceparent}, and {@code tracestate} passed on untouched) that a caller
 * sent with a request. Only version {@code 00} is understood; any value that does not match the
 * format exactly, or has an all-zero trace or span id, is ignored as the recommendation asks.
 *
 * @param traceId 32 lowercase hex digits
 * @param spanId 16 lowercase hex digits: the caller's span, parent of ours
 * @param flags 2 lowercase hex digits ({@code 01} = sampled)
 * @param traceState the caller's {@code tracestate}, or empty
 */
public record TraceContext(String traceId, String spanId, String flags, String traceState) {

    private static final int TRACEPARENT_LENGTH = 55;
    private static final int MAX_TRACESTATE_LENGTH = 512;

    public TraceContext {
        Objects.requireNonNull(traceId, "traceId");
        Objects.requireNonNull(spanId, "spanId");
        Objects.requireNonNull(flags, "flags");
        Objects.requireNonNull(traceState, "traceState");
        if (!isHex(traceId, 0, traceId.length()) || traceId.length() != 32 || isZero(traceId)) {
            throw new IllegalArgumentException("traceId must be 32 lowercase hex digits, not all zero");
        }
        if (!isHex(spanId, 0, spanId.length()) || spanId.length() != 16 || isZero(spanId)) {
            throw new IllegalArgumentException("spanId must be 16 lowercase hex digits, not all zero");
        }
        if (!isHex(flags, 0, flags.length()) || flags.length() != 2) {
            throw new IllegalArgumentException("flags must be 2 lowercase hex digits");
        }
    }

    /**
     * Reads a {@code traceparent} and its {@code tracestate}; empty when the traceparent is absent or
     * malformed. A {@code tracestate} is kept only beside a valid traceparent, and dropped when it is
     * longer than the 512 characters the recommendation asks vendors to propagate or holds control
     * characters (it would otherwise be a way to smuggle text into headers and logs).
     */
    public static Optional<TraceContext> parse(String traceparent, String tracestate) {
        if (traceparent == null) {
            return Optional.empty();
        }
        var value = traceparent.trim();
        if (value.length() != TRACEPARENT_LENGTH
                || !value.startsWith("00-")
                || value.charAt(35) != '-'
                || value.charAt(52) != '-'
                || !isHex(value, 3, 35)
                || !isHex(value, 36, 52)
                || !isHex(value, 53, 55)) {
            return Optional.empty();
        }
        var traceId = value.substring(3, 35);
        var spanId = value.substring(36, 52);
        if (isZero(traceId) || isZero(spanId)) {
            return Optional.empty();
        }
        return Optional.of(new TraceContext(traceId, spanId, value.substring(53, 55), cleanState(tracestate)));
    }

    /** The same trace with a fresh span id: the span of our own work, whose parent is this one. */
    public TraceContext child() {
        String span;
        do {
            span = String.format("%016x", ThreadLocalRandom.current().nextLong());
        } while (isZero(span));
        return new TraceContext(traceId, span, flags, traceState);
    }

    /** The {@code traceparent} header value. */
    public String traceparent() {
        return "00-" + traceId + "-" + spanId + "-" + flags;
    }

    private static String cleanState(String tracestate) {
        if (tracestate == null) {
            return "";
        }
        var value = tracestate.trim();
        if (value.length() > MAX_TRACESTATE_LENGTH) {
            return "";
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c > 0x7e) {
                return "";
            }
        }
        return value;
    }

    private static boolean isHex(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isZero(String hex) {
        for (int i = 0; i < hex.length(); i++) {
            if (hex.charAt(i) != '0') {
                return false;
            }
        }
        return true;
    }
}
