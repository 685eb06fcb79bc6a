package io.purplemcp.adapters.sentinelone.bench;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.purplemcp.adapters.sentinelone.ConsoleSettings;
import io.purplemcp.adapters.sentinelone.SentinelOneConsole;
import io.purplemcp.domain.powerquery.PowerQueryTools;
import io.purplemcp.domain.tools.ToolRegistry;
import io.purplemcp.ports.in.tools.CallContext;
import io.purplemcp.ports.in.tools.ToolCall;
import io.purplemcp.ports.in.tools.ToolResult;
import io.purplemcp.ports.out.telemetry.Telemetry;
import io.purplemcp.sandbox.SandboxConsole;
import io.purplemcp.sandbox.SandboxOptions;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A benchmark, not a test: runs a 10 000-row PowerQuery end to end (the powerquery tool, the
 * SentinelOne adapter, real HTTPS to the sandbox console in this JVM) several times and prints the
 * time of each run and the peak heap it reached. Run it with {@code bench/powerquery-10k.sh}.
 *
 * <p>Arguments: {@code [runs] [warm-up runs] [rows]}, default 7, 2, 10000.
 */
public final class PowerQuery10k {

    private PowerQuery10k() {}

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        int warmups = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        int rows = args.length > 2 ? Integer.parseInt(args[2]) : 10_000;
        var query = "event.type = 'Process Creation' | limit " + rows;
        try (var sandbox = SandboxConsole.start(SandboxOptions.defaults());
                var console = SentinelOneConsole.connect(ConsoleSettings.of(
                                URI.create(sandbox.baseUrl()), SandboxConsole.DEMO_TOKEN, "bench", "bench-session")
                        .trusting(Optional.of(SandboxConsole.certificatePem())))) {
            var registry = new ToolRegistry(
                    PowerQueryTools.all(console.dataLake(), console.sleeper(), Clock.systemUTC()), Telemetry.none());
            var arguments = JsonNodeFactory.instance
                    .objectNode()
                    .put("query", query)
                    .put("start_datetime", "2026-01-14T00:00:00Z")
                    .put("end_datetime", "2026-01-15T00:00:00Z");
            var heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(pool -> pool.getType() == MemoryType.HEAP)
                    .toList();
            System.out.printf(
                    Locale.ROOT,
                    "powerquery %d rows, JDK %s, max heap %d MiB, %d warm-up + %d runs%n",
                    rows,
                    System.getProperty("java.version"),
                    Runtime.getRuntime().maxMemory() >> 20,
                    warmups,
                    runs);
            var millis = new ArrayList<Double>();
            var peaks = new ArrayList<Double>();
            for (int i = -warmups; i < runs; i++) {
                System.gc();
                long before = used(heapPools);
                heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
                long gcBefore = gcCount();
                long started = System.nanoTime();
                var result = registry.call(new ToolCall("powerquery", arguments), CallContext.unobserved());
                double elapsed = (System.nanoTime() - started) / 1e6;
                double peak = peak(heapPools) / 1048576.0;
                check(result, rows);
                if (i < 0) {
                    continue;
                }
                millis.add(elapsed);
                peaks.add(peak);
                System.out.printf(
                        Locale.ROOT,
                        "run %d: %7.1f ms  peak heap %6.1f MiB (heap before %5.1f MiB, %d GCs)%n",
                        i + 1,
                        elapsed,
                        peak,
                        before / 1048576.0,
                        gcCount() - gcBefore);
            }
            console.awaitPendingCleanup(java.time.Duration.ofSeconds(5));
            System.out.printf(
                    Locale.ROOT,
                    "time ms: median %.1f, min %.1f, max %.1f%n",
                    median(millis),
                    Collections.min(millis),
                    Collections.max(millis));
            System.out.printf(
                    Locale.ROOT, "peak heap MiB: median %.1f, max %.1f%n", median(peaks), Collections.max(peaks));
            System.out.printf(
                    Locale.ROOT,
                    "queries launched %d, deleted %d, left running %d%n",
                    sandbox.launchedQueries(),
                    sandbox.deletedQueries(),
                    sandbox.runningQueries());
        }
    }

    private static void check(ToolResult result, int rows) {
        if (!(result instanceof ToolResult.Text text)
                || !text.text().contains("Rows: " + Math.min(rows, 10_000) + "\n")) {
            throw new IllegalStateException(
                    "unexpected result: " + result.toString().substring(0, 300));
        }
    }

    private static long used(List<MemoryPoolMXBean> pools) {
        return pools.stream().mapToLong(pool -> pool.getUsage().getUsed()).sum();
    }

    private static long peak(List<MemoryPoolMXBean> pools) {
        return pools.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    }

    private static long gcCount() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(gc -> Math.max(0, gc.getCollectionCount()))
                .sum();
    }

    private static double median(List<Double> values) {
        var sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
