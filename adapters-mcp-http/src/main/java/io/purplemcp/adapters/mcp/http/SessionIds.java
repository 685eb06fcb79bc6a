package io.purplemcp.adapters.mcp.http;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Session ids: 128 bits from a CSPRNG as 32 lower-case hex digits, which is both what the legacy
 * transport's clients expect and visible ASCII as Streamable HTTP requires. Unguessable, because
 * knowing an id is all it takes to speak in that session.
 */
final class SessionIds {

    private static final Pattern WELL_FORMED = Pattern.compile("[0-9a-fA-F]{32}");

    private final SecureRandom random = new SecureRandom();

    String next() {
        var bytes = new byte[16];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    static boolean isWellFormed(String id) {
        return id != null && WELL_FORMED.matcher(id).matches();
    }
}
