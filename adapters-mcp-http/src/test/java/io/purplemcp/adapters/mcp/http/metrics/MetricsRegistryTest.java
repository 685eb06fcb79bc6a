package io.purplemcp.adapters.mcp.http.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class MetricsRegistryTest {

    @Test
    void countersAreWrittenWithHelpTypeAndEscapedLabels() {
        var registry = new MetricsRegistry();
        var counter = registry.counter("things_total", "Things seen.\nSecond line \\ here.", "kind");
        counter.increment("a\"b\\c\nd");
        counter.increment("a\"b\\c\nd");

        assertThat(registry.scrape())
                .isEqualTo("# HELP things_total Things seen.\\nSecond line \\\\ here.\n"
                        + "# TYPE things_total counter\n"
                        + "things_total{kind=\"a\\\"b\\\\c\\nd\"} 2\n");
    }

    @Test
    void histogramsAreCumulativeWithInfSumAndCount() {
        var registry = new MetricsRegistry();
        var histogram = registry.histogram("wait_seconds", "Waits.", new double[] {0.1, 1}, "op");
        histogram.observe(0.05, "x");
        histogram.observe(0.1, "x"); // an exact bound counts in its own bucket (le)
        histogram.observe(0.5, "x");
        histogram.observe(7, "x");

        assertThat(registry.scrape())
                .isEqualTo("# HELP wait_seconds Waits.\n"
                        + "# TYPE wait_seconds histogram\n"
                        + "wait_seconds_bucket{op=\"x\",le=\"0.1\"} 2\n"
                        + "wait_seconds_bucket{op=\"x\",le=\"1\"} 3\n"
                        + "wait_seconds_bucket{op=\"x\",le=\"+Inf\"} 4\n"
                        + "wait_seconds_sum{op=\"x\"} 7.65\n"
                        + "wait_seconds_count{op=\"x\"} 4\n");
    }

    @Test
    void gaugesAreReadWhenScraped() {
        var registry = new MetricsRegistry();
        var value = new long[] {3};
        registry.gauge("open_things", "Open.", () -> value[0]);
        value[0] = 5;

        assertThat(registry.scrape()).endsWith("open_things 5\n");
    }

    @Test
    void namesAndLabelsAreChecked() {
        var registry = new MetricsRegistry();
        registry.counter("a_total", "A.");

        assertThatThrownBy(() -> registry.counter("a_total", "again")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> registry.counter("b", "no suffix")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> registry.counter("1bad_total", "bad")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> registry.counter("c_total", "bad", "le")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> registry.counter("d_total", "bad", "__x"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> registry.histogram("h", "bad", new double[] {1, 1}))
                .isInstanceOf(IllegalArgumentException.class);
        var counter = registry.counter("e_total", "E.", "one");
        assertThatThrownBy(() -> counter.increment("x", "y")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void numbersUseTheFormatsSpellings() {
        assertThat(Exposition.number(Double.POSITIVE_INFINITY)).isEqualTo("+Inf");
        assertThat(Exposition.number(Double.NEGATIVE_INFINITY)).isEqualTo("-Inf");
        assertThat(Exposition.number(Double.NaN)).isEqualTo("NaN");
        assertThat(Exposition.number(300)).isEqualTo("300");
        assertThat(Exposition.number(0.0025)).isEqualTo("0.0025");
    }

    @Test
    void concurrentRecordingLosesNothing() throws Exception {
        var registry = new MetricsRegistry();
        var counter = registry.counter("hits_total", "Hits.", "k");
        var histogram = registry.histogram("lat_seconds", "Lat.", Histogram.LATENCY_BUCKETS, "k");
        var pool = Executors.newFixedThreadPool(4);
        var start = new CountDownLatch(1);
        var futures = new ArrayList<java.util.concurrent.Future<?>>();
        for (int t = 0; t < 4; t++) {
            futures.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < 10_000; i++) {
                    counter.increment(i % 2 == 0 ? "even" : "odd");
                    histogram.observe(i / 1000.0, "all");
                }
                return null;
            }));
        }
        start.countDown();
        for (var future : futures) {
            future.get(20, TimeUnit.SECONDS);
        }
        pool.shutdown();

        assertThat(counter.value("even") + counter.value("odd")).isEqualTo(40_000);
        assertThat(histogram.count("all")).isEqualTo(40_000);
        assertThat(registry.scrape()).contains("lat_seconds_bucket{k=\"all\",le=\"+Inf\"} 40000");
    }
}
