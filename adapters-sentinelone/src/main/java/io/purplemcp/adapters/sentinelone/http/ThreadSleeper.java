package io.purplemcp.adapters.sentinelone.http;

import io.purplemcp.ports.out.time.Sleeper;
import java.time.Duration;

/** Pauses the calling thread; an interrupt (a cancelled call) ends the pause early. */
public final class ThreadSleeper implements Sleeper {

    @Override
    public void pause(Duration duration) throws InterruptedException {
        if (duration.isNegative() || duration.isZero()) {
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
            return;
        }
        Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);
    }
}
