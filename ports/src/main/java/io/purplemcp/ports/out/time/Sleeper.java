package io.purplemcp.ports.out.time;

import java.time.Duration;

/**
 * Waits between two steps of a long-running call, such as polls of a data-lake query. The core owns
 * no threads, so it pauses through this port: the production adapter blocks the calling thread,
 * tests advance a fake clock instead.
 */
@FunctionalInterface
public interface Sleeper {

    /**
     * Returns after {@code duration} (at once when it is zero or negative).
     *
     * @throws InterruptedException when the call was cancelled while waiting
     */
    void pause(Duration duration) throws InterruptedException;
}
