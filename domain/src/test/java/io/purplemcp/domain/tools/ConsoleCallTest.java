package io.purplemcp.domain.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.purplemcp.ports.in.tools.CallContext;
import io.purplemcp.ports.out.upstream.UpstreamException;
import io.purplemcp.ports.out.upstream.UpstreamFailure;
import io.purplemcp.testsupport.tools.RecordingCallContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ConsoleCallTest {

    static final Instant NOW = Instant.parse("2026-01-15T12:00:00Z");
    static final ConsoleCall.Ending ENDING = new ConsoleCall.Ending(
            "stopped.", failure -> "failed: " + failure.getClass().getSimpleName());

    final ConsoleCall console = new ConsoleCall(Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofSeconds(30));
    final List<Instant> deadlines = new ArrayList<>();

    @Test
    void theRequestGetsTheTimeLimitFromNowAsItsDeadline() {
        var answer = console.send(CallContext.unobserved(), ENDING, deadline -> {
            deadlines.add(deadline);
            return "answer";
        });

        assertThat(answer).isEqualTo("answer");
        assertThat(deadlines).containsExactly(NOW.plusSeconds(30));
    }

    @Test
    void requestsSharingADeadlineGetThatDeadline() {
        var shared = NOW.plusSeconds(7);

        ConsoleCall.send(CallContext.unobserved(), shared, ENDING, deadline -> deadlines.add(deadline));

        assertThat(deadlines).containsExactly(shared);
    }

    @Test
    void aCallAlreadyCancelledSendsNothing() {
        assertThatThrownBy(() -> console.send(RecordingCallContext.alreadyCancelled(), ENDING, deadline -> {
                    deadlines.add(deadline);
                    return "answer";
                }))
                .isInstanceOf(ToolFailure.class)
                .hasMessage("stopped.");
        assertThat(deadlines).isEmpty();
    }

    @Test
    void anInterruptionWhileWaitingIsACancellation() {
        assertThatThrownBy(() -> console.send(CallContext.unobserved(), ENDING, deadline -> {
                    throw new InterruptedException("cancelled");
                }))
                .isInstanceOf(ToolFailure.class)
                .hasMessage("stopped.");
    }

    static Stream<UpstreamFailure> failures() {
        return Stream.of(
                new UpstreamFailure.Unauthorized(401, ""),
                new UpstreamFailure.RateLimited(Optional.empty(), ""),
                new UpstreamFailure.ClientError(400, ""),
                new UpstreamFailure.ServerError(503, ""),
                new UpstreamFailure.UnexpectedStatus(302, ""),
                new UpstreamFailure.Timeout(""),
                new UpstreamFailure.Transport(""),
                new UpstreamFailure.MalformedResponse(""),
                new UpstreamFailure.QueryError(""));
    }

    @ParameterizedTest
    @MethodSource("failures")
    void eachUpstreamFailureReadsAsTheEndingSaysAndKeepsItsCause(UpstreamFailure failure) {
        var upstream = new UpstreamException(failure);

        assertThatThrownBy(() -> console.send(CallContext.unobserved(), ENDING, deadline -> {
                    throw upstream;
                }))
                .isInstanceOf(ToolFailure.class)
                .hasMessage("failed: " + failure.getClass().getSimpleName())
                .hasCause(upstream);
    }

    @ParameterizedTest
    @MethodSource("failures")
    void theExplainedEndingIsThePrefixThenThePlainExplanation(UpstreamFailure failure) {
        var ending = ConsoleCall.Ending.explained("stopped.", "Failed to look: ");

        assertThat(ending.failed().apply(failure)).isEqualTo("Failed to look: " + UpstreamFailures.explain(failure));
        assertThat(ending.cancelled()).isEqualTo("stopped.");
    }

    @Test
    void theTimeLimitIsPositive() {
        var clock = Clock.fixed(NOW, ZoneOffset.UTC);

        assertThatThrownBy(() -> new ConsoleCall(clock, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must be positive");
        assertThatThrownBy(() -> new ConsoleCall(clock, Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new ConsoleCall(clock, Duration.ofMillis(1))).isNotNull();
    }
}
