package io.purplemcp.adapters.mcp.http;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The path a reverse proxy publishes this server under, as it may appear in the SSE endpoint URL.
 * Only plain absolute paths pass: the client resolves the URL against the stream's, so {@code //host}
 * or a scheme would send its messages elsewhere, and {@code ..} or {@code %2e} could climb out.
 */
final class PathPrefix {

    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9._~!$&'()*+,;=:@-]+");
    private static final int MAX_LENGTH = 256;

    private PathPrefix() {}

    /** The prefix without a trailing slash ({@code ""} for none), or empty when {@code raw} is unsafe. */
    static Optional<String> parse(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        if (raw.isEmpty() || raw.equals("/")) {
            return Optional.of("");
        }
        if (raw.length() > MAX_LENGTH || !raw.startsWith("/")) {
            return Optional.empty();
        }
        var path = raw.endsWith("/") ? raw.substring(0, raw.length() - 1) : raw;
        for (var segment : path.substring(1).split("/", -1)) {
            if (!SEGMENT.matcher(segment).matches() || segment.equals(".") || segment.equals("..")) {
                return Optional.empty();
            }
        }
        return Optional.of(path);
    }
}
