package io.purplemcp.adapters.sentinelone.purpleai;

import static io.purplemcp.adapters.sentinelone.testing.StubConsole.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.purplemcp.adapters.sentinelone.graphql.GraphQlClient;
import io.purplemcp.adapters.sentinelone.http.UpstreamHttp;
import io.purplemcp.adapters.sentinelone.testing.StubConsole;
import java.net.URI;
import java.time.Clock;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** The Purple AI session id: the configured one, or one made on the first question and kept. */
class PurpleAiSessionTest {

    private static final String TOKEN = "purple-token-77aa01";
    private static final String MESSAGE = "{\"data\":{\"purpleLaunchQuery\":{\"status\":{\"error\":null},"
            + "\"resultType\":\"MESSAGE\",\"result\":{\"message\":\"hello\"}}}}";
    private static final Pattern SESSION_ID = Pattern.compile("sessionId: \"([^\"]*)\"");

    @AutoClose
    private final StubConsole stub = new StubConsole();

    private final UpstreamHttp http = stub.client(TOKEN);

    @Test
    void withoutOneConfiguredEveryQuestionSendsTheSameRandomId() throws Exception {
        var client = client(Optional.empty());
        stub.answer(json(200, MESSAGE), json(200, MESSAGE));

        client.ask("first?", StubConsole.deadline());
        client.ask("second?", StubConsole.deadline());

        var sent = stub.requests().stream().map(PurpleAiSessionTest::sessionId).toList();
        assertThat(sent).hasSize(2).allMatch(id -> id.matches("[0-9a-f]{32}"));
        assertThat(sent.get(1)).isEqualTo(sent.get(0));
        assertThat(client(Optional.empty()).sent().sessionId())
                .as("another process's")
                .isPresent()
                .isNotEqualTo(Optional.of(sent.get(0)));
    }

    @Test
    void aConfiguredIdIsSentAsConfiguredEvenWhenEmpty() throws Exception {
        stub.answer(json(200, MESSAGE), json(200, MESSAGE));

        client(Optional.of("session-from-env")).ask("q?", StubConsole.deadline());
        client(Optional.of("")).ask("q?", StubConsole.deadline());

        assertThat(stub.requests().stream().map(PurpleAiSessionTest::sessionId))
                .containsExactly("session-from-env", "");
    }

    private PurpleAiClient client(Optional<String> sessionId) {
        var profile = new PurpleAiProfile(
                PurpleAiProfile.DEFAULT_ACCOUNT_ID,
                PurpleAiProfile.DEFAULT_TEAM_TOKEN,
                sessionId,
                Optional.empty(),
                Optional.of("ua"),
                Optional.empty(),
                Optional.empty(),
                PurpleAiProfile.DEFAULT_CONSOLE_VERSION);
        return new PurpleAiClient(
                new GraphQlClient(http, URI.create(stub.baseUrl() + "/web/api/v2.1/graphql"), "ApiToken " + TOKEN),
                profile,
                stub.baseUrl(),
                Clock.systemUTC(),
                false);
    }

    private static String sessionId(StubConsole.Recorded request) {
        try {
            var query =
                    new ObjectMapper().readTree(request.body()).path("query").textValue();
            var matcher = SESSION_ID.matcher(query);
            assertThat(matcher.find()).as(query).isTrue();
            return matcher.group(1);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }
}
