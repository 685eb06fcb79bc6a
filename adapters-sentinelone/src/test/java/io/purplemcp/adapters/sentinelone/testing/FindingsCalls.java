package io.purplemcp.adapters.sentinelone.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.purplemcp.adapters.sentinelone.SentinelOneConsole;
import io.purplemcp.domain.findings.FindingsTools;
import io.purplemcp.domain.tools.Tool;
import io.purplemcp.domain.tools.ToolRegistry;
import io.purplemcp.ports.in.tools.ToolResult;
import io.purplemcp.ports.out.telemetry.Telemetry;
import io.purplemcp.testsupport.tools.CatalogCalls;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;

/** The 15 findings tools over one console, called by name as the MCP side would. */
public final class FindingsCalls {

    private final CatalogCalls calls;

    public FindingsCalls(SentinelOneConsole console) {
        this(console, FindingsTools.DEFAULT_TIMEOUT);
    }

    public FindingsCalls(SentinelOneConsole console, Duration timeout) {
        var clock = Clock.systemUTC();
        var tools = new ArrayList<Tool>();
        tools.addAll(FindingsTools.alerts(console.alerts(), clock, timeout));
        tools.addAll(FindingsTools.misconfigurations(console.misconfigurations(), clock, timeout));
        tools.addAll(FindingsTools.vulnerabilities(console.vulnerabilities(), clock, timeout));
        calls = new CatalogCalls(new ToolRegistry(tools, Telemetry.none()));
    }

    /** Calls {@code tool} with alternating argument names and values, as {@code ToolArgs.of} reads them. */
    public ToolResult call(String tool, Object... namesAndValues) {
        return calls.call(tool, namesAndValues);
    }

    /** The JSON answer of a successful call. */
    public JsonNode json(String tool, Object... namesAndValues) {
        return calls.json(tool, namesAndValues);
    }

    public static JsonNode parse(String text) {
        return CatalogCalls.parse(text);
    }

    public static ObjectNode body(String requestBody) {
        return (ObjectNode) CatalogCalls.parse(requestBody);
    }
}
