package io.purplemcp.domain.powerquery;

import io.purplemcp.domain.tools.ToolRegistry;
import io.purplemcp.ports.in.tools.ToolResult;
import io.purplemcp.ports.out.datalake.QueryStatus;
import io.purplemcp.ports.out.telemetry.Telemetry;
import io.purplemcp.ports.out.upstream.UpstreamException;
import io.purplemcp.ports.out.upstream.UpstreamFailure;
import io.purplemcp.testsupport.time.MovableClock;
import io.purplemcp.testsupport.tools.CatalogCalls;
import io.purplemcp.testsupport.tools.RecordingCallContext;
import java.time.Instant;

/** A powerquery tool over fakes, called through the registry as the MCP side does. */
abstract class PowerQueryFixture {

    static final Instant NOW = Instant.parse("2026-01-15T12:00:00Z");
    static final String START = "2026-01-14T12:00:00Z";
    static final String END = "2026-01-15T12:00:00Z";

    final MovableClock clock = new MovableClock(NOW);
    final FakeSleeper sleeper = new FakeSleeper(clock);
    final FakeDataLake lake = new FakeDataLake();
    final RecordingCallContext context = new RecordingCallContext();
    PowerQueryPolicy policy = PowerQueryPolicy.DEFAULT;

    ToolResult call(String query, String start, String end) {
        var registry = new ToolRegistry(PowerQueryTools.all(lake, sleeper, clock, policy), Telemetry.none());
        return new CatalogCalls(registry)
                .in(context)
                .call("powerquery", "query", query, "start_datetime", start, "end_datetime", end);
    }

    ToolResult call() {
        return call("event.type = 'Process Creation' | limit 3", START, END);
    }

    static String text(ToolResult result) {
        return CatalogCalls.text(result);
    }

    static String failure(ToolResult result) {
        return CatalogCalls.failure(result);
    }

    static FakeDataLake.Answer answer(QueryStatus status) {
        return () -> status;
    }

    static FakeDataLake.Answer failing(UpstreamFailure failure) {
        return () -> {
            throw new UpstreamException(failure);
        };
    }

    static FakeDataLake.Answer interrupted() {
        return () -> {
            throw new InterruptedException();
        };
    }
}
