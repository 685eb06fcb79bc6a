package io.purplemcp.adapters.mcp.http.auth;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** What checking one presented token concluded. */
public sealed interface Verification {

    /**
     * @param expiresAt when the token stops being valid; empty for tokens that never expire (static bearer
     *     tokens), which is how long a verified token may be remembered
     */
    record Verified(Principal principal, Optional<Instant> expiresAt) implements Verification {
        public Verified {
            Objects.requireNonNull(principal, "principal");
            Objects.requireNonNull(expiresAt, "expiresAt");
        }
    }

    /**
     * @param description why, in words safe to send to the client and to log: never any part of the token
     */
    record Rejected(String description) implements Verification {
        public Rejected {
            Objects.requireNonNull(description, "description");
        }
    }
}
