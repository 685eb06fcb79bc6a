package io.purplemcp.adapters.mcp.http.auth;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of the audit log. Never a token, never tool arguments or results: arguments appear only as
 * the SHA-256 of their canonical JSON, enough to tell identical calls apart without holding indicators.
 */
public sealed interface AuditEvent {

    Instant time();

    /**
     * @param identity the caller ({@code anonymous} without authorization)
     * @param client the client's address, as a trusted proxy forwarded it or as the socket saw it
     * @param session the session id (legacy or Streamable), empty when the request has none
     * @param requestId the JSON-RPC id of the call
     * @param outcome {@code ok}, {@code tool_error} (the tool answered with an error for the model),
     *     {@code error} (a JSON-RPC error), {@code cancelled} or {@code timeout}
     * @param upstreamStatus the console's HTTP status when a failure names one
     */
    record ToolCall(
            Instant time,
            String identity,
            String client,
            Optional<String> session,
            String requestId,
            String tool,
            String argumentsSha256,
            String outcome,
            Optional<Integer> upstreamStatus,
            Duration duration)
            implements AuditEvent {
        public ToolCall {
            Objects.requireNonNull(time, "time");
            Objects.requireNonNull(identity, "identity");
            Objects.requireNonNull(client, "client");
            Objects.requireNonNull(session, "session");
            Objects.requireNonNull(requestId, "requestId");
            Objects.requireNonNull(tool, "tool");
            Objects.requireNonNull(argumentsSha256, "argumentsSha256");
            Objects.requireNonNull(outcome, "outcome");
            Objects.requireNonNull(upstreamStatus, "upstreamStatus");
            Objects.requireNonNull(duration, "duration");
        }
    }

    /**
     * A request refused before it reached the MCP session.
     *
     * @param identity the caller when known (a 403 or a rate limit), empty for a 401
     * @param status 401, 403, 404 (a session of someone else) or 429
     * @param reason the OAuth error code or a short word ({@code rate_limited}, {@code foreign_session})
     */
    record Refusal(
            Instant time,
            Optional<String> identity,
            String client,
            String method,
            String path,
            int status,
            String reason)
            implements AuditEvent {
        public Refusal {
            Objects.requireNonNull(time, "time");
            Objects.requireNonNull(identity, "identity");
            Objects.requireNonNull(client, "client");
            Objects.requireNonNull(method, "method");
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
