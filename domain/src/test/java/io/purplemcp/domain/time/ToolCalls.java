package io.purplemcp.domain.time;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.purplemcp.domain.tools.ToolRegistry;
import io.purplemcp.ports.in.tools.ToolResult;
import io.purplemcp.ports.out.telemetry.Telemetry;
import io.purplemcp.testsupport.tools.CatalogCalls;
import io.purplemcp.testsupport.tools.ToolArgs;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** The time tools at a chosen "now", called as the MCP side calls them. */
final class ToolCalls {

    /** "Now" for tests: nanoseconds included, to show they are dropped. */
    static final Instant NOW = Instant.parse("2026-11-23T22:31:58.807881123Z");

    private final CatalogCalls calls;

    ToolCalls(Clock clock) {
        calls = new CatalogCalls(new ToolRegistry(TimeTools.all(clock), Telemetry.none()));
    }

    static ToolCalls atFixedNow() {
        return at(NOW);
    }

    static ToolCalls at(Instant now) {
        return new ToolCalls(Clock.fixed(now, ZoneOffset.UTC));
    }

    ToolResult call(String tool, Object... namesAndValues) {
        return calls.call(tool, namesAndValues);
    }

    /** An argument object from alternating names and values, as {@link ToolArgs#of} reads them. */
    static ObjectNode arguments(Object... namesAndValues) {
        return ToolArgs.of(namesAndValues);
    }
}
