package io.purplemcp.sandbox.graphql;

/** Thrown by a resolver: the field resolves to {@code null} and the response carries the message. */
public final class FieldError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String code;

    /** @param code the {@code extensions.code}, e.g. {@link GraphQlError#BAD_USER_INPUT} */
    public FieldError(String message, String code) {
        super(message);
        this.code = code;
    }

    /** A wrong argument value. */
    public static FieldError badInput(String message) {
        return new FieldError(message, GraphQlError.BAD_USER_INPUT);
    }

    public String code() {
        return code;
    }
}
