package io.purplemcp.adapters.mcp.http.auth;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes audit events as JSON lines on its own thread. Recording never blocks a request: each event is
 * rendered on the recording thread (microseconds, spread evenly over the calls; rendered in the writer's
 * bursts, the same work took a core away for a fraction of a millisecond every burst, which showed in
 * the calls' tail latency), and its line goes into a bounded queue, dropped (and counted) when it is
 * full. A destination that cannot be opened or written (full disk, permissions) is reported once
 * through {@code problems}, again only after it has worked in between; serving continues either way.
 */
public final class AuditLog implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AuditLog.class);
    private static final int CAPACITY = 10_000;
    private static final long LINGER_NANOS = TimeUnit.MILLISECONDS.toNanos(20);

    /** Opens the destination; called on the writer thread, again after a failure. */
    @FunctionalInterface
    public interface Destination {
        OutputStream open() throws IOException;
    }

    private final Destination destination;
    private final Consumer<String> problems;
    private final BlockingQueue<byte[]> queue;
    private final Thread writer;
    private final JsonFactory json = new JsonFactory();
    private volatile boolean closing;
    private OutputStream out; // writer thread only
    private boolean failing; // writer thread only
    private final AtomicLong droppedCount = new AtomicLong();
    private long dropped; // writer thread only

    public AuditLog(Destination destination, Consumer<String> problems) {
        this(destination, problems, CAPACITY);
    }

    AuditLog(Destination destination, Consumer<String> problems, int capacity) {
        this.destination = destination;
        this.problems = problems;
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.writer = new Thread(this::run, "purple-mcp-audit");
        this.writer.setDaemon(true);
        this.writer.start();
    }

    /** Reports a problem with the destination as an ERROR log line, which goes to stderr. */
    public static Consumer<String> problemsToLog() {
        return LOG::error;
    }

    /** Queues an event; never waits. */
    public void record(AuditEvent event) {
        if (!queue.offer(line(event))) {
            droppedCount.incrementAndGet();
        }
    }

    /** Writes what is queued (waiting up to a few seconds), then stops the writer. */
    @Override
    public void close() {
        closing = true;
        writer.interrupt();
        try {
            writer.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        while (true) {
            byte[] line;
            try {
                line = queue.poll(1, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                if (!closing) {
                    continue;
                }
                line = null;
            }
            if (line != null) {
                if (!closing) {
                    // One wake-up and one write per burst of calls rather than per call (at thousands of
                    // calls a second, a wake-up and a flush per call cost a third of the throughput); a
                    // line is at most this much late.
                    LockSupport.parkNanos(LINGER_NANOS);
                }
                var batch = new ArrayList<byte[]>();
                batch.add(line);
                queue.drainTo(batch);
                write(batch);
                continue;
            }
            reportDrops();
            if (closing) {
                // Whatever arrived before close still goes out.
                var rest = new ArrayList<byte[]>();
                queue.drainTo(rest);
                if (!rest.isEmpty()) {
                    write(rest);
                }
                reportDrops();
                closeQuietly();
                return;
            }
        }
    }

    private void write(List<byte[]> batch) {
        var lines = new ByteArrayOutputStream(
                batch.stream().mapToInt(line -> line.length).sum());
        batch.forEach(lines::writeBytes);
        try {
            if (out == null) {
                out = destination.open();
            }
            lines.writeTo(out);
            out.flush();
            failing = false;
        } catch (IOException | RuntimeException e) {
            closeQuietly();
            if (!failing) {
                failing = true;
                problems.accept("audit log: cannot write (" + e.getClass().getSimpleName()
                        + "); audit lines are lost until it works again, serving continues");
            }
        }
    }

    private void reportDrops() {
        long now = droppedCount.getAndSet(0);
        if (now > 0) {
            dropped += now;
            LOG.warn("audit log: {} events dropped because the writer fell behind ({} in total)", now, dropped);
        }
    }

    private void closeQuietly() {
        if (out != null) {
            try {
                out.close();
            } catch (IOException e) {
                LOG.debug("closing the audit log: {}", e.toString());
            }
            out = null;
        }
    }

    /** The event as one JSON line, newline included. */
    private byte[] line(AuditEvent event) {
        var line = new ByteArrayOutputStream(256);
        try (JsonGenerator g = json.createGenerator(line)) {
            render(event, g);
            g.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return line.toByteArray();
    }

    private static void render(AuditEvent event, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("time", event.time().toString());
        if (event instanceof AuditEvent.ToolCall call) {
            g.writeStringField("event", "tool_call");
            g.writeStringField("identity", call.identity());
            g.writeStringField("client", call.client());
            writeIfPresent(g, "session", call.session());
            g.writeStringField("request_id", call.requestId());
            g.writeStringField("tool", call.tool());
            g.writeStringField("arguments_sha256", call.argumentsSha256());
            g.writeStringField("outcome", call.outcome());
            if (call.upstreamStatus().isPresent()) {
                g.writeNumberField("upstream_status", call.upstreamStatus().get());
            }
            g.writeNumberField("duration_ms", call.duration().toMillis());
        } else if (event instanceof AuditEvent.Refusal refusal) {
            g.writeStringField("event", "authorization_failure");
            writeIfPresent(g, "identity", refusal.identity());
            g.writeStringField("client", refusal.client());
            g.writeStringField("method", refusal.method());
            g.writeStringField("path", refusal.path());
            g.writeNumberField("status", refusal.status());
            g.writeStringField("reason", refusal.reason());
        }
        g.writeEndObject();
    }

    private static void writeIfPresent(JsonGenerator g, String name, Optional<String> value) throws IOException {
        if (value.isPresent()) {
            g.writeStringField(name, value.get());
        }
    }
}
