package io.purplemcp.adapters.sentinelone.purpleai;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.purplemcp.ports.out.purpleai.PurpleAiAnswer;
import io.purplemcp.ports.out.upstream.UpstreamException;
import io.purplemcp.ports.out.upstream.UpstreamFailure;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How an answer is read, check by check, on the {@code data} object (docs/decisions/0015-purple-ai.md). */
class PurpleAiInterpretationTest {

    final ObjectMapper json = new ObjectMapper();

    PurpleAiAnswer answer(String launch) throws Exception {
        return PurpleAiClient.interpret(json.readTree("{\"purpleLaunchQuery\":" + launch + "}"));
    }

    String malformed(String launch) throws Exception {
        try {
            answer(launch);
        } catch (UpstreamException e) {
            assertThat(e.failure()).isInstanceOf(UpstreamFailure.MalformedResponse.class);
            return e.failure().detail();
        }
        throw new AssertionError("no failure");
    }

    @Test
    void aMessage() throws Exception {
        assertThat(answer("{\"result\":{\"message\":\"STAR rules ...\"},\"resultType\":\"MESSAGE\",\"status\":{}}"))
                .isEqualTo(new PurpleAiAnswer.Message("STAR rules ..."));
        assertThat(answer("{\"result\":{\"message\":null},\"resultType\":\"MESSAGE\",\"status\":{\"error\":null}}"))
                .isEqualTo(new PurpleAiAnswer.Message(""));
        assertThat(answer("{\"result\":{\"message\":42},\"resultType\":\"MESSAGE\",\"status\":{\"error\":{}}}"))
                .isEqualTo(new PurpleAiAnswer.Message("42"));
    }

    @Test
    void aPowerQueryWithItsTimeRangeAndExplanation() throws Exception {
        var answer = answer("{\"result\":{\"message\":\"Finds it.\",\"powerQuery\":{\"query\":\"a | b\","
                + "\"timeRange\":{\"start\":1736850000000,\"end\":1736936400000},\"viewSelector\":\"EDR\"}},"
                + "\"resultType\":\"POWER_QUERY\",\"status\":{\"state\":\"COMPLETED\",\"error\":null}}");

        assertThat(answer)
                .isEqualTo(new PurpleAiAnswer.PowerQuery(
                        "a | b",
                        Optional.of(new PurpleAiAnswer.TimeRange(
                                Instant.ofEpochMilli(1736850000000L), Instant.ofEpochMilli(1736936400000L))),
                        "Finds it."));
    }

    @Test
    void anOddTimeRangeIsLeftOut() throws Exception {
        for (var range : new String[] {
            "null",
            "{}",
            "{\"start\":2,\"end\":1}",
            "{\"start\":\"1\",\"end\":2}",
            "{\"start\":1.5,\"end\":2}",
            "{\"start\":1,\"end\":99999999999999999999}"
        }) {
            var answer = (PurpleAiAnswer.PowerQuery) answer("{\"result\":{\"powerQuery\":{\"query\":null,"
                    + "\"timeRange\":" + range + "}},\"resultType\":\"POWER_QUERY\",\"status\":{}}");
            assertThat(answer.timeRange()).as(range).isEmpty();
            assertThat(answer.query()).isEmpty();
            assertThat(answer.explanation()).isEmpty();
        }
    }

    @Test
    void anUnknownErrorIsUnanswerableAndOtherErrorsAreRefusals() throws Exception {
        assertThat(answer("{\"result\":null,\"resultType\":\"MESSAGE\",\"status\":{\"state\":\"FAILED\",\"error\":"
                        + "{\"errorDetail\":null,\"errorType\":\"UNKNOWN\",\"origin\":\"LaunchQueryManager\"}}}"))
                .isEqualTo(new PurpleAiAnswer.Unanswerable());
        assertThat(answer("{\"status\":{\"error\":{\"errorDetail\":\"Too long\",\"errorType\":\"INPUT_TOO_LONG\","
                        + "\"origin\":\"X\"}}}"))
                .isEqualTo(new PurpleAiAnswer.Refused("INPUT_TOO_LONG: Too long (origin: X)"));
        assertThat(answer("{\"status\":{\"error\":{\"errorType\":\"QUOTA\"}}}"))
                .isEqualTo(new PurpleAiAnswer.Refused("QUOTA"));
        assertThat(answer("{\"status\":{\"error\":\"boom\"}}")).isEqualTo(new PurpleAiAnswer.Refused("boom"));
        assertThat(answer("{\"status\":{\"error\":{\"other\":1}}}"))
                .isEqualTo(new PurpleAiAnswer.Refused("{\"other\":1}"));
        assertThat(answer("{\"status\":{\"error\":[1]}}")).isEqualTo(new PurpleAiAnswer.Refused("[1]"));
        assertThat(answer("{\"status\":{\"error\":7}}")).isEqualTo(new PurpleAiAnswer.Refused("7"));
        assertThat(answer("{\"status\":{\"error\":true}}")).isEqualTo(new PurpleAiAnswer.Refused("true"));
    }

