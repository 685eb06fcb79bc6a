package io.purplemcp.bootstrap.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RedactingPrintStreamTest {

    private static final String SECRET = "CANARY-TOKEN-8d1f";

    private final SecretRedactor redactor = new SecretRedactor();
    private final ByteArrayOutputStream target = new ByteArrayOutputStream();
    private final RedactingPrintStream stream = new RedactingPrintStream(target, redactor);

    RedactingPrintStreamTest() {
        redactor.registerSecret(SECRET);
        redactor.registerSecret("Bearer " + SECRET);
    }

    private String written() {
        return target.toString(StandardCharsets.UTF_8);
    }

    @Test
    void completeLinesAreRedactedAndWrittenAtOnce() {
        stream.println("Authorization: Bearer " + SECRET);
        stream.printf("token=%s%n", SECRET);
        assertThat(written())
                .isEqualTo("Authorization: [REDACTED]" + System.lineSeparator() + "token=[REDACTED]"
                        + System.lineSeparator());
    }

    @Test
    void secretSplitAcrossTwoWritesWithinOneLineIsRedacted() {
        stream.print("header: " + SECRET.substring(0, 7));
        stream.flush();
        assertThat(written()).isEmpty();
        stream.print(SECRET.substring(7) + " tail\n");
        assertThat(written()).isEqualTo("header: [REDACTED] tail\n");
    }

    @Test
    void bytesSplitInsideAMultiByteCharacterAreReassembled() {
        String secret = "🔑ключ-ключ";
        redactor.registerSecret(secret);
        byte[] bytes = ("a " + secret + " ü\n").getBytes(StandardCharsets.UTF_8);
        for (byte b : bytes) {
            stream.write(b);
        }
        assertThat(written()).isEqualTo("a [REDACTED] ü\n");
    }

    @Test
    void partialLineIsWrittenRedactedOnClose() {
        stream.print("no newline " + SECRET);
        assertThat(written()).isEmpty();
        stream.close();
        assertThat(written()).isEqualTo("no newline [REDACTED]");
    }

    @Test
    void writingAfterCloseSetsTheErrorFlagInsteadOfThrowing() {
        stream.close();
        stream.println("late");
        assertThat(stream.checkError()).isTrue();
        assertThat(written()).isEmpty();
    }

    @Test
    void stackTracesAreRedacted() {
        new IllegalStateException("failed with " + SECRET, new RuntimeException("cause " + SECRET))
                .printStackTrace(stream);
        assertThat(written())
                .doesNotContain(SECRET)
                .contains("java.lang.IllegalStateException: failed with [REDACTED]")
                .contains("Caused by: java.lang.RuntimeException: cause [REDACTED]");
    }

    @Test
    void crLfLinesKeepTheirEnding() {
        stream.print("a " + SECRET + "\r\nb\r\n");
        assertThat(written()).isEqualTo("a [REDACTED]\r\nb\r\n");
    }

    @Test
    void veryLongLineWithoutNewlineIsWrittenInPiecesWithoutSplittingASecret() {
        StringBuilder text = new StringBuilder();
        while (text.length() < 200_000) {
            text.append("x".repeat(997)).append(SECRET).append("é");
        }
        String full = text.toString();
        byte[] bytes = full.getBytes(StandardCharsets.UTF_8);
        for (int offset = 0; offset < bytes.length; offset += 1_000) {
            stream.write(bytes, offset, Math.min(1_000, bytes.length - offset));
        }
        int beforeClose = target.size();
        assertThat(beforeClose).isPositive();
        assertThat(written()).doesNotContain(SECRET);
        stream.close();
        assertThat(written()).isEqualTo(redactor.redact(full));
    }

    @Test
    void secretStraddlingThePieceBoundaryIsNotLeaked() {
        int limit = RedactingOutputStream.MAX_PENDING_CHARS;
        for (int shift = -20; shift <= 20; shift += 3) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            RedactingPrintStream printer = new RedactingPrintStream(out, redactor);
            String full = "y".repeat(limit + shift) + SECRET + "z".repeat(50);
            for (char c : full.toCharArray()) {
                printer.print(c);
            }
            printer.close();
            assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(redactor.redact(full));
        }
    }

    @Test
    void completeLengthStopsBeforeAnIncompleteUtf8Sequence() {
        byte[] euro = "€".getBytes(StandardCharsets.UTF_8); // three bytes
        assertThat(RedactingOutputStream.completeLength(new byte[] {'a', euro[0]}))
                .isEqualTo(1);
        assertThat(RedactingOutputStream.completeLength(new byte[] {'a', euro[0], euro[1]}))
                .isEqualTo(1);
        assertThat(RedactingOutputStream.completeLength(new byte[] {'a', euro[0], euro[1], euro[2]}))
                .isEqualTo(4);
        assertThat(RedactingOutputStream.completeLength(new byte[0])).isZero();
        assertThat(RedactingOutputStream.completeLength(new byte[] {(byte) 0x80, (byte) 0x80}))
                .isEqualTo(2);
    }
}
