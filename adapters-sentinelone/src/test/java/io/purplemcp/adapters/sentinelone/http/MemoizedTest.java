package io.purplemcp.adapters.sentinelone.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class MemoizedTest {

    @Test
    void nothingIsBuiltUntilAsked() {
        var builds = new AtomicInteger();
        var memo = new Memoized<>(() -> "built " + builds.incrementAndGet());

        assertThat(memo.ifBuilt()).isEmpty();
        assertThat(builds).hasValue(0);
        assertThat(memo.get()).isEqualTo("built 1");
        assertThat(memo.get()).isEqualTo("built 1");
        assertThat(memo.ifBuilt()).contains("built 1");
    }

    @Test
    void concurrentCallersShareOneBuild() throws Exception {
        var builds = new AtomicInteger();
        var memo = new Memoized<>(() -> new Object[] {builds.incrementAndGet()});
        int callers = 16;
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(callers);
        try {
            var answers = new ArrayList<java.util.concurrent.Future<Object[]>>();
            for (int i = 0; i < callers; i++) {
                Callable<Object[]> call = () -> {
                    start.await();
                    return memo.get();
                };
                answers.add(pool.submit(call));
            }
            start.countDown();
            var first = answers.get(0).get(30, TimeUnit.SECONDS);
            for (var answer : answers) {
                assertThat(answer.get(30, TimeUnit.SECONDS)).isSameAs(first);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(builds).hasValue(1);
    }

    @Test
    void aFailedBuildIsTriedAgainByTheNextCaller() {
        var attempts = new AtomicInteger();
        var memo = new Memoized<>(() -> {
            if (attempts.incrementAndGet() == 1) {
                throw new IllegalStateException("trust store unreadable");
            }
            return "built";
        });

        assertThatThrownBy(memo::get).hasMessage("trust store unreadable");
        assertThat(memo.ifBuilt()).isEmpty();
        assertThat(memo.get()).isEqualTo("built");
        assertThat(attempts).hasValue(2);
    }
}
