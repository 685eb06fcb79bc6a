package io.purplemcp.domain.findings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.purplemcp.domain.tools.ToolRegistry;
import io.purplemcp.ports.in.tools.CallContext;
import io.purplemcp.ports.in.tools.ToolResult;
import io.purplemcp.ports.out.telemetry.Telemetry;
import io.purplemcp.testsupport.tools.CatalogCalls;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** The 15 findings tools over three fakes, called by name through the registry as the MCP side does. */
final class FindingsCalls {

    static final Instant NOW = Instant.parse("2026-02-01T10:00:00Z");

    final FakeFindings alerts = new FakeFindings();
    final FakeFindings misconfigurations = new FakeFindings();
    final FakeFindings vulnerabilities = new FakeFindings();
    private final CatalogCalls calls = new CatalogCalls(new ToolRegistry(
            FindingsTools.all(alerts, misconfigurations, vulnerabilities, Clock.fixed(NOW, ZoneOffset.UTC)),
            Telemetry.none()));

    /** The fake behind {@code tool}. */
    FakeFindings port(String tool) {
        if (tool.contains("alert")) {
            return alerts;
        }
        return tool.contains("vulnerab") ? vulnerabilities : misconfigurations;
    }

    /** The context the following calls run in. */
    void runIn(CallContext context) {
        calls.in(context);
    }

    ToolResult call(String tool, Object... namesAndValues) {
        return calls.call(tool, namesAndValues);
    }

    String text(String tool, Object... namesAndValues) {
        return calls.text(tool, namesAndValues);
    }

    ObjectNode structured(String tool, Object... namesAndValues) {
        return calls.structured(tool, namesAndValues);
    }

    JsonNode json(String tool, Object... namesAndValues) {
        return calls.json(tool, namesAndValues);
    }

    String failure(String tool, Object... namesAndValues) {
        return calls.failure(tool, namesAndValues);
    }

    static JsonNode parse(String text) {
        return CatalogCalls.parse(text);
    }
}
