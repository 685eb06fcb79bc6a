package io.purplemcp.ports.in.context;

/**
 * A prompt request that cannot be filled in: an unknown prompt, or a required argument missing. The
 * message says which, in words a client may show.
 */
public final class PromptRefused extends Exception {

    private static final long serialVersionUID = 1L;

    public PromptRefused(String message) {
        super(message);
    }
}
