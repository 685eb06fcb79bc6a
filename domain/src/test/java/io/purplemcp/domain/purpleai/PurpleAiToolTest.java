package io.purplemcp.domain.purpleai;

import static io.purplemcp.testsupport.tools.CatalogCalls.failure;
import static io.purplemcp.testsupport.tools.CatalogCalls.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.purplemcp.domain.tools.ToolRegistry;
import io.purplemcp.ports.in.tools.CallContext;
import io.purplemcp.ports.in.tools.ToolHints;
import io.purplemcp.ports.in.tools.ToolResult;
import io.purplemcp.ports.out.purpleai.PurpleAi;
import io.purplemcp.ports.out.purpleai.PurpleAiAnswer;
import io.purplemcp.ports.out.telemetry.Telemetry;
import io.purplemcp.ports.out.upstream.UpstreamException;
import io.purplemcp.ports.out.upstream.UpstreamFailure;
import io.purplemcp.testsupport.tools.CatalogCalls;
import io.purplemcp.testsupport.tools.RecordingCallContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PurpleAiToolTest {

    static final Instant NOW = Instant.parse("2026-01-15T12:00:00Z");

    final FakePurpleAi purpleAi = new FakePurpleAi();
    final RecordingCallContext context = new RecordingCallContext();

    ToolResult ask(String question, FakePurpleAi.Reply reply) {
        purpleAi.reply = reply;
        var registry = new ToolRegistry(
                PurpleAiTools.all(purpleAi, Clock.fixed(NOW, ZoneOffset.UTC), PurpleAiTools.DEFAULT_TIMEOUT),
                Telemetry.none());
        return new CatalogCalls(registry).in(context).call("purple_ai", "query", question);
    }

    @Test
    void theDefinitionGuidesTheModel() {
        var definition = new PurpleAiTool((q, d) -> null, Clock.systemUTC(), Duration.ofSeconds(1)).definition();

        assertThat(definition.name()).isEqualTo("purple_ai");
        assertThat(definition.title()).isEqualTo("Ask Purple AI");
        assertThat(definition.hints()).isEqualTo(ToolHints.consoleRead());
        assertThat(definition.parameters()).singleElement().satisfies(p -> {
            assertThat(p.name()).isEqualTo("query");
            assertThat(p.required()).isTrue();
        });
        assertThat(definition.description())
                .contains("alert tools", "powerquery tool", "lsass.exe", "MITRE", "power_query", "start_datetime")
                .doesNotContainIgnoringCase("generate a powerquery for");
    }

    @Test
    void theQuestionIsSentVerbatimWithTheDeadline() {
        text(ask(" Show \"quoted\"\nlines ünïcode ", () -> new PurpleAiAnswer.Message("ok")));

        assertThat(purpleAi.questions).containsExactly(" Show \"quoted\"\nlines ünïcode ");
        assertThat(purpleAi.deadlines).containsExactly(NOW.plus(PurpleAiTools.DEFAULT_TIMEOUT));
    }

    @Test
    void aMessageIsReturnedAsIs() {
        assertThat(text(ask("q", () -> new PurpleAiAnswer.Message("STAR rules let you ..."))))
                .isEqualTo("STAR rules let you ...");
        assertThat(text(ask("", () -> new PurpleAiAnswer.Message("")))).isEmpty();
    }

    @Test
    void aPowerQueryComesWithItsTimeRangeAndExplanation() {
        var range = new PurpleAiAnswer.TimeRange(
                Instant.ofEpochMilli(1_736_850_000_000L), Instant.ofEpochMilli(1_736_936_400_000L));

        var text = text(ask(
                "q",
                () -> new PurpleAiAnswer.PowerQuery(
                        "event.type = 'IP Connect' | limit 100", Optional.of(range), "Finds outbound connections.")));

        assertThat(text)
                .isEqualTo("{\n"
                        + "  \"power_query\" : \"event.type = 'IP Connect' | limit 100\",\n"
                        + "  \"start_datetime\" : \"2025-01-14T10:20:00Z\",\n"
                        + "  \"end_datetime\" : \"2025-01-15T10:20:00Z\",\n"
                        + "  \"explanation\" : \"Finds outbound connections.\"\n"
                        + "}");
    }

    @Test
    void aPowerQueryWithoutTimeRangeHasNoWindow() {
        var text = text(ask("q", () -> new PurpleAiAnswer.PowerQuery("a\nb", Optional.empty(), "")));

        assertThat(text).isEqualTo("{\n  \"power_query\" : \"a\\nb\",\n  \"explanation\" : \"\"\n}");
    }

    @Test
    void anUnanswerableQuestionIsANormalAnswerAskingToRephrase() {
        assertThat(text(ask("q", PurpleAiAnswer.Unanswerable::new)))
                .isEqualTo("Purple AI encountered an error with this question. Please try rephrasing your question"
                        + " and submitting it again.");
    }

    @Test
    void aRefusalIsAnErrorWithItsReason() {
        assertThat(failure(ask("q", () -> new PurpleAiAnswer.Refused("INPUT_TOO_LONG: Too long"))))
                .isEqualTo("Purple AI request failed: Purple AI could not answer: INPUT_TOO_LONG: Too long");
    }

    @Test
    void anUpstreamFailureIsAnErrorWithItsExplanation() {
        assertThat(failure(ask("q", () -> {
                    throw new UpstreamException(new UpstreamFailure.ServerError(500, "Internal Server Error"));
                })))
                .isEqualTo("Purple AI request failed: HTTP 500 Internal Server Error: Internal Server Error. The"
                        + " console had a problem answering; try again later.");
    }

    @Test
    void anInterruptionIsACancellation() {
        assertThat(failure(ask("q", () -> {
                    throw new InterruptedException();
                })))
                .isEqualTo("The Purple AI request was cancelled before an answer arrived.");
    }

    @Test
    void aCancelledCallAsksNothing() {
        context.cancel();

        assertThat(failure(ask("q", () -> new PurpleAiAnswer.Message("never")))).contains("cancelled");
        assertThat(purpleAi.questions).isEmpty();
    }

    @Test
    void theTimeLimitIsPositiveAndUsed() {
        PurpleAi purpleAi = (q, d) -> new PurpleAiAnswer.Message(d.toString());
        var clock = Clock.fixed(NOW, ZoneOffset.UTC);

        assertThatThrownBy(() -> new PurpleAiTool(purpleAi, clock, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PurpleAiTool(purpleAi, clock, Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
        var tool = PurpleAiTools.all(purpleAi, clock, Duration.ofSeconds(7)).get(0);
        var arguments = io.purplemcp.domain.tools.ToolArguments.check(
                tool.definition().parameters(),
                JsonNodeFactory.instance.objectNode().put("query", "q"));
        assertThat(tool.call(arguments, CallContext.unobserved()))
                .isEqualTo(new ToolResult.Text("2026-01-15T12:00:07Z"));
    }
}
