package io.purplemcp.adapters.mcp.http;

import java.util.List;
import java.util.Locale;

/** Just enough of HTTP content negotiation for JSON and event streams. */
final class MediaTypes {

    static final String JSON = "application/json";
    static final String EVENT_STREAM = "text/event-stream";

    private MediaTypes() {}

    /**
     * Whether the {@code Accept} values allow {@code type}: named exactly, by {@code type/*} or by
     * {@code *}{@code /*}, and not with {@code q=0}. No header at all allows nothing, because MCP
     * clients must say what they read.
     */
    static boolean accepts(List<String> acceptValues, String type) {
        if (acceptValues == null) {
            return false;
        }
        var family = type.substring(0, type.indexOf('/')) + "/*";
        for (var value : acceptValues) {
            for (var range : value.split(",")) {
                var parts = range.split(";");
                var mediaRange = parts[0].trim().toLowerCase(Locale.ROOT);
                boolean matches = mediaRange.equals(type) || mediaRange.equals(family) || mediaRange.equals("*/*");
                if (matches && !refused(parts)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** {@code application/json}, with or without parameters such as {@code charset}. */
    static boolean isJson(String contentType) {
        return contentType != null
                && contentType.split(";")[0].trim().toLowerCase(Locale.ROOT).equals(JSON);
    }

    private static boolean refused(String[] parameters) {
        for (int i = 1; i < parameters.length; i++) {
            var parameter = parameters[i].trim().toLowerCase(Locale.ROOT);
            if (parameter.startsWith("q=")) {
                try {
                    return Double.parseDouble(parameter.substring(2).trim()) <= 0;
                } catch (NumberFormatException e) {
                    return false;
                }
            }
        }
        return false;
    }
}
