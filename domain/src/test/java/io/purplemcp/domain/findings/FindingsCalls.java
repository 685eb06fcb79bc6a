package io.purplemcp.domain.findings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.purplemcp.domain.tools.ToolRegistry;
import io.purplemcp.ports.telemetry.Telemetry;
import io.purplemcp.ports.tools.CallContext;
import io.purplemcp.ports.tools.ToolCall;
import io.purplemcp.ports.tools.ToolResult;
import io.purplemcp.ports.tools.UnknownToolException;
import io.purplemcp.testsupport.tools.ToolArgs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** The 15 findings tools over three fakes, called by name through the registry as the MCP side does. */
final class FindingsCalls {

    static final Instant NOW = Instant.parse("2026-02-01T10:00:00Z");
    private static final ObjectMapper JSON = new ObjectMapper();

    final FakeFindings alerts = new FakeFindings();
    final FakeFindings misconfigurations = new FakeFindings();
    final FakeFindings vulnerabilities = new FakeFindings();
    final ToolRegistry registry = new ToolRegistry(
            FindingsTools.all(alerts, misconfigurations, vulnerabilities, Clock.fixed(NOW, ZoneOffset.UTC)),
            Telemetry.none());
    CallContext context = CallContext.unobserved();

    /** The fake behind {@code tool}. */
    FakeFindings port(String tool) {
        if (tool.contains("alert")) {
            return alerts;
        }
        return tool.contains("vulnerab") ? vulnerabilities : misconfigurations;
    }

    /** Calls {@code tool} with alternating names and values (String, Integer, Long, Boolean, null, JsonNode). */
    ToolResult call(String tool, Object... namesAndValues) {
        var arguments = ToolArgs.of(namesAndValues);
        try {
            return registry.call(new ToolCall(tool, arguments), context);
        } catch (UnknownToolException e) {
            throw new AssertionError(e);
        }
    }

    String text(String tool, Object... namesAndValues) {
        var result = call(tool, namesAndValues);
        if (!(result instanceof ToolResult.Text text)) {
            throw new AssertionError("expected a text result, got " + result);
        }
        return text.text();
    }

    JsonNode json(String tool, Object... namesAndValues) {
        return parse(text(tool, namesAndValues));
    }

    String failure(String tool, Object... namesAndValues) {
        var result = call(tool, namesAndValues);
        if (!(result instanceof ToolResult.Failure failure)) {
            throw new AssertionError("expected a failure, got " + result);
        }
        return failure.message();
    }

    static JsonNode parse(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
