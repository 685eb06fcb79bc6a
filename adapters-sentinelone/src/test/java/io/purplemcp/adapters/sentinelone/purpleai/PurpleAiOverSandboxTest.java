package io.purplemcp.adapters.sentinelone.purpleai;

import static io.purplemcp.adapters.sentinelone.testing.SandboxFixture.failure;
import static io.purplemcp.adapters.sentinelone.testing.SandboxFixture.purpleAi;
import static io.purplemcp.adapters.sentinelone.testing.SandboxFixture.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.purplemcp.adapters.sentinelone.ConsoleEndpoints;
import io.purplemcp.adapters.sentinelone.http.HttpTimeouts;
import io.purplemcp.adapters.sentinelone.testing.SandboxFixture;
import io.purplemcp.ports.out.purpleai.PurpleAiAnswer;
import io.purplemcp.sandbox.SandboxConsole;
import io.purplemcp.testsupport.logging.CapturedLogs;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The purple_ai tool end to end over real HTTPS against the sandbox console. */
class PurpleAiOverSandboxTest {

    SandboxFixture fixture = new SandboxFixture();

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void aPlainQuestionGetsAMessage() throws Exception {
        var text = text(purpleAi(fixture.console(), "What are STAR rules?"));

        assertThat(text).contains("STAR");
        var request = fixture.sandbox.requests().get(0);
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo(ConsoleEndpoints.DEFAULT_GRAPHQL);
        assertThat(request.authScheme()).contains("ApiToken");
        assertThat(request.header("User-Agent")).contains("sentinelone/purple-mcp (version 9.9.9-test)");
        assertThat(request.header("Content-Type")).contains("application/json");
        assertThat(request.header("Accept")).contains("application/json");
        var body = new ObjectMapper().readTree(request.body());
        assertThat(body.size()).isEqualTo(2);
        assertThat(body.path("variables").path("input").asText()).isEqualTo("What are STAR rules?");
        assertThat(body.path("query").asText()).contains("SimpleTestQuery", "purpleLaunchQuery", "PURPLE-MCP");
    }

    @Test
    void aHuntGetsAPowerQueryWithItsWindowAndExplanation() throws Exception {
        var answer = fixture.console()
                .purpleAi()
                .ask(
                        "Show PowerShell processes that connected to external IPs",
                        Instant.now().plusSeconds(30));

        assertThat(answer).isInstanceOfSatisfying(PurpleAiAnswer.PowerQuery.class, query -> {
            assertThat(query.query()).isNotBlank();
            assertThat(query.explanation()).isNotBlank();
            assertThat(query.timeRange()).isPresent();
            assertThat(Duration.between(
                            query.timeRange().get().start(),
                            query.timeRange().get().end()))
                    .isEqualTo(Duration.ofHours(24));
        });
        var text = text(purpleAi(fixture.console(), "Find unsigned processes that accessed lsass.exe"));
        assertThat(new ObjectMapper().readTree(text).fieldNames())
                .toIterable()
                .containsExactly("power_query", "start_datetime", "end_datetime", "explanation");
    }

    @Test
    void anUnknownPurpleAiFailureAsksToRephrase() {
        assertThat(text(purpleAi(fixture.console(), "why? sandbox:fault=query-error")))
                .startsWith("Purple AI encountered an error with this question.");
    }

    @Test
    void aWrongTokenIsUnauthorizedAndNotRetried() {
        var console = fixture.console(s -> s.withToken("ApiToken nope"));

        assertThat(failure(purpleAi(console, "hello"))).startsWith("Purple AI request failed: HTTP 401 Unauthorized");
        assertThat(fixture.sandbox.requests()).hasSize(1);
    }

    @Test
    void aTokenConfiguredWithItsSchemeIsNotPrefixedTwice() {
        var console = fixture.console(s -> s.withToken("ApiToken " + SandboxConsole.DEMO_TOKEN));

        assertThat(text(purpleAi(console, "What are STAR rules?"))).contains("STAR");
    }

