package io.purplemcp.adapters.mcp.http;

import static io.purplemcp.adapters.mcp.http.TestServer.echo;
import static io.purplemcp.adapters.mcp.http.TestServer.json;
import static io.purplemcp.adapters.mcp.http.TestServer.toolsList;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class ConcurrencyTest {

    private static final int CLIENTS = 200;

    @Test
    void twoHundredClientsAtOnceAllGetTheirAnswers() throws Exception {
        // A small bounded handler pool suffices: each handler keeps its thread only until its answer is written.
        try (var t = TestServer.streamable().httpThreads(16).maxSessions(1000).start()) {
            var clients = Executors.newFixedThreadPool(CLIENTS);
            var go = new CountDownLatch(1);
            try {
                var results = new ArrayList<Future<String>>();
                for (int i = 0; i < CLIENTS; i++) {
                    var text = "client-" + i;
                    results.add(clients.submit(() -> {
                        go.await();
                        var id = t.initialize();
                        var list = t.post(toolsList(2), "Mcp-Session-Id", id);
                        assertThat(json(list.body()).at("/result/tools").size()).isEqualTo(3);
                        var echoed = t.post(echo(3, text), "Mcp-Session-Id", id);
                        assertThat(echoed.statusCode()).isEqualTo(200);
                        return json(echoed.body()).at("/result/content/0/text").asText();
                    }));
                }
                go.countDown();

                List<String> answers = new ArrayList<>();
                for (var result : results) {
                    answers.add(result.get(50, TimeUnit.SECONDS));
                }

                assertThat(answers).hasSize(CLIENTS).doesNotHaveDuplicates().allMatch(a -> a.startsWith("client-"));
                assertThat(t.server.sessionCount()).isEqualTo(CLIENTS);
            } finally {
                clients.shutdownNow();
            }
        }
    }
}
