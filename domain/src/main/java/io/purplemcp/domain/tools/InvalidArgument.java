package io.purplemcp.domain.tools;

/** An argument the model sent does not fit the tool's parameters. */
public final class InvalidArgument extends ToolFailure {
    private static final long serialVersionUID = 1L;

    public InvalidArgument(String message) {
        super(message);
    }
}
