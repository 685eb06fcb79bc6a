package io.purplemcp.ports.in.tools;

/** The client named a tool this server does not offer: a protocol error, not a tool failure. */
public final class UnknownToolException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String toolName;

    public UnknownToolException(String toolName) {
        super("Unknown tool: " + toolName);
        this.toolName = toolName;
    }

    public String toolName() {
        return toolName;
    }
}
