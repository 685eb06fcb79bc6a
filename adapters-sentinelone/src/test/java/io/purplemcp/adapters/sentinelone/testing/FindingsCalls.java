package io.purplemcp.adapters.sentinelone.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.purplemcp.adapters.sentinelone.SentinelOneConsole;
import io.purplemcp.domain.findings.FindingsTools;
import io.purplemcp.domain.tools.Tool;
import io.purplemcp.domain.tools.ToolRegistry;
import io.purplemcp.ports.telemetry.Telemetry;
import io.purplemcp.ports.tools.CallContext;
import io.purplemcp.ports.tools.ToolCall;
import io.purplemcp.ports.tools.ToolResult;
import io.purplemcp.testsupport.tools.ToolArgs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;

/** The 15 findings tools over one console, called by name as the MCP side would. */
public final class FindingsCalls {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ToolRegistry registry;

    public FindingsCalls(SentinelOneConsole console) {
        this(console, FindingsTools.DEFAULT_TIMEOUT);
    }

    public FindingsCalls(SentinelOneConsole console, Duration timeout) {
        var clock = Clock.systemUTC();
        var tools = new ArrayList<Tool>();
        tools.addAll(FindingsTools.alerts(console.alerts(), clock, timeout));
        tools.addAll(FindingsTools.misconfigurations(console.misconfigurations(), clock, timeout));
        tools.addAll(FindingsTools.vulnerabilities(console.vulnerabilities(), clock, timeout));
        registry = new ToolRegistry(tools, Telemetry.none());
    }

    /** Calls {@code tool} with alternating argument names and values (String, Integer or null). */
    public ToolResult call(String tool, Object... namesAndValues) {
        var arguments = ToolArgs.of(namesAndValues);
        try {
            return registry.call(new ToolCall(tool, arguments), CallContext.unobserved());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** The JSON answer of a successful call. */
    public JsonNode json(String tool, Object... namesAndValues) {
        return parse(SandboxFixture.text(call(tool, namesAndValues)));
    }

    public static JsonNode parse(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ObjectNode body(String requestBody) {
        try {
            return (ObjectNode) JSON.readTree(requestBody);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
