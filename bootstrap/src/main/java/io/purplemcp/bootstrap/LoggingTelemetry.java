package io.purplemcp.bootstrap;

import io.purplemcp.ports.out.telemetry.Telemetry;
import io.purplemcp.ports.out.telemetry.TelemetryEvent;
import io.purplemcp.ports.out.telemetry.TelemetryEvent.Outcome;
import io.purplemcp.ports.out.telemetry.TelemetryEvent.RequestFinished;
import io.purplemcp.ports.out.telemetry.TelemetryEvent.ToolCallCrashed;
import io.purplemcp.ports.out.telemetry.TelemetryEvent.ToolCallFinished;
import io.purplemcp.ports.out.telemetry.TelemetryEvent.UpstreamCallFinished;
import io.purplemcp.ports.out.telemetry.TraceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;

/**
 * The default telemetry: structured, argument-free log lines through slf4j (and so through redaction).
 * Field names follow the OpenTelemetry semantic conventions for MCP where they exist ({@code
 * mcp.method.name}, {@code gen_ai.tool.name}, {@code jsonrpc.request.id}, {@code mcp.session.id},
 * {@code error.type}, {@code http.response.status_code}); in JSON logs they are fields, in text logs
 * {@code key=value} pairs after the message.
 *
 * <p>A request that succeeded is logged at DEBUG ({@code --verbose}): at INFO, formatting and writing
 * its line took about a tenth of the server's CPU under HTTP load, and flooded the log with routine.
 * Failures and cancellations stay at INFO.
 */
final class LoggingTelemetry implements Telemetry {

    private static final int MAX_NAME_LENGTH = 64;

    private final Logger log;
    private final boolean structured;

    LoggingTelemetry(boolean structured) {
        this(LoggerFactory.getLogger("io.purplemcp.telemetry"), structured);
    }

    LoggingTelemetry(Logger log, boolean structured) {
        this.log = log;
        this.structured = structured;
    }

    @Override
    public void record(TelemetryEvent event) {
        if (event instanceof ToolCallFinished finished) {
            // The request line below says the same with the caller's context; this one stays for --verbose.
            if (log.isDebugEnabled()) {
                emit(
                        Level.DEBUG,
                        "tool call finished",
                        List.of(
                                Map.entry("tool", finished.tool()),
                                Map.entry("outcome", finished.outcome().name().toLowerCase(Locale.ROOT)),
                                Map.entry("duration_ms", finished.elapsed().toMillis())));
            }
        } else if (event instanceof RequestFinished request) {
            var level = request.outcome() == Outcome.SUCCEEDED ? Level.DEBUG : Level.INFO;
            if (log.isEnabledForLevel(level)) {
                var fields = new ArrayList<Map.Entry<String, Object>>();
                fields.add(Map.entry("mcp.method.name", shorten(request.method())));
                request.tool().ifPresent(tool -> fields.add(Map.entry("gen_ai.tool.name", shorten(tool))));
                fields.add(Map.entry("jsonrpc.request.id", shorten(request.requestId())));
                request.sessionHash().ifPresent(hash -> fields.add(Map.entry("mcp.session.id", hash)));
                fields.add(Map.entry("outcome", request.outcome().name().toLowerCase(Locale.ROOT)));
                request.errorType().ifPresent(type -> fields.add(Map.entry("error.type", type)));
                fields.add(Map.entry("duration_ms", request.elapsed().toMillis()));
                addTrace(fields, request.trace());
                emit(level, "request finished", fields);
            }
        } else if (event instanceof UpstreamCallFinished call) {
            var troubled = call.status() == 0 || call.status() == 429 || call.status() >= 500;
            var level = troubled ? Level.INFO : Level.DEBUG;
            if (log.isEnabledForLevel(level)) {
                var fields = new ArrayList<Map.Entry<String, Object>>();
                fields.add(Map.entry("upstream.operation", call.api()));
                fields.add(Map.entry("http.response.status_code", call.status()));
                fields.add(Map.entry("duration_ms", call.elapsed().toMillis()));
                addTrace(fields, call.trace());
                emit(level, "console request finished", fields);
            }
        } else if (event instanceof ToolCallCrashed crashed) {
            log.error("tool call crashed tool={}", crashed.tool(), crashed.error());
        }
    }

    private void emit(Level level, String message, List<Map.Entry<String, Object>> fields) {
        if (structured) {
            var builder = log.atLevel(level);
            for (var field : fields) {
                builder = builder.addKeyValue(field.getKey(), field.getValue());
            }
            builder.log(message);
            return;
        }
        var text = new StringBuilder(message);
        for (var field : fields) {
            text.append(' ').append(field.getKey()).append('=').append(field.getValue());
        }
        log.atLevel(level).log(text.toString());
    }

    private static void addTrace(List<Map.Entry<String, Object>> fields, Optional<TraceContext> trace) {
        trace.ifPresent(context -> {
            fields.add(Map.entry("trace_id", context.traceId()));
            fields.add(Map.entry("span_id", context.spanId()));
        });
    }

    /** Names as clients sent them may be anything; a log line gets a bounded, single-line piece. */
    private static String shorten(String text) {
        var single = text.replaceAll("\\p{Cntrl}", "?");
        return single.length() <= MAX_NAME_LENGTH ? single : single.substring(0, MAX_NAME_LENGTH) + "…";
    }
}
