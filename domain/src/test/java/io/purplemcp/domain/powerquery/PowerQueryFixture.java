package io.purplemcp.domain.powerquery;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.purplemcp.domain.tools.ToolRegistry;
import io.purplemcp.ports.datalake.QueryStatus;
import io.purplemcp.ports.telemetry.Telemetry;
import io.purplemcp.ports.tools.ToolCall;
import io.purplemcp.ports.tools.ToolResult;
import io.purplemcp.ports.upstream.UpstreamException;
import io.purplemcp.ports.upstream.UpstreamFailure;
import java.time.Instant;

/** A powerquery tool over fakes, called through the registry as the MCP side does. */
abstract class PowerQueryFixture {

    static final Instant NOW = Instant.parse("2026-01-15T12:00:00Z");
    static final String START = "2026-01-14T12:00:00Z";
    static final String END = "2026-01-15T12:00:00Z";

    final FakeClock clock = new FakeClock(NOW);
    final FakeSleeper sleeper = new FakeSleeper(clock);
    final FakeDataLake lake = new FakeDataLake();
    final FakeCallContext context = new FakeCallContext();
    PowerQueryPolicy policy = PowerQueryPolicy.DEFAULT;

    ToolResult call(String query, String start, String end) {
        var registry = new ToolRegistry(PowerQueryTools.all(lake, sleeper, clock, policy), Telemetry.none());
        var arguments = JsonNodeFactory.instance
                .objectNode()
                .put("query", query)
                .put("start_datetime", start)
                .put("end_datetime", end);
        try {
            return registry.call(new ToolCall("powerquery", arguments), context);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    ToolResult call() {
        return call("event.type = 'Process Creation' | limit 3", START, END);
    }

    static String text(ToolResult result) {
        assertThat(result).isInstanceOf(ToolResult.Text.class);
        return ((ToolResult.Text) result).text();
    }

    static String failure(ToolResult result) {
        assertThat(result).isInstanceOf(ToolResult.Failure.class);
        return ((ToolResult.Failure) result).message();
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
