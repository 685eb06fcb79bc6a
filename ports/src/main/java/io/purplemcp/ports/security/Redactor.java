package io.purplemcp.ports.security;

/**
 * Replaces every configured secret in a text before it leaves the process (logs, error texts,
 * tool failures). Adapters receive one and apply it at their edge.
 */
@FunctionalInterface
public interface Redactor {

    String REPLACEMENT = "[REDACTED]";

    String redact(String text);

    static Redactor none() {
        return text -> text;
    }
}