    @Test
    void falsyErrorsAreNoErrors() throws Exception {
        for (var error : new String[] {"null", "{}", "\"\"", "[]", "0", "false"}) {
            assertThat(answer("{\"result\":{\"message\":\"ok\"},\"resultType\":\"MESSAGE\",\"status\":{\"error\":"
                            + error + "}}"))
                    .as(error)
                    .isEqualTo(new PurpleAiAnswer.Message("ok"));
        }
    }

    @Test
    void missingPartsAreMalformedAnswersInTheReferenceOrder() throws Exception {
        assertThat(malformed("null")).isEqualTo("Missing purpleLaunchQuery in response");
        assertThat(malformed("{}")).isEqualTo("Missing purpleLaunchQuery in response");
        assertThat(malformed("[1]")).isEqualTo("Missing purpleLaunchQuery in response");
        assertThat(PurpleAiClientTestAccess.missingLaunch(json)).isEqualTo("Missing purpleLaunchQuery in response");
        assertThat(malformed("{\"resultType\":\"MESSAGE\"}")).isEqualTo("Missing status in response");
        assertThat(malformed("{\"status\":null}")).isEqualTo("Missing status in response");
        assertThat(malformed("{\"status\":{},\"resultType\":null}")).isEqualTo("Invalid result type in response");
        assertThat(malformed("{\"status\":{},\"resultType\":3}")).isEqualTo("Invalid result type in response");
        assertThat(malformed("{\"status\":{},\"resultType\":\"SUMMARY\",\"result\":{}}"))
                .isEqualTo("Unexpected result type from Purple AI: SUMMARY");
        assertThat(malformed("{\"status\":{},\"resultType\":\"MESSAGE\",\"result\":null}"))
                .isEqualTo("Missing or invalid result in response");
        assertThat(malformed("{\"status\":{},\"resultType\":\"POWER_QUERY\",\"result\":{\"powerQuery\":null}}"))
                .isEqualTo("Invalid powerQuery in response");
    }

    @Test
    void theDocumentCarriesTheProfileAsLiteralsAndTheQuestionOnlyAsVariable() {
        var profile = new PurpleAiProfile(
                "acc\"}",
                "s3cr3t-team",
                Optional.of("s1"),
                Optional.empty(),
                Optional.of("ua ü"),
                Optional.of("2026"),
                Optional.empty(),
                "S");

        var document = PurpleAiDocument.build(
                profile,
                "https://c.example",
                "PURPLE-MCPabcdefghij",
                Instant.ofEpochMilli(1000),
                Instant.ofEpochMilli(2000));

        assertThat(document)
                .startsWith("query SimpleTestQuery($input: String!) { purpleLaunchQuery(request: {")
                .contains("isAsync: false", "contentType: NATURAL_LANGUAGE", "viewSelector: EDR", "userInput: $input")
                .contains("baseUrl: \"https://c.example\" version: \"S\"")
                .contains("conversation: { id: \"PURPLE-MCPabcdefghij\", messages: [], entitlements: null }")
                .contains("displayedTimeRange: { start: 1000, end: 2000 }")
                .contains(
                        "accountId: \"acc\\\"}\"",
                        "sessionId: \"s1\"",
                        "emailAddress: null",
                        "userAgent: \"ua \\u00fc\"")
                .contains("buildDate: \"2026\"", "buildHash: null")
                .endsWith(PurpleAiDocument.SELECTION + " } }");
        assertThat(document.split("NATURAL_LANGUAGE", -1)).hasSize(3);
        assertThat(profile.toString()).doesNotContain("s3cr3t");
    }
}
