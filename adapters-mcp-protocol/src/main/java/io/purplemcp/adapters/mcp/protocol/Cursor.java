package io.purplemcp.adapters.mcp.protocol;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Opaque list cursors: clients must not build them, so they get an encoded offset, checked on return. */
final class Cursor {

    private static final String PREFIX = "offset:";

    private Cursor() {}

    static String encode(int offset) {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString((PREFIX + offset).getBytes(StandardCharsets.UTF_8));
    }

    static int decode(String cursor, int size) throws JsonRpcError {
        try {
            var text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (text.startsWith(PREFIX)) {
                int offset = Integer.parseInt(text.substring(PREFIX.length()));
                if (offset > 0 && offset < size) {
                    return offset;
                }
            }
        } catch (IllegalArgumentException e) {
            // falls through to the one error clients see for any cursor we did not issue
        }
        throw JsonRpcError.invalidParams("Invalid cursor: pass back a nextCursor value exactly as received.");
    }
}
