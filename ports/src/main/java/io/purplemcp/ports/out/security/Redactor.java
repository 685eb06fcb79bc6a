package io.purplemcp.ports.out.security;

/**
 * Replaces every configured secret in a text before it leaves the process (logs, error texts,
 * tool failures). Adapters receive one and apply it at their edge.
 */
@FunctionalInterface
public interface Redactor {

    String REPLACEMENT = "[REDACTED]";

    /**
     * No secret shorter than this is configured or redacted: a real token is far longer, and a short one
     * would rewrite ordinary words in every log line ({@code adap[REDACTED]ers}).
     */
    int MIN_SECRET_LENGTH = 8;

    String redact(String text);

    static Redactor none() {
        return text -> text;
    }
}
