package io.purplemcp.domain.time;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.purplemcp.domain.tools.ToolRegistry;
import io.purplemcp.ports.telemetry.Telemetry;
import io.purplemcp.ports.tools.CallContext;
import io.purplemcp.ports.tools.ToolCall;
import io.purplemcp.ports.tools.ToolResult;
import io.purplemcp.ports.tools.UnknownToolException;
import io.purplemcp.testsupport.tools.ToolArgs;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** Calls the time tools the way the MCP side does: by name, through the registry, with a JSON object. */
final class ToolCalls {

    /** "Now" for tests: nanoseconds included, to show they are dropped. */
    static final Instant NOW = Instant.parse("2026-11-23T22:31:58.807881123Z");

    private final ToolRegistry registry;

    ToolCalls(Clock clock) {
        registry = new ToolRegistry(TimeTools.all(clock), Telemetry.none());
    }

    static ToolCalls atFixedNow() {
        return at(NOW);
    }

    static ToolCalls at(Instant now) {
        return new ToolCalls(Clock.fixed(now, ZoneOffset.UTC));
    }

    ToolResult call(String tool, Object... namesAndValues) {
        try {
            return registry.call(new ToolCall(tool, arguments(namesAndValues)), CallContext.unobserved());
        } catch (UnknownToolException e) {
            throw new AssertionError(e);
        }
    }

    /** An argument object from alternating names and values (String, Integer, Long, Double, Boolean, null, JsonNode). */
    static ObjectNode arguments(Object... namesAndValues) {
        return ToolArgs.of(namesAndValues);
    }
}
