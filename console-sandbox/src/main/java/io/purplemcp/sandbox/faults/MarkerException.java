package io.purplemcp.sandbox.faults;

/** A {@code sandbox:} marker that the sandbox does not understand; answered 400 so typos are loud. */
public final class MarkerException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public MarkerException(String message) {
        super(message);
    }
}
