package io.purplemcp.adapters.mcp.stdio;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits stdin into lines of bytes, with a cap: a client that never sends a newline must not make the
 * server buffer without end. An over-long line is skipped to its end and reported as such.
 */
final class LineReader {

    sealed interface Line {}

    record Complete(byte[] bytes) implements Line {}

    record TooLong() implements Line {}

    private final InputStream in;
    private final int maxBytes;
    private final byte[] buffer = new byte[8192];
    private int position;
    private int limit;

    LineReader(InputStream in, int maxBytes) {
        this.in = in;
        this.maxBytes = maxBytes;
    }

    /** The next line without its line end ({@code \n} or {@code \r\n}); {@code null} at end of input. */
    Line next() throws IOException {
        var line = new ByteArrayOutputStream();
        boolean overflow = false;
        boolean any = false;
        while (true) {
            if (position == limit && !fill()) {
                return any ? finish(line, overflow) : null;
            }
            any = true;
            int start = position;
            while (position < limit && buffer[position] != '\n') {
                position++;
            }
            // One byte of slack for the '\r' of a "\r\n" line end.
            if (!overflow && line.size() + (position - start) > maxBytes + 1) {
                overflow = true;
                line.reset();
            }
            if (!overflow) {
                line.write(buffer, start, position - start);
            }
            if (position < limit) {
                position++;
                return finish(line, overflow);
            }
        }
    }

    private boolean fill() throws IOException {
        int read = in.read(buffer);
        position = 0;
        limit = Math.max(read, 0);
        return read > 0;
    }

    private Line finish(ByteArrayOutputStream line, boolean overflow) {
        var bytes = line.toByteArray();
        int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
        if (overflow || length > maxBytes) {
            return new TooLong();
        }
        return new Complete(length == bytes.length ? bytes : Arrays.copyOf(bytes, length));
    }
}
