package io.purplemcp.adapters.mcp.http;

import static io.purplemcp.adapters.mcp.http.TestServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class ExchangeThreadsTest {

    @Test
    void argumentsNestedAsDeepAsJacksonAllowsAreAnswered() throws Exception {
        try (var t = TestServer.streamable()
                .httpExecutor(ExchangeThreads.create(100), () -> {})
                .start()) {
            var session = t.initialize();
            // With the envelope's three levels this stays under Jackson's default limit of 1000.
            int depth = 990;
            var nested = "[".repeat(depth) + "]".repeat(depth);
            var response = t.post(
                    "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/call\",\"params\":{\"name\":\"echo\","
                            + "\"arguments\":{\"text\":" + nested + "}}}",
                    "Mcp-Session-Id",
                    session);

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(json(response.body()).get("id").asInt()).isEqualTo(2);
        }
    }
}
