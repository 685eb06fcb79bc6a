package io.purplemcp.adapters.sentinelone.http;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One request to send, with how it may be retried.
 *
 * @param label what the request is for, in logs (e.g. {@code sdl.launch}); never user data
 * @param body the request body, or empty for none; sent as {@code application/json}
 * @param timeout the longest one attempt may take, headers and body (further cut to the call's deadline)
 * @param lateAnswer for a request that may already have had an effect upstream (a launch): when the caller
 *     stops waiting for it (cancellation or deadline), the exchange is left to finish and its answer, if
 *     any, goes here so the effect can be undone; empty to abort the exchange instead
 */
public record Exchange(
        String label,
        String method,
        URI uri,
        Map<String, String> headers,
        Optional<byte[]> body,
        RetryMode retry,
        Duration timeout,
        Optional<Consumer<Response>> lateAnswer) {

    public Exchange {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(uri, "uri");
        headers = Map.copyOf(new LinkedHashMap<>(headers));
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(retry, "retry");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(lateAnswer, "lateAnswer");
    }

    /** Which failures may be retried. */
    public enum RetryMode {
        /** A read: transport errors, timeouts, 408, 429, 502, 503 and 504 are retried. */
        IDEMPOTENT,
        /**
         * A request that must not run twice: retried only when it certainly was not accepted (the connection
         * could not be made, or the console answered 408 or 429).
         */
        UNLESS_ACCEPTED,
        /** Never retried. */
        NEVER
    }
}
