package io.purplemcp.bootstrap.logging;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * Collects UTF-8 bytes into lines and writes each complete line, redacted, to the target. Redacting
 * whole lines means a secret split across several writes is still found. Text without a line end is
 * held back: on {@link #flush()} too, since emitting half a line could emit half a secret; it is
 * written on {@link #close()}, or in pieces once it exceeds {@link #MAX_PENDING_CHARS}.
 *
 * <p>A secret that itself contains a line break is not matched here (each line is redacted alone).
 */
final class RedactingOutputStream extends OutputStream {

    static final int MAX_PENDING_CHARS = 64 * 1024;

    private final OutputStream target;
    private final SecretRedactor redactor;

    /** Decoded text of the current, unterminated line. */
    private final StringBuilder line = new StringBuilder();

    /** The bytes of a UTF-8 sequence cut by a write boundary (at most three). */
    private byte[] partial = new byte[0];

    private boolean closed;

    RedactingOutputStream(OutputStream target, SecretRedactor redactor) {
        this.target = Objects.requireNonNull(target, "target");
        this.redactor = Objects.requireNonNull(redactor, "redactor");
    }

    @Override
    public synchronized void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public synchronized void write(byte[] bytes, int offset, int length) throws IOException {
        Objects.checkFromIndexSize(offset, length, bytes.length);
        ensureOpen();
        byte[] input = concat(partial, bytes, offset, length);
        int complete = completeLength(input);
        partial = Arrays.copyOfRange(input, complete, input.length);
        int searchFrom = line.length();
        line.append(new String(input, 0, complete, StandardCharsets.UTF_8));
        emitCompleteLines(searchFrom);
        while (line.length() > MAX_PENDING_CHARS) {
            SecretRedactor.Piece piece = redactor.redactPrefix(line.toString());
            if (piece.consumed() == 0) {
                break; // a registered secret longer than the limit may still be arriving
            }
            writeText(piece.redacted());
            line.delete(0, piece.consumed());
        }
    }

    /** Flushes the lines written so far; an unterminated line stays held back (see class comment). */
    @Override
    public synchronized void flush() throws IOException {
        if (!closed) {
            target.flush();
        }
    }

    @Override
    public synchronized void close() throws IOException {
        if (closed) {
            return;
        }
        if (partial.length > 0) {
            line.append(new String(partial, StandardCharsets.UTF_8));
            partial = new byte[0];
        }
        if (line.length() > 0) {
            writeText(redactor.redact(line.toString()));
            line.setLength(0);
        }
        closed = true;
        target.flush();
        target.close();
    }

    /** Writes every complete line; only text from {@code searchFrom} on can hold a new line end. */
    private void emitCompleteLines(int searchFrom) throws IOException {
        int start = 0;
        for (int newline = line.indexOf("\n", searchFrom); newline >= 0; newline = line.indexOf("\n", start)) {
            writeText(redactor.redact(line.substring(start, newline + 1)));
            start = newline + 1;
        }
        line.delete(0, start);
    }

    private void writeText(String text) throws IOException {
        target.write(text.getBytes(StandardCharsets.UTF_8));
    }

    private void ensureOpen() throws IOException {
        if (closed) {
            throw new IOException("stream closed");
        }
    }

    private static byte[] concat(byte[] head, byte[] bytes, int offset, int length) {
        byte[] all = Arrays.copyOf(head, head.length + length);
        System.arraycopy(bytes, offset, all, head.length, length);
        return all;
    }

    /** The length of the longest prefix that does not end inside a UTF-8 multi-byte sequence. */
    static int completeLength(byte[] bytes) {
        int end = bytes.length;
        // Look back over at most three continuation bytes (10xxxxxx) for the sequence's lead byte.
        for (int back = 1; back <= Math.min(4, end); back++) {
            int b = bytes[end - back] & 0xFF;
            if ((b & 0xC0) == 0x80) {
                continue;
            }
            int needed = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
            return needed > back ? end - back : end;
        }
        return end; // not valid UTF-8 at the end; decode as is (malformed bytes become U+FFFD)
    }
}
