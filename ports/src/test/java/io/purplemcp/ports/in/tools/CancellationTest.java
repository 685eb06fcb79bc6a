package io.purplemcp.ports.in.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CancellationTest {

    private final Cancellation cancellation = new Cancellation();
    private final List<String> ran = new ArrayList<>();

    @Test
    void aNewCallIsOpenAndNotCancelled() {
        assertThat(cancellation.isOpen()).isTrue();
        assertThat(cancellation.isCancelled()).isFalse();
    }

    @Test
    void cancellingRunsEachActionOnceInTheOrderGivenOnTheCancellingThread() {
        var cancellingThread = Thread.currentThread();
        cancellation.onCancel(() -> ran.add("first on " + (Thread.currentThread() == cancellingThread)));
        cancellation.onCancel(() -> ran.add("second"));

        assertThat(ran).isEmpty();
        assertThat(cancellation.cancel()).isTrue();
        assertThat(cancellation.cancel()).isFalse();

        assertThat(ran).containsExactly("first on true", "second");
        assertThat(cancellation.isCancelled()).isTrue();
        assertThat(cancellation.isOpen()).isFalse();
    }

    @Test
    void anActionGivenAfterTheCancellationRunsAtOnce() {
        cancellation.cancel();

        cancellation.onCancel(() -> ran.add("late"));

        assertThat(ran).containsExactly("late");
    }

    @Test
    void actionsRunOutsideTheMonitorSoTheyMayTakeTheirTime() {
        cancellation.onCancel(() -> ran.add("holds the lock: " + Thread.holdsLock(cancellation)));

        cancellation.cancel();

        assertThat(ran).containsExactly("holds the lock: false");
    }

    @Test
    void aCallThatEndedCannotBeCancelledAnyMore() {
        cancellation.onCancel(() -> ran.add("given before the end"));

        assertThat(cancellation.close()).isTrue();
        cancellation.onCancel(() -> ran.add("given after the end"));

        assertThat(cancellation.cancel()).isFalse();
        assertThat(ran).isEmpty();
        assertThat(cancellation.isCancelled()).isFalse();
        assertThat(cancellation.isOpen()).isFalse();
    }

    @Test
    void endingACancelledCallSaysItWasCancelled() {
        cancellation.cancel();

        assertThat(cancellation.close()).isFalse();
        assertThat(cancellation.isCancelled()).isTrue();
        cancellation.onCancel(() -> ran.add("still at once"));
        assertThat(ran).containsExactly("still at once");
    }
}
