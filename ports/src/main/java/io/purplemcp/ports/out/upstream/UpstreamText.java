package io.purplemcp.ports.out.upstream;

/**
 * Makes a text that came from upstream safe to quote: one line, no control characters, at most
 * {@value #MAX_LENGTH} characters. The cap keeps a console's error page or echoed payload from
 * flooding the model's context; the single line keeps it from forging extra lines of a result.
 */
public final class UpstreamText {

    public static final int MAX_LENGTH = 500;
    static final String ELLIPSIS = "…";

    private UpstreamText() {}

    /** The sanitised text; {@code null} becomes the empty string. */
    public static String sanitise(String text) {
        if (text == null) {
            return "";
        }
        var line = new StringBuilder(Math.min(text.length(), MAX_LENGTH + 1));
        boolean pendingSpace = false;
        for (int i = 0; i < text.length() && line.length() <= MAX_LENGTH; i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c)) {
                pendingSpace = line.length() > 0;
                continue;
            }
            if (pendingSpace) {
                line.append(' ');
                pendingSpace = false;
            }
            line.append(c);
        }
        if (line.length() <= MAX_LENGTH) {
            return line.toString();
        }
        int keep = MAX_LENGTH - ELLIPSIS.length();
        if (Character.isHighSurrogate(line.charAt(keep - 1))) {
            keep--;
        }
        return line.substring(0, keep) + ELLIPSIS;
    }
}
