package io.purplemcp.adapters.mcp.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.purplemcp.testsupport.mcp.CorpusTools;
import io.purplemcp.testsupport.mcp.FaultCorpus;
import io.purplemcp.testsupport.mcp.FaultCorpus.Case;
import io.purplemcp.testsupport.mcp.FaultCorpus.Session;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Every case of the fault corpus over Streamable HTTP and over HTTP+SSE gets the answer the spec gives,
 * and the server answers a normal request afterwards.
 */
@Timeout(180)
class HttpFaultCorpusTest {

    private static final List<Case> CASES = FaultCorpus.load();

    @Test
    void streamableHttpInAnInitializedSession() throws Exception {
        try (var t = TestServer.streamable().catalog(new CorpusTools()).start()) {
            var session = t.initialize();
            var wrong = new ArrayList<String>();
            int sent = 0;
            for (var c : CASES) {
                if (c.session() != Session.READY) {
                    continue;
                }
                var response = post(t, c.bytes(), session);
                verdict(c, response.statusCode(), answersIn(response), wrong);
                var probe = "probe-" + sent++;
                var answer = answersIn(post(t, FaultCorpus.probe(Session.READY, probe), session));
                if (answer.size() != 1 || !FaultCorpus.answersProbe(answer.get(0), Session.READY, probe)) {
                    wrong.add(c + ": the probe got " + answer);
                }
            }
            assertThat(sent).isGreaterThanOrEqualTo(500);
            assertThat(wrong).isEmpty();
        }
    }

    /** Without a session, Streamable HTTP answers only initialize; anything else is a 400. */
    @Test
    void streamableHttpBeforeInitialize() throws Exception {
        try (var t = TestServer.streamable()
                .catalog(new CorpusTools())
                .maxSessions(1000)
                .start()) {
            var wrong = new ArrayList<String>();
            for (var c : CASES) {
                if (c.session() != Session.FRESH) {
                    continue;
                }
                var response = post(t, c.bytes(), null);
                if (c.initialize()) {
                    verdict(c, response.statusCode(), answersIn(response), wrong);
                } else if (response.statusCode() != 400) {
                    wrong.add(c + ": expected 400 without a session, got " + response.statusCode());
                }
                if (t.post(TestServer.initializeBody("2025-06-18")).statusCode() != 200) {
                    wrong.add(c + ": initialize failed afterwards");
                }
            }
            assertThat(wrong).isEmpty();
        }
    }

    @Test
    void legacySseInAnInitializedSession() throws Exception {
        try (var t = TestServer.sse().catalog(new CorpusTools()).start();
                var stream = new Stream(t)) {
            stream.handshake();
            var wrong = new ArrayList<String>();
            int sent = 0;
            for (var c : CASES) {
                if (c.session() == Session.READY) {
                    stream.replay(c, "probe-" + sent++, wrong);
                }
            }
            assertThat(sent).isGreaterThanOrEqualTo(500);
            assertThat(wrong).isEmpty();
        }
    }

    @Test
    void legacySseBeforeInitialize() throws Exception {
        try (var t =
                TestServer.sse().catalog(new CorpusTools()).maxSessions(1000).start()) {
            var wrong = new ArrayList<String>();
            for (var c : CASES) {
                if (c.session() == Session.FRESH) {
                    try (var stream = new Stream(t)) {
                        stream.replay(c, "probe", wrong);
                    }
                }
            }
            assertThat(wrong).isEmpty();
        }
    }

    private static void verdict(Case c, int status, List<JsonNode> answers, List<String> wrong) {
        if (c.answer() == FaultCorpus.Answer.NONE) {
            if (status != 202 || !answers.isEmpty()) {
                wrong.add(c + ": expected 202 and no answer, got " + status + " " + answers);
            }
        } else if ((status != 200 && status != 400) || answers.size() != 1 || !c.isAnsweredBy(answers.get(0))) {
            wrong.add(c + ": expected " + c.answer() + " " + c.code() + " id " + c.id() + ", got " + status + " "
                    + answers);
        }
    }

    private static HttpResponse<String> post(TestServer t, byte[] body, String session) {
        var request = t.request("/mcp")
                .header("Accept", TestServer.ACCEPT_BOTH)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (session != null) {
            request.header("Mcp-Session-Id", session);
        }
        return TestServer.send(request.build());
    }

    /** The JSON-RPC answers in a response: its JSON body, or the messages of its event stream. */
    private static List<JsonNode> answersIn(HttpResponse<String> response) {
        var answers = new ArrayList<JsonNode>();
        var type = response.headers().firstValue("content-type").orElse("");
        if (type.startsWith("application/json") && !response.body().isEmpty()) {
            answers.add(TestServer.json(response.body()));
        } else if (type.startsWith("text/event-stream")) {
            for (var line : response.body().split("\n")) {
                if (line.startsWith("data:")) {
                    var message = TestServer.json(line.substring("data:".length()));
                    if (!message.has("method")) {
                        answers.add(message);
                    }
                }
            }
        }
        return answers;
    }

    /** One legacy SSE session: its stream read on a thread of its own, its message endpoint. */
    private static final class Stream implements AutoCloseable {
        private final TestServer t;
        private final InputStream body;
        private final BlockingQueue<JsonNode> messages = new LinkedBlockingQueue<>();
        private final String endpoint;
        private final Thread reader;

        Stream(TestServer t) throws IOException {
            this.t = t;
            var response = TestServer.stream(t.request("/sse")
                    .header("Accept", "text/event-stream")
                    .GET()
                    .build());
            body = response.body();
            var events = new SseReader(body);
            endpoint = events.nextEvent().data();
            reader = new Thread(() -> {
                try {
                    SseReader.Event event;
                    while ((event = events.nextEvent()) != null) {
                        if (event.name().equals("message")) {
                            var message = TestServer.json(event.data());
                            if (!message.has("method")) {
                                messages.add(message);
                            }
                        }
                    }
                } catch (IOException closed) {
                    // the test closed the stream
                }
            });
            reader.setDaemon(true);
            reader.start();
        }

        void handshake() throws InterruptedException {
            send(TestServer.initializeBody("2024-11-05").getBytes(StandardCharsets.UTF_8));
            assertThat(messages.poll(10, TimeUnit.SECONDS)).isNotNull();
            send(TestServer.initialized().getBytes(StandardCharsets.UTF_8));
        }

        void replay(Case c, String probe, List<String> wrong) throws InterruptedException {
            var response = send(c.bytes());
            var answers = new ArrayList<JsonNode>();
            if (response.statusCode() == 400) {
                answers.add(TestServer.json(response.body()));
            } else if (response.statusCode() != 202) {
                wrong.add(c + ": status " + response.statusCode());
                return;
            }
            send(FaultCorpus.probe(c.session(), probe));
            boolean owed = c.answer() != FaultCorpus.Answer.NONE;
            boolean probed = false;
            while (!probed || (owed && answers.isEmpty())) {
                var message = messages.poll(10, TimeUnit.SECONDS);
                if (message == null) {
                    wrong.add(c + ": " + (probed ? "no answer" : "the probe was not answered") + ", got " + answers);
                    return;
                }
                if (FaultCorpus.answersProbe(message, c.session(), probe)) {
                    probed = true;
                } else {
                    answers.add(message);
                }
            }
            verdict(c, owed ? 200 : 202, answers, wrong);
        }

        private HttpResponse<String> send(byte[] bytes) {
            return TestServer.send(t.request(endpoint)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(bytes))
                    .build());
        }

        @Override
        public void close() throws IOException {
            body.close();
        }
    }
}
