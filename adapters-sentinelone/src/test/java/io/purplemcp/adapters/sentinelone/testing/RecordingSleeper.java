package io.purplemcp.adapters.sentinelone.testing;

import io.purplemcp.ports.out.time.Sleeper;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records the retry pauses the client asks for and returns at once, so retry tests take no time. */
public final class RecordingSleeper implements Sleeper {

    private final List<Duration> pauses = new CopyOnWriteArrayList<>();

    @Override
    public void pause(Duration duration) throws InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        pauses.add(duration);
    }

    public List<Duration> pauses() {
        return List.copyOf(pauses);
    }
}
