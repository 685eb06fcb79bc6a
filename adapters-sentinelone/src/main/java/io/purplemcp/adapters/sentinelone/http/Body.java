package io.purplemcp.adapters.sentinelone.http;

import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A response body, held once as the buffers it arrived in. {@link #stream()} reads it once and lets
 * go of each buffer as soon as it is read, so a parser never makes the body exist twice.
 */
public final class Body {

    private final List<ByteBuffer> buffers;
    private final long length;

    Body(List<ByteBuffer> buffers, long length) {
        this.buffers = new ArrayList<>(buffers);
        this.length = length;
    }

    static Body empty() {
        return new Body(List.of(), 0);
    }

    public long length() {
        return length;
    }

    /** The body as UTF-8 text, for small bodies such as error answers; at most {@code maxBytes} are decoded. */
    public String text(int maxBytes) {
        int size = (int) Math.min(length, maxBytes);
        var bytes = new byte[size];
        int at = 0;
        for (var buffer : buffers) {
            if (buffer == null || at == size) {
                break;
            }
            var view = buffer.duplicate();
            int n = Math.min(view.remaining(), size - at);
            view.get(bytes, at, n);
            at += n;
        }
        return new String(bytes, 0, at, StandardCharsets.UTF_8);
    }

    /** A one-pass stream over the body that releases what it has read. */
    public InputStream stream() {
        return new InputStream() {
            private int index;

            private ByteBuffer current() {
                while (index < buffers.size()) {
                    var buffer = buffers.get(index);
                    if (buffer != null && buffer.hasRemaining()) {
                        return buffer;
                    }
                    buffers.set(index++, null);
                }
                return null;
            }

            @Override
            public int read() {
                var buffer = current();
                return buffer == null ? -1 : buffer.get() & 0xff;
            }

            @Override
            public int read(byte[] target, int offset, int count) {
                if (count == 0) {
                    return 0;
                }
                var buffer = current();
                if (buffer == null) {
                    return -1;
                }
                int n = Math.min(count, buffer.remaining());
                buffer.get(target, offset, n);
                return n;
            }

            @Override
            public int available() {
                var buffer = current();
                return buffer == null ? 0 : buffer.remaining();
            }
        };
    }
}
