package io.purplemcp.adapters.mcp.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import io.purplemcp.adapters.mcp.http.auth.ArgumentsDigest;
import io.purplemcp.adapters.mcp.http.auth.AuditEvent;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * One audit line per {@code tools/call} in a POSTed message, written when its reply is handed over:
 * who, from where, which session and request, which tool, a digest of the arguments, how it ended and
 * how long it took.
 */
final class ToolCallAudit {

    private static final Pattern UPSTREAM_STATUS = Pattern.compile("\\bHTTP ([1-5][0-9]{2})\\b");

    /** A call found in the message, remembered without its arguments. */
    private record Call(JsonNode id, String tool, String argumentsSha256) {}

    private ToolCallAudit() {}

    /** The {@code tools/call} requests of a message or batch. */
    static List<JsonNode> toolCalls(JsonNode message) {
        return JsonRpcShape.messages(message).stream()
                .filter(one ->
                        one.isObject() && "tools/call".equals(one.path("method").textValue()) && one.hasNonNull("id"))
                .toList();
    }

    /**
     * {@code deliver}, extended to record the message's tool calls once their reply is known; {@code
     * deliver} itself when there is nothing to audit.
     */
    static Consumer<JsonNode> around(HttpExchange exchange, JsonNode message, Consumer<JsonNode> deliver) {
        var caller = AuthenticatedExchange.of(exchange);
        if (caller.isEmpty() || !caller.get().security().audits()) {
            return deliver;
        }
        var calls = toolCalls(message).stream()
                .map(call -> new Call(
                        call.get("id"),
                        call.path("params").path("name").asText(""),
                        ArgumentsDigest.sha256(call.path("params").path("arguments"))))
                .toList();
        if (calls.isEmpty()) {
            return deliver;
        }
        var authenticated = caller.get();
        var session = session(exchange);
        long started = System.nanoTime();
        return reply -> {
            try {
                deliver.accept(reply);
            } finally {
                var elapsed = Duration.ofNanos(System.nanoTime() - started);
                var now = authenticated.security().now();
                for (var call : calls) {
                    var answer = replyTo(reply, call.id());
                    authenticated
                            .security()
                            .record(new AuditEvent.ToolCall(
                                    now,
                                    authenticated.caller().identity(),
                                    authenticated.client(),
                                    session,
                                    call.id().isTextual()
                                            ? call.id().textValue()
                                            : call.id().toString(),
                                    call.tool(),
                                    call.argumentsSha256(),
                                    outcome(answer),
                                    upstreamStatus(answer),
                                    elapsed));
                }
            }
        };
    }

    private static Optional<String> session(HttpExchange exchange) {
        var id = exchange.getRequestHeaders().getFirst(StreamablePost.SESSION_HEADER);
        if (id == null) {
            id = LegacyMessageHandler.sessionId(exchange.getRequestURI().getRawQuery());
        }
        // As in the log lines: a hash correlates the audit with them, the id itself would grant access.
        return Optional.ofNullable(id).filter(SessionIds::isWellFormed).map(RequestOrigins::hash);
    }

    private static JsonNode replyTo(JsonNode reply, JsonNode id) {
        if (reply == null) {
            return null;
        }
        if (!reply.isArray()) {
            return reply;
        }
        for (var element : reply) {
            if (id.equals(element.get("id"))) {
                return element;
            }
        }
        return null;
    }

    private static String outcome(JsonNode reply) {
        if (reply == null) {
            return "cancelled";
        }
        if (reply.has("error")) {
            return "error";
        }
        return reply.path("result").path("isError").asBoolean(false) ? "tool_error" : "ok";
    }

    /** The console's status when a tool failure names one (failures read "HTTP 503 Service Unavailable"). */
    private static Optional<Integer> upstreamStatus(JsonNode reply) {
        if (reply == null || !reply.path("result").path("isError").asBoolean(false)) {
            return Optional.empty();
        }
        for (var content : reply.path("result").path("content")) {
            var matcher = UPSTREAM_STATUS.matcher(content.path("text").asText(""));
            if (matcher.find()) {
                return Optional.of(Integer.parseInt(matcher.group(1)));
            }
        }
        return Optional.empty();
    }
}
