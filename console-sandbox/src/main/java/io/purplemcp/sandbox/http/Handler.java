package io.purplemcp.sandbox.http;

/** Answers one request of a route. */
@FunctionalInterface
public interface Handler {
    Reply handle(Request request);
}
