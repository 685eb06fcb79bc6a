package io.purplemcp.adapters.mcp.stdio;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.purplemcp.adapters.mcp.protocol.McpServer;
import io.purplemcp.adapters.mcp.protocol.ServerIdentity;
import io.purplemcp.adapters.mcp.stdio.StdioTransport.StdioLimits;
import io.purplemcp.ports.out.security.Redactor;
import io.purplemcp.testsupport.mcp.CorpusTools;
import io.purplemcp.testsupport.mcp.FaultCorpus;
import io.purplemcp.testsupport.mcp.FaultCorpus.Case;
import io.purplemcp.testsupport.mcp.FaultCorpus.Session;
import io.purplemcp.testsupport.mcp.Handshake;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Every case of the fault corpus over stdio gets the answer the spec gives, and the server goes on serving. */
@Timeout(120)
class StdioFaultCorpusTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String INIT = Handshake.initialize("\"init\"");

    private final ExecutorService tools = Executors.newCachedThreadPool();
    private final ExecutorService runner = Executors.newSingleThreadExecutor();

    @AfterEach
    void stop() {
        tools.shutdownNow();
        runner.shutdownNow();
    }

    private StdioTransport transport(java.io.InputStream in, OutputStream out) {
        var server = new McpServer(
                new CorpusTools(),
                new ServerIdentity("PurpleAIMCP", "t", "1", "i"),
                tools,
                Redactor.none(),
                100,
                false);
        return new StdioTransport(
                server.newSession(), in, out, new StdioLimits(1024 * 1024, Duration.ofSeconds(5), 64));
    }

    @Test
    void everyCaseInAnInitializedSession() throws Exception {
        var cases = FaultCorpus.load(Session.READY);
        var messages = new LinkedBlockingQueue<JsonNode>();
        var clientEnd = new PipedOutputStream();
        var serverIn = new PipedInputStream(clientEnd, 1 << 20);
        var served = runner.submit(() -> {
            transport(serverIn, new Lines(messages)).run();
            return null;
        });
        send(clientEnd, INIT.getBytes(StandardCharsets.UTF_8));
        send(clientEnd, Handshake.INITIALIZED.getBytes(StandardCharsets.UTF_8));
        assertThat(next(messages).path("id").asText()).isEqualTo("init");

        var wrong = new ArrayList<String>();
        for (int i = 0; i < cases.size(); i++) {
            var c = cases.get(i);
            var probe = "probe-" + i;
            send(clientEnd, c.bytes());
            send(clientEnd, FaultCorpus.probe(Session.READY, probe));
            if (!check(c, probe, Session.READY, messages, wrong)) {
                break; // the server stopped answering: the rest would only time out
            }
        }
        clientEnd.close();
        served.get(30, TimeUnit.SECONDS);

        assertThat(cases).hasSizeGreaterThanOrEqualTo(500);
        assertThat(wrong).isEmpty();
    }

    @Test
    void everyCaseBeforeInitialize() throws Exception {
        var cases = FaultCorpus.load(Session.FRESH);
        var wrong = new ArrayList<String>();
        for (var c : cases) {
            var input = new ByteArrayOutputStream();
            input.write(c.bytes());
            input.write('\n');
            input.write(FaultCorpus.probe(Session.FRESH, "probe"));
            input.write('\n');
            var messages = new LinkedBlockingQueue<JsonNode>();
            transport(new ByteArrayInputStream(input.toByteArray()), new Lines(messages))
                    .run();
            check(c, "probe", Session.FRESH, messages, wrong);
        }
        assertThat(wrong).isEmpty();
    }

    /** Reads until the probe is answered (and the case too, when it is owed an answer); notes any mismatch. */
    private static boolean check(
            Case c, String probe, Session session, BlockingQueue<JsonNode> messages, List<String> wrong)
            throws InterruptedException {
        var answers = new ArrayList<JsonNode>();
        boolean probed = false;
        boolean owed = c.answer() != FaultCorpus.Answer.NONE;
        while (!probed || (owed && answers.isEmpty())) {
            var message = messages.poll(10, TimeUnit.SECONDS);
            if (message == null) {
                wrong.add(c + ": " + (probed ? "no answer" : "the probe was not answered") + ", got " + answers);
                return probed;
            }
            if (message.has("method")) {
                continue; // a notification of ours (a log message), not an answer
            }
            if (FaultCorpus.answersProbe(message, session, probe)) {
                probed = true;
            } else {
                answers.add(message);
            }
        }
        if (owed ? answers.size() != 1 || !c.isAnsweredBy(answers.get(0)) : !answers.isEmpty()) {
            wrong.add(c + ": expected " + c.answer() + " " + c.code() + " id " + c.id() + ", got " + answers);
        }
        return true;
    }

    private static void send(OutputStream out, byte[] bytes) throws IOException {
        out.write(bytes);
        out.write('\n');
        out.flush();
    }

    private static JsonNode next(BlockingQueue<JsonNode> messages) throws InterruptedException {
        var message = messages.poll(10, TimeUnit.SECONDS);
        assertThat(message).as("an answer within 10 s").isNotNull();
        return message;
    }

    /** Stdout split into messages; a line that is not JSON fails the test where it is read. */
    private static final class Lines extends OutputStream {
        private final BlockingQueue<JsonNode> messages;
        private final ByteArrayOutputStream line = new ByteArrayOutputStream();

        Lines(BlockingQueue<JsonNode> messages) {
            this.messages = messages;
        }

        @Override
        public synchronized void write(int b) {
            if (b != '\n') {
                line.write(b);
                return;
            }
            try {
                messages.add(JSON.readTree(line.toByteArray()));
            } catch (IOException e) {
                throw new UncheckedIOException("stdout carried a line that is not JSON", e);
            }
            line.reset();
        }
    }
}
