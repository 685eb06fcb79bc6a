package io.purplemcp.ports.out.upstream;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Why an upstream call produced no usable answer. Every kind carries a {@code detail}: what the
 * console said about it (its error message), already passed through {@link UpstreamText#sanitise},
 * possibly empty. {@link #describe()} is one sentence fragment that names the kind, the status and
 * the detail, and is never empty.
 */
public sealed interface UpstreamFailure {

    String detail();

    /** A short, sanitised description for error texts, e.g. {@code HTTP 503 Service Unavailable: busy}. */
    String describe();

    /** The console refused the credentials (401) or the token lacks access (403). */
    record Unauthorized(int status, String detail) implements UpstreamFailure {
        public Unauthorized {
            status = requireStatus(status, 401, 403);
            detail = UpstreamText.sanitise(detail);
        }

        @Override
        public String describe() {
            return withDetail("HTTP " + HttpStatusText.of(status), detail);
        }
    }

    /** The console throttled the caller (429) and would not answer within the call's time. */
    record RateLimited(Optional<Duration> retryAfter, String detail) implements UpstreamFailure {
        public RateLimited {
            Objects.requireNonNull(retryAfter, "retryAfter");
            if (retryAfter.isPresent() && retryAfter.get().isNegative()) {
                throw new IllegalArgumentException("retryAfter cannot be negative");
            }
            detail = UpstreamText.sanitise(detail);
        }

        @Override
        public String describe() {
            var wait = retryAfter
                    .map(d -> " (the console asked to wait " + d.toSeconds() + " s)")
                    .orElse("");
            return withDetail("HTTP " + HttpStatusText.of(429) + wait, detail);
        }
    }

    /** A 4xx other than the authorisation and throttling codes: the request itself was refused. */
    record ClientError(int status, String detail) implements UpstreamFailure {
        public ClientError {
            if (status < 400 || status > 499 || status == 401 || status == 403 || status == 429) {
                throw new IllegalArgumentException("not a plain client error status: " + status);
            }
            detail = UpstreamText.sanitise(detail);
        }

        @Override
        public String describe() {
            return withDetail("HTTP " + HttpStatusText.of(status), detail);
        }
    }

    /** A 5xx: the console (or a gateway in front of it) failed. */
    record ServerError(int status, String detail) implements UpstreamFailure {
        public ServerError {
            if (status < 500 || status > 599) {
                throw new IllegalArgumentException("not a server error status: " + status);
            }
            detail = UpstreamText.sanitise(detail);
        }

        @Override
        public String describe() {
            return withDetail("HTTP " + HttpStatusText.of(status), detail);
        }
    }

    /** A status the client does not act on: informational, a redirect (never followed), or the like. */
    record UnexpectedStatus(int status, String detail) implements UpstreamFailure {
        public UnexpectedStatus {
            if (status < 100 || status > 399) {
                throw new IllegalArgumentException("use the error kinds for status " + status);
            }
            detail = UpstreamText.sanitise(detail);
        }

        @Override
        public String describe() {
            return withDetail("unexpected HTTP " + HttpStatusText.of(status), detail);
        }
    }

    /** No complete answer arrived in time: the per-request timeout or the call's deadline passed. */
    record Timeout(String detail) implements UpstreamFailure {
        public Timeout {
            detail = UpstreamText.sanitise(detail);
        }

        @Override
        public String describe() {
            return withDetail("the console did not answer in time", detail);
        }
    }

    /** The connection could not be made or broke: DNS, refused, reset, TLS handshake, proxy. */
    record Transport(String detail) implements UpstreamFailure {
        public Transport {
            detail = UpstreamText.sanitise(detail);
        }

        @Override
        public String describe() {
            return withDetail("the console could not be reached", detail);
        }
    }

    /** An answer arrived but does not have the promised shape (not JSON, missing fields, too large). */
    record MalformedResponse(String detail) implements UpstreamFailure {
        public MalformedResponse {
            detail = UpstreamText.sanitise(detail);
        }

        @Override
        public String describe() {
            return withDetail("the console's answer could not be read", detail);
        }
    }

    /** The console answered normally but reported that it could not run the request (e.g. GraphQL errors). */
    record QueryError(String detail) implements UpstreamFailure {
        public QueryError {
            detail = UpstreamText.sanitise(detail);
        }

        @Override
        public String describe() {
            return withDetail("the console reported an error", detail);
        }
    }

    private static int requireStatus(int status, int... allowed) {
        for (int candidate : allowed) {
            if (candidate == status) {
                return status;
            }
        }
        throw new IllegalArgumentException("unexpected status " + status);
    }

    private static String withDetail(String head, String detail) {
        return detail.isEmpty() ? head : head + ": " + detail;
    }
}
