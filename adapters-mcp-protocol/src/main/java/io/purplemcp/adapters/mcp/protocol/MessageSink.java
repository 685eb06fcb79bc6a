package io.purplemcp.adapters.mcp.protocol;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Where notifications about one request go while it runs (progress, log messages). On stdio that is
 * stdout; on HTTP it is the stream of the request they belong to.
 */
@FunctionalInterface
public interface MessageSink {

    void send(ObjectNode notification);
}
