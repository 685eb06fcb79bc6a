package io.purplemcp.adapters.mcp.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.purplemcp.ports.in.tools.LogLevel;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The link between a running tool and its client: what reaches the client, and when nothing does. */
class RunningCallTest {

    private final List<ObjectNode> sent = new CopyOnWriteArrayList<>();

    private RunningCall call(String progressToken, ProtocolVersion version, Optional<LogLevel> threshold) {
        return new RunningCall(
                progressToken == null ? null : TextNode.valueOf(progressToken), sent::add, version, () -> threshold);
    }

    private RunningCall call() {
        return call("tok", ProtocolVersion.LATEST, Optional.of(LogLevel.INFO));
    }

    @Test
    void progressCarriesTheTokenTotalAndMessage() {
        call().progress(1, 4.0, "one of four");

        assertThat(sent).hasSize(1);
        var notification = sent.get(0);
        assertThat(notification.path("method").asText()).isEqualTo("notifications/progress");
        var params = notification.path("params");
        assertThat(params.path("progressToken").asText()).isEqualTo("tok");
        assertThat(params.path("progress").asDouble()).isEqualTo(1.0);
        assertThat(params.path("total").asDouble()).isEqualTo(4.0);
        assertThat(params.path("message").asText()).isEqualTo("one of four");
    }

    @Test
    void progressWithoutTotalOrMessageLeavesThemOut() {
        call().progress(1, null, null);

        var params = sent.get(0).path("params");
        assertThat(params.has("total")).isFalse();
        assertThat(params.has("message")).isFalse();
    }

    @Test
    void aRevisionWithoutProgressMessagesGetsNone() {
        call("tok", ProtocolVersion.V2024_11_05, Optional.empty()).progress(1, 2.0, "half");

        assertThat(sent.get(0).path("params").has("message")).isFalse();
        assertThat(sent.get(0).path("params").path("total").asDouble()).isEqualTo(2.0);
    }

    @Test
    void progressOnlyWithATokenAndOnlyWhenItIncreases() {
        call(null, ProtocolVersion.LATEST, Optional.empty()).progress(1, null, null);
        assertThat(sent).isEmpty();

        var call = call();
        call.progress(1, null, null);
        call.progress(1, null, null);
        call.progress(0.5, null, null);
        call.progress(1.5, null, null);

        assertThat(sent)
                .extracting(n -> n.path("params").path("progress").asDouble())
                .containsExactly(1.0, 1.5);
    }

    @Test
    void nothingIsSentOnceTheCallIsFinishedOrCancelled() {
        var finished = call();
        assertThat(finished.finish()).isTrue();
        finished.progress(1, null, null);
        finished.log(LogLevel.ERROR, "late");

        var cancelled = call();
        cancelled.cancel();
        cancelled.progress(1, null, null);
        cancelled.log(LogLevel.ERROR, "late");

        assertThat(sent).isEmpty();
        assertThat(cancelled.finish()).isFalse();
    }

    @Test
    void logMessagesAtOrAboveTheClientsThreshold() {
        var call = call("tok", ProtocolVersion.LATEST, Optional.of(LogLevel.WARNING));
        call.log(LogLevel.INFO, "below");
        call.log(LogLevel.WARNING, "at");
        call.log(LogLevel.ERROR, "above");

        assertThat(sent).extracting(n -> n.path("params").path("data").asText()).containsExactly("at", "above");
        var params = sent.get(0).path("params");
        assertThat(sent.get(0).path("method").asText()).isEqualTo("notifications/message");
        assertThat(params.path("level").asText()).isEqualTo("warning");
        assertThat(params.path("logger").asText()).isEqualTo("purple-mcp");
    }

    @Test
    void noThresholdMeansNoLogMessages() {
        call("tok", ProtocolVersion.LATEST, Optional.empty()).log(LogLevel.EMERGENCY, "unheard");

        assertThat(sent).isEmpty();
    }

    @Test
    void cancelRunsEachActionOnceAndLaterActionsAtOnce() {
        var call = call();
        var runs = new AtomicInteger();
        call.onCancel(runs::incrementAndGet);
        assertThat(call.isCancelled()).isFalse();
        assertThat(runs).hasValue(0);

        call.cancel();
        call.cancel();
        assertThat(call.isCancelled()).isTrue();
        assertThat(runs).hasValue(1);

        call.onCancel(runs::incrementAndGet);
        assertThat(runs).hasValue(2);
    }

    @Test
    void aFinishedCallCannotBeCancelled() {
        var call = call();
        var runs = new AtomicInteger();
        call.onCancel(runs::incrementAndGet);
        call.finish();

        call.cancel();

        assertThat(call.isCancelled()).isFalse();
        assertThat(runs).hasValue(0);
    }

    @Test
    void aCancellationThatComesAsTheCallEndsLeavesTheWorkerThreadAlone() {
        var call = call();
        // The call ends while the cancellation runs its actions, before it reaches the interrupt.
        call.onCancel(call::finish);
        call.startOn(Thread.currentThread());

        call.cancel();

        assertThat(Thread.interrupted()).isFalse();
    }

    @Test
    void cancelInterruptsTheWorkerAndAWorkerStartedLateIsInterruptedAtOnce() throws Exception {
        var running = call();
        var interrupted = new CountDownLatch(1);
        var started = new CountDownLatch(1);
        var worker = new Thread(() -> {
            started.countDown();
            try {
                Thread.sleep(TimeUnit.MINUTES.toMillis(1));
            } catch (InterruptedException e) {
                interrupted.countDown();
            }
        });
        running.startOn(worker);
        worker.start();
        started.await();
        running.cancel();
        assertThat(interrupted.await(10, TimeUnit.SECONDS)).isTrue();

        var late = call();
        late.cancel();
        late.startOn(Thread.currentThread());
        assertThat(Thread.interrupted()).isTrue();

        var finished = call();
        finished.startOn(Thread.currentThread());
        finished.finish();
        finished.cancel();
        assertThat(Thread.interrupted()).isFalse();
    }
}
