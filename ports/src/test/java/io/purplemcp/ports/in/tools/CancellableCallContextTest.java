package io.purplemcp.ports.in.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CancellableCallContextTest {

    /** The smallest context: the cancellation alone, with its end made visible to the test. */
    private static final class Context extends CancellableCallContext {
        @Override
        public void progress(double progress, Double total, String message) {}

        @Override
        public void log(LogLevel level, String message) {}

        boolean end() {
            return close();
        }

        boolean open() {
            return isOpen();
        }
    }

    private final Context context = new Context();
    private final List<String> ran = new ArrayList<>();

    @Test
    void aNewCallIsOpenAndNotCancelled() {
        assertThat(context.open()).isTrue();
        assertThat(context.isCancelled()).isFalse();
    }

    @Test
    void cancellingRunsEachActionOnceInTheOrderGivenOnTheCancellingThread() {
        var cancellingThread = Thread.currentThread();
        context.onCancel(() -> ran.add("first on " + (Thread.currentThread() == cancellingThread)));
        context.onCancel(() -> ran.add("second"));

        assertThat(ran).isEmpty();
        assertThat(context.cancel()).isTrue();
        assertThat(context.cancel()).isFalse();

        assertThat(ran).containsExactly("first on true", "second");
        assertThat(context.isCancelled()).isTrue();
        assertThat(context.open()).isFalse();
    }

    @Test
    void anActionGivenAfterTheCancellationRunsAtOnce() {
        context.cancel();

        context.onCancel(() -> ran.add("late"));

        assertThat(ran).containsExactly("late");
    }

    @Test
    void actionsRunOutsideTheMonitorSoTheyMayTakeTheirTime() {
        context.onCancel(() -> ran.add("holds the lock: " + Thread.holdsLock(context)));

        context.cancel();

        assertThat(ran).containsExactly("holds the lock: false");
    }

    @Test
    void aCallThatEndedCannotBeCancelledAnyMore() {
        context.onCancel(() -> ran.add("given before the end"));

        assertThat(context.end()).isTrue();
        context.onCancel(() -> ran.add("given after the end"));

        assertThat(context.cancel()).isFalse();
        assertThat(ran).isEmpty();
        assertThat(context.isCancelled()).isFalse();
        assertThat(context.open()).isFalse();
    }

    @Test
    void endingACancelledCallSaysItWasCancelled() {
        context.cancel();

        assertThat(context.end()).isFalse();
        assertThat(context.isCancelled()).isTrue();
        context.onCancel(() -> ran.add("still at once"));
        assertThat(ran).containsExactly("still at once");
    }
}
