package io.purplemcp.adapters.mcp.http.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class AuditLogTest {

    private static final Instant TIME = Instant.parse("2026-12-04T09:00:00Z");

    static AuditEvent.ToolCall call(String identity) {
        return new AuditEvent.ToolCall(
                TIME,
                identity,
                "127.0.0.1",
                Optional.of("0123456789abcdef0123456789abcdef"),
                "7",
                "search_alerts",
                "44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a",
                "tool_error",
                Optional.of(503),
                Duration.ofMillis(42));
    }

    @Test
    void writesOneJsonLinePerEvent() throws Exception {
        var out = new ByteArrayOutputStream();
        var log = new AuditLog(() -> out, problem -> {});
        log.record(call("alice"));
        log.record(new AuditEvent.Refusal(TIME, Optional.empty(), "10.1.2.3", "POST", "/mcp", 401, "invalid_token"));
        log.close();
        var lines = out.toString(StandardCharsets.UTF_8).split("\n");
        assertThat(lines).hasSize(2);
        var first = TestKeys.JSON.readTree(lines[0]);
        assertThat(first.get("time").asText()).isEqualTo("2026-12-04T09:00:00Z");
        assertThat(first.get("event").asText()).isEqualTo("tool_call");
        assertThat(first.get("identity").asText()).isEqualTo("alice");
        assertThat(first.get("session").asText()).hasSize(32);
        assertThat(first.get("request_id").asText()).isEqualTo("7");
        assertThat(first.get("tool").asText()).isEqualTo("search_alerts");
        assertThat(first.get("arguments_sha256").asText()).hasSize(64);
        assertThat(first.get("outcome").asText()).isEqualTo("tool_error");
        assertThat(first.get("upstream_status").asInt()).isEqualTo(503);
        assertThat(first.get("duration_ms").asInt()).isEqualTo(42);
        var second = TestKeys.JSON.readTree(lines[1]);
        assertThat(second.get("event").asText()).isEqualTo("authorization_failure");
        assertThat(second.has("identity")).isFalse();
        assertThat(second.get("status").asInt()).isEqualTo(401);
        assertThat(second.get("reason").asText()).isEqualTo("invalid_token");
    }

    @Test
    void anUnwritableDestinationIsReportedOnceAndRecordingGoesOn() {
        var problems = new CopyOnWriteArrayList<String>();
        var log = new AuditLog(
                () -> {
                    throw new IOException("No space left on device");
                },
                problems::add);
        for (int i = 0; i < 100; i++) {
            log.record(call("alice"));
        }
        log.close();
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0)).contains("audit log").contains("serving continues");
    }

    @Test
    void recordingNeverWaitsForASlowDestination() throws Exception {
        var release = new CountDownLatch(1);
        OutputStream stuck = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                try {
                    release.await();
                } catch (InterruptedException e) {
                    throw new IOException(e);
                }
            }
        };
        var log = new AuditLog(() -> stuck, problem -> {}, 4);
        long started = System.nanoTime();
        for (int i = 0; i < 10_000; i++) {
            log.record(call("alice"));
        }
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
        release.countDown();
        log.close();
        assertThat(release.await(0, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void aFailureIsReportedAgainOnlyAfterItWorkedInBetween() throws Exception {
        var problems = new CopyOnWriteArrayList<String>();
        var healthy = new ByteArrayOutputStream();
        var handled = new Semaphore(0); // one permit per event the writer has dealt with, well or badly
        var attempts = new java.util.concurrent.atomic.AtomicInteger();
        var log = new AuditLog(
                () -> {
                    int attempt = attempts.incrementAndGet();
                    if (attempt == 1 || attempt == 3) {
                        handled.release();
                        throw new IOException("disk full");
                    }
                    var target = new Signalling(healthy, handled);
                    return attempt == 2 ? new FailingAfterFirstLine(target) : target;
                },
                problems::add);
        // One event at a time, so each meets the destination in the state the sequence needs:
        // fails to open, works, fails to write, fails to open, works.
        for (int i = 0; i < 5; i++) {
            log.record(call("alice"));
            assertThat(handled.tryAcquire(5, TimeUnit.SECONDS)).isTrue();
        }
        log.close();

        assertThat(problems).hasSize(2);
        assertThat(List.of(healthy.toString(StandardCharsets.UTF_8).split("\n")))
                .hasSize(2)
                .allSatisfy(line -> assertThat(line).contains("\"identity\":\"alice\""));
    }

    /** Tells the test when the writer has flushed a batch or given the stream up. */
    private static final class Signalling extends java.io.FilterOutputStream {
        private final Semaphore handled;

        Signalling(OutputStream target, Semaphore handled) {
            super(target);
            this.handled = handled;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void flush() throws IOException {
            super.flush();
            handled.release();
        }

        @Override
        public void close() {
            handled.release(); // the healthy buffer itself stays readable
        }
    }

    /** Accepts one line, then fails like a disk that just filled up. */
    private static final class FailingAfterFirstLine extends OutputStream {
        private final OutputStream target;
        private boolean wrote;

        FailingAfterFirstLine(OutputStream target) {
            this.target = target;
        }

        @Override
        public void write(int b) throws IOException {
            target.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (wrote) {
                throw new IOException("disk full");
            }
            wrote = true;
            target.write(b, off, len);
        }

        @Override
        public void flush() throws IOException {
            target.flush();
        }

        @Override
        public void close() throws IOException {
            target.close();
        }
    }
}
