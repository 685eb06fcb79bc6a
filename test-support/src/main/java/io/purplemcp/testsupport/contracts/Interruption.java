package io.purplemcp.testsupport.contracts;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** The cancellation clause every outbound port shares: an interrupted caller gets no answer. */
final class Interruption {

    private Interruption() {}

    /**
     * Runs {@code call} on a thread whose interrupt flag is already set, as the MCP side leaves it when
     * a call is cancelled before it reaches the port, and expects {@link InterruptedException}.
     */
    static void isRefusedWhenInterrupted(ThrowingCallable call) {
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(call).isInstanceOf(InterruptedException.class);
        } finally {
            Thread.interrupted();
        }
    }
}
