package io.purplemcp.adapters.mcp.http;

import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Session ids: 128 bits from a CSPRNG as 32 lower-case hex digits, which is both what the legacy
 * transport's clients expect and visible ASCII as Streamable HTTP requires. Unguessable, because
 * knowing an id is all it takes to speak in that session.
 */
final class SessionIds {

    private final SecureRandom random = new SecureRandom();

    String next() {
        var bytes = new byte[16];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** Asked of every request that names a session; a plain scan, since a matcher per request showed in profiles. */
    static boolean isWellFormed(String id) {
        if (id == null || id.length() != 32) {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            // ASCII only: Character.digit would also take other scripts' digits.
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F')) {
                return false;
            }
        }
        return true;
    }
}
