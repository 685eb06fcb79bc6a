package io.purplemcp.adapters.mcp.http.metrics;

import io.purplemcp.ports.out.telemetry.Telemetry;
import io.purplemcp.ports.out.telemetry.TelemetryEvent;
import io.purplemcp.ports.out.telemetry.TelemetryEvent.RequestFinished;
import io.purplemcp.ports.out.telemetry.TelemetryEvent.UpstreamCallFinished;
import java.time.Duration;
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * The server's metrics, fed by telemetry events (requests, tool calls, console exchanges) and by the
 * HTTP transport (refusals, and the gauges it reads from its own state). Every label value comes from a
 * closed set, so the number of series stays bounded whatever clients send: an unknown method is {@code
 * other}, a tool the catalogue does not serve is {@code unknown}. No token, argument or session id is
 * ever a label.
 */
public final class ServerMetrics implements Telemetry {

    static final Set<String> METHODS = Set.of(
            "initialize",
            "ping",
            "tools/list",
            "tools/call",
            "resources/list",
            "resources/read",
            "resources/templates/list",
            "prompts/list",
            "prompts/get",
            "logging/setLevel",
            "completion/complete",
            "server/discover");

    private final MetricsRegistry registry = new MetricsRegistry();
    private final Set<String> tools;
    private final Histogram requests;
    private final Histogram toolCalls;
    private final Histogram upstream;
    private final Counter upstreamResponses;
    private final Counter rejected;

    /** @param tools the names of the tools served: any other name is counted as {@code unknown} */
    public ServerMetrics(Set<String> tools) {
        this.tools = Set.copyOf(tools);
        requests = registry.histogram(
                "purplemcp_mcp_request_duration_seconds",
                "Time to answer one JSON-RPC request, by MCP method and outcome.",
                Histogram.LATENCY_BUCKETS,
                "method",
                "outcome");
        toolCalls = registry.histogram(
                "purplemcp_tool_call_duration_seconds",
                "Time to answer one tools/call, by tool and outcome.",
                Histogram.LATENCY_BUCKETS,
                "tool",
                "outcome");
        upstream = registry.histogram(
                "purplemcp_upstream_request_duration_seconds",
                "Time of one HTTP exchange with the SentinelOne console (each retry counts), by operation.",
                Histogram.LATENCY_BUCKETS,
                "operation");
        upstreamResponses = registry.counter(
                "purplemcp_upstream_responses_total",
                "HTTP exchanges with the console by operation and status (status 0: no response arrived).",
                "operation",
                "status");
        rejected = registry.counter(
                "purplemcp_http_rejected_requests_total",
                "HTTP requests refused before reaching MCP, by reason and status.",
                "reason",
                "status");
    }

    /** Registers the gauges the HTTP transport reads from its own state when scraped. */
    public void watchTransport(LongSupplier sessionsOpen, LongSupplier sseStreamsOpen, LongSupplier callsInFlight) {
        registry.gauge("purplemcp_sessions_open", "Live MCP sessions (Streamable HTTP and legacy SSE).", sessionsOpen);
        registry.gauge("purplemcp_sse_streams_open", "Server-sent event streams open now.", sseStreamsOpen);
        registry.gauge(
                "purplemcp_calls_in_flight", "Requests waiting for their answers now, all sessions.", callsInFlight);
    }

    @Override
    public void record(TelemetryEvent event) {
        if (event instanceof RequestFinished finished) {
            var outcome = outcome(finished);
            requests.observe(seconds(finished.elapsed()), method(finished.method()), outcome);
            finished.tool().ifPresent(tool -> toolCalls.observe(seconds(finished.elapsed()), tool(tool), outcome));
        } else if (event instanceof UpstreamCallFinished call) {
            upstream.observe(seconds(call.elapsed()), call.api());
            upstreamResponses.increment(call.api(), Integer.toString(call.status()));
        }
    }

    /** An HTTP response with an error status sent before the request reached MCP. */
    public void rejected(int status) {
        rejected.increment(reason(status), Integer.toString(status));
    }

    public String scrape() {
        return registry.scrape();
    }

    public static String contentType() {
        return MetricsRegistry.contentType();
    }

    static String reason(int status) {
        return switch (status) {
            case 400 -> "bad_request";
            case 401 -> "unauthenticated";
            case 403 -> "forbidden";
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 406 -> "not_acceptable";
            case 413 -> "too_large";
            case 415 -> "unsupported_media_type";
            case 421 -> "misdirected";
            case 429 -> "rate_limited";
            case 503 -> "busy";
            default -> status >= 500 ? "server_error" : "other";
        };
    }

    private static String outcome(RequestFinished finished) {
        return switch (finished.outcome()) {
            case SUCCEEDED -> "ok";
            case CANCELLED -> "cancelled";
            case FAILED -> finished.errorType().filter("tool_error"::equals).isPresent() ? "tool_error" : "error";
        };
    }

    private static String method(String method) {
        return METHODS.contains(method) ? method : "other";
    }

    private String tool(String tool) {
        return tools.contains(tool) ? tool : "unknown";
    }

    private static double seconds(Duration elapsed) {
        return elapsed.toNanos() / 1e9;
    }
}
