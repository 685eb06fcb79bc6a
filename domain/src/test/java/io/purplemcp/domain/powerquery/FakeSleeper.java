package io.purplemcp.domain.powerquery;

import io.purplemcp.ports.out.time.Sleeper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Pauses by moving the fake clock; can be told to be interrupted at the n-th pause. */
final class FakeSleeper implements Sleeper {

    private final FakeClock clock;
    final List<Duration> pauses = new ArrayList<>();
    int interruptAtPause = -1;
    Runnable duringPause = () -> {};

    FakeSleeper(FakeClock clock) {
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
