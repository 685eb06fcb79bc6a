package io.purplemcp.adapters.mcp.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.purplemcp.ports.out.security.Redactor;
import io.purplemcp.testsupport.mcp.CorpusTools;
import io.purplemcp.testsupport.mcp.FaultCorpus;
import io.purplemcp.testsupport.mcp.FaultCorpus.Case;
import io.purplemcp.testsupport.mcp.FaultCorpus.Session;
import io.purplemcp.testsupport.mcp.Handshake;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The fault corpus straight into a session, without a transport: every case that is one JSON value
 * gets the answer the spec gives (the transports add only the bytes that never become one), and the
 * session answers a normal request after it.
 */
class SessionFaultCorpusTest {

    private static final JsonCodec CODEC = new JsonCodec();
    private static final String INIT = Handshake.initialize("\"init\"");

    private final ExecutorService tools = Executors.newCachedThreadPool();
    private final McpServer server = new McpServer(
            new CorpusTools(), new ServerIdentity("PurpleAIMCP", "t", "1", "i"), tools, Redactor.none(), 100, false);

    @AfterEach
    void stop() {
        tools.shutdownNow();
    }

    @Test
    void everyCaseInAnInitializedSession() throws Exception {
        var session = server.newSession();
        assertThat(answer(session, INIT.getBytes(StandardCharsets.UTF_8)))
                .hasValueSatisfying(reply -> assertThat(reply.has("result")).isTrue());
        assertThat(answer(session, Handshake.INITIALIZED.getBytes(StandardCharsets.UTF_8)))
                .isEmpty();
        assertThat(session.clientReady()).isTrue();

        var wrong = new ArrayList<String>();
        var cases = parseable(Session.READY);
        for (int i = 0; i < cases.size(); i++) {
            check(session, cases.get(i), Session.READY, "probe-" + i, wrong);
        }
        assertThat(cases).hasSizeGreaterThan(300);
        assertThat(wrong).isEmpty();
    }

    @Test
    void everyCaseBeforeInitialize() throws Exception {
        var wrong = new ArrayList<String>();
        for (var c : parseable(Session.FRESH)) {
            var session = server.newSession();
            check(session, c, Session.FRESH, "probe", wrong);
            assertThat(session.clientReady()).as(c.toString()).isFalse();
        }
        assertThat(wrong).isEmpty();
    }

    private static List<Case> parseable(Session session) {
        return FaultCorpus.load(session).stream()
                .filter(c -> {
                    try {
                        CODEC.parse(c.bytes());
                        return true;
                    } catch (JsonCodec.MalformedJson malformed) {
                        return false;
                    }
                })
                .toList();
    }

    private static void check(McpSession session, Case c, Session kind, String probe, List<String> wrong)
            throws Exception {
        var reply = answer(session, c.bytes());
        boolean owed = c.answer() != FaultCorpus.Answer.NONE;
        if (owed ? reply.isEmpty() || !c.isAnsweredBy(reply.get()) : reply.isPresent()) {
            wrong.add(c + ": expected " + c.answer() + " " + c.code() + " id " + c.id() + ", got " + reply);
        }
        var probed = answer(session, FaultCorpus.probe(kind, probe));
        if (probed.isEmpty() || !FaultCorpus.answersProbe(probed.get(), kind, probe)) {
            wrong.add(c + ": the probe after it got " + probed);
        }
    }

    private static Optional<JsonNode> answer(McpSession session, byte[] bytes) throws Exception {
        return Optional.ofNullable(
                session.receive(CODEC.parse(bytes), notification -> {}).get(10, TimeUnit.SECONDS));
    }
}
