package io.purplemcp.domain.powerquery;

import io.purplemcp.ports.out.time.Sleeper;
import io.purplemcp.testsupport.time.MovableClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Pauses by moving the fake clock; can be told to be interrupted at the n-th pause. */
final class FakeSleeper implements Sleeper {

    private final MovableClock clock;
    final List<Duration> pauses = new ArrayList<>();
    int interruptAtPause = -1;
    Runnable duringPause = () -> {};

    FakeSleeper(MovableClock clock) {
        this.clock = clock;
    }

    @Override
    public void pause(Duration duration) throws InterruptedException {
        pauses.add(duration);
        if (pauses.size() == interruptAtPause) {
            throw new InterruptedException("cancelled");
        }
        duringPause.run();
        clock.advance(duration);
    }
}
