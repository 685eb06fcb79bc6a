package io.purplemcp.bootstrap.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ConcurrentRedactionTest {

    private static final String SECRET = "CANARY-TOKEN-8d1f";

    @Test
    void fiveThreadsLoggingWhileFiftySecretsAreRegistered() throws Exception {
        SecretRedactor redactor = new SecretRedactor();
        redactor.registerSecret(SECRET);
        ByteArrayOutputStream target = new ByteArrayOutputStream();
        RedactingPrintStream stream = new RedactingPrintStream(target, redactor);
        ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<?>> tasks = new ArrayList<>();
            tasks.add(pool.submit(() -> {
                await(start);
                for (int i = 0; i < 50; i++) {
                    redactor.registerSecret("extra-secret-" + i + "-value");
                }
            }));
            for (int thread = 0; thread < 5; thread++) {
                int id = thread;
                tasks.add(pool.submit(() -> {
                    await(start);
                    for (int call = 0; call < 100; call++) {
                        try {
                            stream.println("thread " + id + " call " + call + " token " + SECRET);
                        } catch (RuntimeException e) {
                            failures.add(e);
                        }
                    }
                }));
            }
            start.countDown();
            for (Future<?> task : tasks) {
                task.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        String output = target.toString(StandardCharsets.UTF_8);
        assertThat(failures).isEmpty();
        assertThat(stream.checkError()).isFalse();
        assertThat(output).doesNotContain(SECRET);
        assertThat(SecretRedactorTest.count(output, "[REDACTED]")).isEqualTo(500);
        assertThat(output.lines())
                .hasSize(500)
                .allMatch(line -> line.matches("thread \\d call \\d+ token \\[REDACTED]"));
        assertThat(redactor.secretCount()).isEqualTo(51);
    }

    @Test
    void threeConcurrentAsyncTasksEachLoggingTheSecret() {
        SecretRedactor redactor = new SecretRedactor();
        redactor.registerSecret(SECRET);
        ByteArrayOutputStream target = new ByteArrayOutputStream();
        RedactingPrintStream stream = new RedactingPrintStream(target, redactor);
        CompletableFuture<?>[] tasks = new CompletableFuture<?>[3];
        for (int i = 0; i < tasks.length; i++) {
            int id = i;
            tasks[i] = CompletableFuture.runAsync(() -> stream.println("task " + id + " uses " + SECRET));
        }
        CompletableFuture.allOf(tasks).join();
        String output = target.toString(StandardCharsets.UTF_8);
        assertThat(SecretRedactorTest.count(output, "[REDACTED]")).isEqualTo(3);
        assertThat(output).doesNotContain(SECRET);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