    @ParameterizedTest
    @ValueSource(ints = {408, 429, 502, 503, 504})
    void transientFailuresAreRetriedBecauseTheQuestionIsARead(int status) {
        assertThat(text(purpleAi(fixture.console(), "What are STAR rules? sandbox:fault=" + status + "*2")))
                .contains("STAR");
        assertThat(fixture.sandbox.requests()).hasSize(3);
    }

    /** A fault the question cannot get past: the cause is named, after as many requests as may be tried. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            why? sandbox:fault=graphql-error | "Purple AI request failed: the console reported an error: GraphQL errors: " | 1
            q sandbox:fault=400              | Purple AI request failed: HTTP 400                                     | 1
            q sandbox:fault=404              | Purple AI request failed: HTTP 404                                     | 1
            q sandbox:fault=500              | Purple AI request failed: HTTP 500                                     | 1
            q sandbox:fault=501              | Purple AI request failed: HTTP 501                                     | 1
            q sandbox:fault=redirect         | Purple AI request failed: unexpected HTTP 307 Temporary Redirect       | 1
            q sandbox:fault=malformed-json   | Purple AI request failed: the console's answer could not be read: the answer is not JSON | 1
            q sandbox:fault=reset            | Purple AI request failed: the console could not be reached             | 4
            """)
    void aFaultEndsTheQuestionWithItsCauseNamed(String question, String failure, int requests) {
        assertThat(failure(purpleAi(fixture.console(), question))).startsWith(failure);
        assertThat(fixture.sandbox.requests()).hasSize(requests);
    }

    @Test
    void aResetAnswerIsRetried() {
        assertThat(text(purpleAi(fixture.console(), "What are STAR rules? sandbox:fault=reset*1")))
                .contains("STAR");
    }

    @Test
    void throttlingOnEveryAttemptEndsWithTheRetryAfter() {
        assertThat(failure(purpleAi(fixture.console(), "q sandbox:fault=429")))
                .startsWith("Purple AI request failed: HTTP 429 Too Many Requests (the console asked to wait 1 s)");
        assertThat(fixture.sandbox.requests()).hasSize(4);
        assertThat(fixture.retries.pauses())
                .containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(1));
    }

    @Test
    @Tag("deadline")
    void aSlowAnswerEndsAtTheDeadlineWithoutWaitingForTheBody() throws Exception {
        fixture = fixture.restartedWith(options -> options.withSlowDelay(Duration.ofSeconds(20)));
        var console = fixture.console(s -> s.withTimeouts(new HttpTimeouts(
                Duration.ofSeconds(5), Duration.ofSeconds(60), Duration.ofSeconds(5), Duration.ofSeconds(5))));
        long started = System.nanoTime();

        try {
            console.purpleAi().ask("q sandbox:fault=slow", Instant.now().plusMillis(1200));
            throw new AssertionError("answered");
        } catch (io.purplemcp.ports.out.upstream.UpstreamException e) {
            assertThat(e.failure().describe())
                    .isEqualTo("the console did not answer in time: no complete answer before the call's deadline");
        }
        // Far below the 20 s the sandbox holds the answer back, with room for a loaded machine.
        assertThat((System.nanoTime() - started) / 1_000_000).isBetween(1_100L, 8_000L);
    }

    @Test
    void neitherTheTokenNorTheQuestionIsLoggedByDefault() {
        var question = "Find logins of user secret-person-7f3a@example.com";
        text(purpleAi(fixture.console(), question));

        assertThat(CapturedLogs.entries())
                .noneMatch(e -> e.everything().contains("secret-person-7f3a"))
                .noneMatch(e -> e.everything().contains(io.purplemcp.sandbox.SandboxConsole.DEMO_TOKEN))
                .anyMatch(e -> e.message().contains("Querying Purple AI query_length=" + question.length()));
    }

    @Test
    void theUnsafeSwitchLogsTheQuestionButNeverTheToken() {
        var question = "Find logins of user unsafe-mode-9c1d";
        text(purpleAi(fixture.console(s -> s.withLogPayloads(true)), question));

        assertThat(CapturedLogs.entries())
                .anyMatch(e -> e.message().contains("raw_query=" + question))
                .noneMatch(e -> e.everything().contains(io.purplemcp.sandbox.SandboxConsole.DEMO_TOKEN));
    }
}
