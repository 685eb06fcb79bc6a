package io.purplemcp.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class PurpleAiTest extends SandboxTest {

    PurpleAiTest() {
        super(SandboxOptions.defaults().withSlowDelay(Duration.ofSeconds(3)));
    }

    @Test
    void answersAPlainQuestionWithAMessage() {
        var response = client.purpleAi("What is a STAR rule?");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        var launch = client.read(response).at("/data/purpleLaunchQuery");
        assertThat(launch.get("resultType").asText()).isEqualTo("MESSAGE");
        assertThat(launch.at("/result/message").asText()).startsWith("Storyline Active Response (STAR) rules");
        assertThat(launch.at("/result/powerQuery").isNull()).isTrue();
        assertThat(launch.at("/status/state").asText()).isEqualTo("COMPLETED");
        assertThat(launch.at("/status/error").isNull()).isTrue();
        assertThat(launch.get("token").isNull()).isTrue();
    }

    @Test
    void answersAHuntWithAPowerQueryItsTimeRangeAndAnExplanation() {
        var launch = client.read(client.purpleAi("Show me PowerShell processes that connected to external IPs"))
                .at("/data/purpleLaunchQuery");

        assertThat(launch.get("resultType").asText()).isEqualTo("POWER_QUERY");
        assertThat(launch.at("/result/powerQuery/query").asText())
                .startsWith("event.type = 'IP Connect' and src.process.name contains 'powershell'")
                .contains("dst.ip.address matches '^(10\\.|192\\.168\\.")
                .endsWith("| limit 100");
        assertThat(launch.at("/result/powerQuery/timeRange/start").asLong()).isEqualTo(SandboxClient.START);
        assertThat(launch.at("/result/powerQuery/timeRange/end").asLong()).isEqualTo(SandboxClient.END);
        assertThat(launch.at("/result/powerQuery/viewSelector").asText()).isEqualTo("EDR");
        assertThat(launch.at("/result/message").asText()).contains("PowerShell");
        assertThat(launch.at("/result/suggestedQuestions/0/question").asText()).isNotBlank();
        assertThat(launch.get("token").asText()).isNotBlank();
    }

    @Test
    void aGenericHuntGetsTheBusiestEndpointsQueryAndAnswersAreDeterministic() {
        var first = client.purpleAi("Hunt for anything odd on my endpoints");
        var second = client.purpleAi("Hunt for anything odd on my endpoints");

        assertThat(client.read(first)
                        .at("/data/purpleLaunchQuery/result/powerQuery/query")
                        .asText())
                .isEqualTo("event.type = 'Process Creation' | group count() by endpoint.name | sort -count | limit 10");
        assertThat(second.body()).isEqualTo(first.body());
    }

    @Test
    void refusesAnythingButTheConfiguredTokenWithTheApiTokenScheme() {
        var bearer = post("Bearer", "{\"query\":\"{a}\",\"variables\":{\"input\":\"x\"}}");
        var wrong = new SandboxClient(console, "not-the-token").purpleAi("What is a STAR rule?");

        assertThat(bearer.statusCode()).isEqualTo(401);
        assertThat(wrong.statusCode()).isEqualTo(401);
        var error = client.read(wrong).at("/errors/0");
        assertThat(error.get("code").asInt()).isEqualTo(4010010);
        assertThat(error.get("title").asText()).isEqualTo("Authentication Failed");
        assertThat(client.read(bearer).at("/errors/0/detail").asText()).contains("ApiToken");
    }

    @Test
    void namesWhatIsWrongWithARequestThatDiffersFromTheContract() {
        var inlined = client.purpleAiDocument().replace("userInput: $input", "userInput: \"show me alerts\"");
        var missingField = client.purpleAiDocument().replace(" stepsCompleted token", " token");
        var extraField = client.purpleAiDocument().replace(" stepsCompleted token", " stepsCompleted token secret");

        var inlinedAnswer = client.read(client.purpleAi(inlined, "show me alerts", Duration.ofSeconds(5)));
        var missingAnswer = client.read(client.purpleAi(missingField, "x", Duration.ofSeconds(5)));
        var extraAnswer = client.read(client.purpleAi(extraField, "x", Duration.ofSeconds(5)));
        var syntax =
                client.read(client.purpleAi("query SimpleTestQuery($input: String!) {", "x", Duration.ofSeconds(5)));

        assertThat(inlinedAnswer.at("/errors/0/message").asText())
                .isEqualTo("request.inputContent.userInput must be the variable $input, found a string");
        assertThat(inlinedAnswer.get("data").isNull()).isTrue();
        assertThat(missingAnswer.at("/errors/0/message").asText()).contains("lacks \"stepsCompleted\"");
        assertThat(extraAnswer.at("/errors/0/message").asText())
                .isEqualTo("Cannot query field \"secret\" on type \"PurpleLaunchQueryResponse\".");
        assertThat(syntax.at("/errors/0/message").asText()).startsWith("Syntax Error:");
    }

    @Test
    void refusesABodyThatIsNotTheTwoKeyJsonObject() {
        var extraKey = post(
                "ApiToken",
                "{\"query\":\"{a}\",\"variables\":{\"input\":\"x\"},\"operationName\":\"SimpleTestQuery\"}");
        var notJson = post("ApiToken", "{");
        var noContentType = client.send(client.request(SandboxConsole.PURPLE_AI_PATH, Duration.ofSeconds(5))
                .header("Authorization", "ApiToken " + SandboxConsole.DEMO_TOKEN)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{}"))
                .build());

        assertThat(extraKey.statusCode()).isEqualTo(400);
        assertThat(extraKey.body()).contains("exactly the keys query and variables");
        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(noContentType.statusCode()).isEqualTo(415);
    }

    @Test
    void injectsServerErrorsAndThrottlingWithRetryAfter() {
        var serverError = client.purpleAi("Show me alerts sandbox:fault=500");
        var throttled = client.purpleAi("Show me alerts sandbox:fault=429");

        assertThat(serverError.statusCode()).isEqualTo(500);
        assertThat(client.read(serverError).at("/errors/0/title").asText()).isEqualTo("Internal Server Error");
        assertThat(throttled.statusCode()).isEqualTo(429);
        assertThat(throttled.headers().firstValue("Retry-After")).hasValue("1");
        assertThat(console.requests())
                .extracting(r -> r.injectedFault())
                .containsExactly("sandbox:fault=500", "sandbox:fault=429");
    }

    @Test
    void aLimitedFaultWearsOffSoThatARetrySucceeds() {
        var first = client.purpleAi("What is STAR? sandbox:fault=503*1");
        var retry = client.purpleAi("What is STAR? sandbox:fault=503*1");

        assertThat(first.statusCode()).isEqualTo(503);
        assertThat(retry.statusCode()).isEqualTo(200);
        assertThat(client.read(retry).at("/data/purpleLaunchQuery/resultType").asText())
                .isEqualTo("MESSAGE");
    }

    @Test
    void injectsAMalformedBody() {
        var response = client.purpleAi("What is STAR? sandbox:fault=malformed-json");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).startsWith("{\"data\":");
        assertThatThrownBy(() -> client.read(response)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void injectsAConnectionResetWithoutAResponse() {
        assertThatThrownBy(() -> client.purpleAi("What is STAR? sandbox:fault=reset"))
                .isInstanceOf(UncheckedIOException.class);
        assertThat(console.requests()).singleElement().satisfies(r -> {
            assertThat(r.status()).isZero();
            assertThat(r.injectedFault()).isEqualTo("sandbox:fault=reset");
        });
    }

    @Test
    void aSlowAnswerOutlastsTheClientDeadlineWithoutHoldingUpOtherRequests() throws Exception {
        var slow = CompletableFuture.supplyAsync(
                () -> client.purpleAi(
                        client.purpleAiDocument(), "What is STAR? sandbox:fault=slow", Duration.ofSeconds(2)),
                SandboxClient.ownThread());
        console.awaitRequest(r -> r.injectedFault().equals("sandbox:fault=slow"), Duration.ofSeconds(5));

        var meanwhile = client.purpleAi("What is STAR?");

        assertThat(meanwhile.statusCode()).isEqualTo(200);
        assertThat(slow)
                .failsWithin(5, TimeUnit.SECONDS)
                .withThrowableOfType(java.util.concurrent.ExecutionException.class)
                .havingCause()
                .isInstanceOf(UncheckedIOException.class)
                .withCauseInstanceOf(HttpTimeoutException.class);
    }

    @Test
    void injectsAnUnknownPurpleAiFailureAndAGraphQlError() {
        var unknown = client.read(client.purpleAi("Show me alerts sandbox:fault=query-error"));
        var graphQl = client.read(client.purpleAi("Show me alerts sandbox:fault=graphql-error"));

        assertThat(unknown.at("/data/purpleLaunchQuery/status/error/errorType").asText())
                .isEqualTo("UNKNOWN");
        assertThat(unknown.at("/data/purpleLaunchQuery/status/state").asText()).isEqualTo("FAILED");
        assertThat(unknown.at("/data/purpleLaunchQuery/result").isNull()).isTrue();
        assertThat(graphQl.at("/errors/0/message").asText()).startsWith("Cannot query field \"purpleLaunchQuery\"");
        assertThat(graphQl.get("data").isNull()).isTrue();
    }

    @Test
    void redirectsWhenAsked() {
        var response = client.purpleAi("What is STAR? sandbox:fault=redirect");

        assertThat(response.statusCode()).isEqualTo(307);
        assertThat(response.headers().firstValue("Location"))
                .hasValue(SandboxConsole.REDIRECT_TARGET_PREFIX + SandboxConsole.PURPLE_AI_PATH);
    }

    @Test
    void answersAMisspeltMarkerWith400() {
        var response = client.purpleAi("What is STAR? sandbox:fault=teapot");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("unknown sandbox fault mode 'teapot'");
        assertThat(client.purpleAi("sandbox:fault=500@poll").body()).contains("Purple AI has no poll request");
        assertThat(client.purpleAi("sandbox:fault=never-finishes").body()).contains("does not apply to Purple AI");
    }

    /** A raw body with the demo token under {@code scheme}. */
    private HttpResponse<String> post(String scheme, String body) {
        return client.postJson(
                SandboxConsole.PURPLE_AI_PATH, scheme + " " + SandboxConsole.DEMO_TOKEN, body, Duration.ofSeconds(5));
    }
}
