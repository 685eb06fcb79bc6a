package io.purplemcp.adapters.mcp.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import io.purplemcp.ports.in.context.ContextCatalog;
import io.purplemcp.ports.in.tools.CallContext;
import io.purplemcp.ports.in.tools.ToolCall;
import io.purplemcp.ports.in.tools.ToolCatalog;
import io.purplemcp.ports.in.tools.ToolDefinition;
import io.purplemcp.ports.in.tools.ToolResult;
import io.purplemcp.ports.in.tools.UnknownToolException;
import io.purplemcp.ports.out.telemetry.TelemetryEvent;
import io.purplemcp.ports.out.telemetry.TelemetryEvent.Outcome;
import io.purplemcp.ports.out.telemetry.TelemetryEvent.RequestFinished;
import io.purplemcp.ports.out.telemetry.TraceContext;
import io.purplemcp.ports.out.telemetry.TraceScope;
import io.purplemcp.testsupport.tools.ScriptedTools;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Each answered request is reported, and a caller's trace is current while its tool runs. */
class RequestTelemetryTest {

    private static final String META_TRACE = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01";
    private static final String HEADER_TRACE = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

    private final List<TelemetryEvent> events = new CopyOnWriteArrayList<>();
    private final List<Optional<TraceContext>> seenByTools = new CopyOnWriteArrayList<>();
    private final TraceScope traces = TraceScope.perThread();
    private final JsonCodec codec = new JsonCodec();

    private final ToolCatalog catalog = new ToolCatalog() {
        private final ScriptedTools fake = ScriptedTools.forProtocol();

        @Override
        public List<ToolDefinition> definitions() {
            return fake.definitions();
        }

        @Override
        public ToolResult call(ToolCall call, CallContext context) throws UnknownToolException {
            seenByTools.add(traces.current());
            return fake.call(call, context);
        }
    };

    private final McpSession session = new McpServer(
                    catalog,
                    ContextCatalog.empty(),
                    new ServerIdentity("PurpleAIMCP", "Purple AI MCP", "9.9.9", "Use the tools."),
                    Executors.newCachedThreadPool(),
                    text -> text,
                    100,
                    false,
                    events::add,
                    traces)
            .newSession();

    @Test
    void aTraceInMetaWinsOverTheTransportsAndIsCurrentWhileTheToolRuns() throws Exception {
        initialize();
        var headerTrace = TraceContext.parse(HEADER_TRACE, null);

        send(
                "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/call\",\"params\":{\"name\":\"clock\","
                        + "\"arguments\":{},\"_meta\":{\"traceparent\":\"" + META_TRACE + "\"}}}",
                new RequestOrigin(Optional.of("abcd"), headerTrace));
        send(
                "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"tools/call\",\"params\":{\"name\":\"fail\"}}",
                new RequestOrigin(Optional.of("abcd"), headerTrace));

        assertThat(seenByTools).hasSize(2);
        var first = seenByTools.get(0).orElseThrow();
        assertThat(first.traceId()).isEqualTo("0af7651916cd43dd8448eb211c80319c");
        assertThat(first.spanId()).isNotEqualTo("b7ad6b7169203331"); // our own span of that trace
        assertThat(seenByTools.get(1).orElseThrow().traceId()).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
        assertThat(traces.current()).isEmpty();

        var calls = requests("tools/call");
        assertThat(calls).hasSize(2);
        assertThat(calls.get(0).tool()).contains("clock");
        assertThat(calls.get(0).outcome()).isEqualTo(Outcome.SUCCEEDED);
        assertThat(calls.get(0).requestId()).isEqualTo("2");
        assertThat(calls.get(0).sessionHash()).contains("abcd");
        assertThat(calls.get(0).trace().orElseThrow().traceId()).isEqualTo("0af7651916cd43dd8448eb211c80319c");
        assertThat(calls.get(1).outcome()).isEqualTo(Outcome.FAILED);
        assertThat(calls.get(1).errorType()).contains("tool_error");
    }

    @Test
    void protocolErrorsAndAnInvalidTraceAreReportedWithoutATrace() throws Exception {
        initialize();

        send(
                "{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"tools/call\",\"params\":{\"name\":\"nope\","
                        + "\"_meta\":{\"traceparent\":\"00-zz-yy-01\"}}}",
                RequestOrigin.none());

        var call = requests("tools/call").get(0);
        assertThat(call.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(call.errorType()).contains(String.valueOf(JsonRpcError.INVALID_PARAMS));
        assertThat(call.trace()).isEmpty();
        assertThat(requests("initialize").get(0).outcome()).isEqualTo(Outcome.SUCCEEDED);
    }

    private void initialize() throws Exception {
        send(
                "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":"
                        + "\"2025-06-18\",\"capabilities\":{},\"clientInfo\":{\"name\":\"t\",\"version\":\"1\"}}}",
                RequestOrigin.none());
    }

    private void send(String json, RequestOrigin origin) throws Exception {
        session.receive(codec.parse(json.getBytes(StandardCharsets.UTF_8)), notification -> {}, origin)
                .get(10, TimeUnit.SECONDS);
    }

    private List<RequestFinished> requests(String method) {
        return events.stream()
                .filter(RequestFinished.class::isInstance)
                .map(RequestFinished.class::cast)
                .filter(event -> event.method().equals(method))
                .toList();
    }
}
