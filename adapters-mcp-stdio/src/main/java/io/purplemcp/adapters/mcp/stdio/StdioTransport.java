package io.purplemcp.adapters.mcp.stdio;

import com.fasterxml.jackson.databind.JsonNode;
import io.purplemcp.adapters.mcp.protocol.JsonCodec;
import io.purplemcp.adapters.mcp.protocol.JsonRpcError;
import io.purplemcp.adapters.mcp.protocol.McpSession;
import io.purplemcp.adapters.mcp.protocol.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * MCP over a child process's pipes: one JSON-RPC message per line on stdin, one per line on stdout,
 * nothing else ever on stdout. Requests are answered as they complete, so a slow tool call never
 * holds up a {@code ping}; end of input lets calls under way finish (within a bound) before returning.
 * A client that pipelines more tool calls than the {@link CallWindow} holds is slowed down through the
 * pipe rather than refused.
 */
public final class StdioTransport {

    private static final Logger LOG = LoggerFactory.getLogger(StdioTransport.class);

    private final McpSession session;
    private final InputStream in;
    private final OutputStream out;
    private final StdioLimits limits;
    private final JsonCodec codec = new JsonCodec();
    private final Object writeLock = new Object();
    private final Set<CompletableFuture<?>> repliesUnderWay = ConcurrentHashMap.newKeySet();
    private final CallWindow window;
    private volatile boolean outputBroken;

    public StdioTransport(McpSession session, InputStream in, OutputStream out, StdioLimits limits) {
        this.session = Objects.requireNonNull(session, "session");
        this.in = Objects.requireNonNull(in, "in");
        this.out = Objects.requireNonNull(out, "out");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.window = new CallWindow(limits.maxCallsInFlight());
    }

    /** Serves until stdin ends (or stdout breaks), then drains; returns when every reply is written. */
    public void run() throws IOException {
        var reader = new LineReader(in, limits.maxMessageBytes());
        LineReader.Line line;
        while (!outputBroken && (line = reader.next()) != null) {
            if (line instanceof LineReader.TooLong) {
                write(Messages.error(
                        null,
                        JsonRpcError.INVALID_REQUEST,
                        "Invalid request: the message exceeds " + limits.maxMessageBytes() + " bytes."));
            } else if (line instanceof LineReader.Complete complete && !isBlank(complete.bytes())) {
                try {
                    dispatch(complete.bytes());
                } catch (InterruptedException e) {
                    // Told to stop while waiting for the window: serve no more, as at end of input.
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        LOG.debug("stdin closed; waiting for calls under way");
        drain();
    }

    private void dispatch(byte[] bytes) throws InterruptedException {
        JsonNode message;
        try {
            message = codec.parse(bytes);
        } catch (JsonCodec.MalformedJson malformed) {
            write(Messages.parseError());
            return;
        }
        int slots = window.enter(message);
        var written = session.receive(message, this::write).whenComplete((reply, failure) -> {
            if (failure != null) {
                LOG.error("a message could not be answered", failure);
            } else if (reply != null) {
                write(reply);
            }
        });
        // Track the write, not the reply: end of input must wait until the reply is on stdout.
        repliesUnderWay.add(written);
        written.whenComplete((reply, failure) -> {
            repliesUnderWay.remove(written);
            window.leave(slots);
        });
    }

    private void drain() {
        var grace = limits.shutdownGrace();
        try {
            CompletableFuture.allOf(repliesUnderWay.toArray(CompletableFuture[]::new))
                    .get(grace.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            LOG.warn("calls still running {} s after stdin closed; cancelling them", grace.toSeconds());
            session.cancelAll();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            session.cancelAll();
        } catch (ExecutionException e) {
            LOG.debug("a reply failed while draining; it was logged when it failed");
        }
    }

    private void write(JsonNode message) {
        var bytes = codec.write(message);
        synchronized (writeLock) {
            if (outputBroken) {
                return;
            }
            try {
                out.write(bytes);
                out.write('\n');
                out.flush();
            } catch (IOException e) {
                // The client closed its end; nobody can read what we would write, so stop serving.
                outputBroken = true;
                LOG.info("stdout closed by the client: {}", e.getMessage());
                session.cancelAll();
            }
        }
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    /**
     * Bounds of the stdio transport.
     *
     * @param maxCallsInFlight how many tool calls may run or wait for the tool executor at once before
     *     the transport stops reading stdin; at most what that executor accepts without refusing work
     *     (on JDK 17 its queue), or the executor's refusals reach the client as errors again
     */
    public record StdioLimits(int maxMessageBytes, Duration shutdownGrace, int maxCallsInFlight) {

        public StdioLimits {
            if (maxMessageBytes < 1024) {
                throw new IllegalArgumentException("a message may be at least 1 KiB");
            }
            Objects.requireNonNull(shutdownGrace, "shutdownGrace");
            if (maxCallsInFlight < 1) {
                throw new IllegalArgumentException("at least one call must be allowed in flight");
            }
        }

        public static StdioLimits defaults() {
            // Enough to keep every core and a few dozen upstream requests busy for one client, and well
            // within the 256 calls the JDK 17 tool pool queues.
            return new StdioLimits(16 * 1024 * 1024, Duration.ofSeconds(10), 64);
        }
    }
}
