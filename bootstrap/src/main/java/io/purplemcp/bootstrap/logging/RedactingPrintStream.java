package io.purplemcp.bootstrap.logging;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * A UTF-8 {@link PrintStream} that redacts registered secrets line by line before the text reaches
 * {@code target}. Installed as {@code System.err} before anything logs, it covers slf4j-simple,
 * java.util.logging, stack traces and CLI messages without configuring any of them.
 *
 * <p>Auto-flushing: every complete line is written and flushed at once. A line without its end is
 * held back until the line is completed, the stream is closed, or the line grows beyond 64 KiB, in
 * which case it is redacted and written in pieces.
 */
public final class RedactingPrintStream extends PrintStream {

    public RedactingPrintStream(OutputStream target, SecretRedactor redactor) {
        super(new RedactingOutputStream(target, redactor), true, StandardCharsets.UTF_8);
    }
}
