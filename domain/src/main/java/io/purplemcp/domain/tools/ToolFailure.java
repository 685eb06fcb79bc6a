package io.purplemcp.domain.tools;

/**
 * A tool call that cannot produce an answer, with a message written for the model: what went wrong
 * and, where possible, what to send instead. The message must never contain secrets or raw
 * upstream payloads.
 */
public class ToolFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ToolFailure(String message) {
        super(message);
    }

    public ToolFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
