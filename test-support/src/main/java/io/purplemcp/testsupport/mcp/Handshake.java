package io.purplemcp.testsupport.mcp;

/** The two messages that open an MCP session, as a test client sends them. */
public final class Handshake {

    public static final String INITIALIZED = "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}";

    private Handshake() {}

    /** A 2025-06-18 {@code initialize} request; {@code id} is the JSON of its id, e.g. {@code 1} or {@code "\"init\""}. */
    public static String initialize(String id) {
        return "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"initialize\",\"params\":"
                + "{\"protocolVersion\":\"2025-06-18\",\"capabilities\":{},\"clientInfo\":{\"name\":\"t\",\"version\":\"1\"}}}";
    }
}
