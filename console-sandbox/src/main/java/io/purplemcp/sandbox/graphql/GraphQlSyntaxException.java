package io.purplemcp.sandbox.graphql;

/** A document the parser cannot read; the message names the line and column. */
public final class GraphQlSyntaxException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;

    GraphQlSyntaxException(String message, int line, int column) {
        super("Syntax Error: " + message + " (line " + line + ", column " + column + ")");
        this.line = line;
        this.column = column;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }
}
