package io.purplemcp.adapters.sentinelone.purpleai;

import static io.purplemcp.adapters.sentinelone.testing.StubConsole.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.purplemcp.adapters.sentinelone.graphql.GraphQlClient;
import io.purplemcp.adapters.sentinelone.testing.SettingsBuilder;
import io.purplemcp.adapters.sentinelone.testing.StubConsole;
import io.purplemcp.ports.out.purpleai.PurpleAiAnswer;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** A Purple AI question as sent: the document's time window and conversation, the question as a variable. */
class PurpleAiRequestTest {

    static final String TOKEN = "purple-token-5c0ffe";
    static final Instant NOW = Instant.parse("2026-12-04T12:00:00Z");

    @AutoClose
    final StubConsole stub = new StubConsole();

    final ObjectMapper json = new ObjectMapper();
    final PurpleAiClient client;

    PurpleAiRequestTest() {
        var settings = SettingsBuilder.trustingTheSandbox(stub.baseUrl(), TOKEN).build();
        client = new PurpleAiClient(
                new GraphQlClient(
                        stub.client(TOKEN), URI.create(stub.baseUrl() + "/web/api/v2.1/graphql"), "ApiToken " + TOKEN),
                settings.purpleAi(),
                stub.baseUrl(),
                Clock.fixed(NOW, ZoneOffset.UTC),
                false);
    }

    @Test
    void theQuestionTravelsAsAVariableInADocumentCoveringTheLastDay() throws Exception {
        stub.answer(json(
                200,
                "{\"data\":{\"purpleLaunchQuery\":{\"status\":{\"error\":null},\"resultType\":\"MESSAGE\","
                        + "\"result\":{\"message\":\"hello\"}}}}"));

        var answer = client.ask("who logged in \"today\"?", Instant.now().plusSeconds(30));

        assertThat(answer).isEqualTo(new PurpleAiAnswer.Message("hello"));
        var request = stub.only();
        assertThat(request.header("Authorization")).contains("ApiToken " + TOKEN);
        var body = json.readTree(request.body());
        assertThat(body.path("variables").path("input").textValue()).isEqualTo("who logged in \"today\"?");
        assertThat(body.path("query").textValue())
                .doesNotContain("who logged in")
                .contains("displayedTimeRange: { start: "
                        + NOW.minus(Duration.ofHours(24)).toEpochMilli() + ", end: " + NOW.toEpochMilli() + " }")
                .contains("baseUrl: \"" + stub.baseUrl() + "\"")
                .containsPattern("PURPLE-MCP[A-Za-z0-9]{10}\"");
    }

    @Test
    void eachQuestionStartsItsOwnConversation() {
        var ids = new HashSet<String>();
        for (int i = 0; i < 20; i++) {
            var id = client.conversationId();
            assertThat(id).matches("PURPLE-MCP[A-Za-z0-9]{10}");
            ids.add(id);
        }

        assertThat(ids).hasSizeGreaterThan(1);
    }
}
