package io.purplemcp.adapters.mcp.http.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Static bearer tokens known by their SHA-256: the matching entry's name is the caller. */
final class BearerTokens implements TokenVerifier {

    private final List<BearerTokenEntry> entries;

    BearerTokens(List<BearerTokenEntry> entries) {
        if (entries.isEmpty()) {
            throw new IllegalArgumentException("at least one token");
        }
        this.entries = List.copyOf(entries);
    }

    @Override
    public Verification verify(String token) {
        var digest = sha256(token);
        BearerTokenEntry match = null;
        // Every entry is compared, each in constant time, so timing tells nothing about which one matched.
        for (var entry : entries) {
            if (MessageDigest.isEqual(digest, entry.sha256()) && match == null) {
                match = entry;
            }
        }
        return match == null
                ? new Verification.Rejected("The access token is not valid.")
                : new Verification.Verified(new Principal(match.name(), Set.of()), Optional.empty());
    }

    static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
