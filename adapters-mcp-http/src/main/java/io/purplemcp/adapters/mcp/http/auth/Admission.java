package io.purplemcp.adapters.mcp.http.auth;

import java.util.Objects;
import java.util.Optional;

/** Whether a request may go on to the MCP transport, and if not, how to say so. */
public sealed interface Admission {

    record Admitted(Principal principal) implements Admission {
        public Admitted {
            Objects.requireNonNull(principal, "principal");
        }
    }

    /**
     * @param status 400, 401 or 403
     * @param challenge the {@code WWW-Authenticate} value
     * @param reason the OAuth error code for the audit log ({@code missing_token} when there was none)
     * @param message a sentence for the client
     * @param identity the caller when the token was good but not good enough (403)
     */
    record Refused(int status, String challenge, String reason, String message, Optional<String> identity)
            implements Admission {
        public Refused {
            Objects.requireNonNull(challenge, "challenge");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(message, "message");
            Objects.requireNonNull(identity, "identity");
        }
    }

    /** Too many attempts from this client address; try again after {@code retryAfterSeconds}. */
    record Throttled(long retryAfterSeconds) implements Admission {}
}
