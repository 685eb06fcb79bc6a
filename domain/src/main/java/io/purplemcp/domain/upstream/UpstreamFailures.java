package io.purplemcp.domain.upstream;

import io.purplemcp.ports.upstream.UpstreamFailure;

/**
 * Turns an {@link UpstreamFailure} into the sentence a tool error ends with: the failure's own short
 * description, then, where one exists, what the model or the user can do about it.
 */
public final class UpstreamFailures {

    private UpstreamFailures() {}

    /** What a redirect from the console usually means, since the client never follows one. */
    public static final String REDIRECT_HINT = "Check that the console address is the console's own https address:"
            + " a redirect usually means a login page, a proxy or an old host name.";

    public static String explain(UpstreamFailure failure) {
        var hint = hint(failure);
        return hint.isEmpty() ? failure.describe() + "." : failure.describe() + ". " + hint;
    }

    private static String hint(UpstreamFailure failure) {
        if (failure instanceof UpstreamFailure.Unauthorized) {
            return "Check that the server's console token is valid and allowed to use this feature.";
        }
        if (failure instanceof UpstreamFailure.RateLimited) {
            return "The console is throttling requests; wait a little before trying again.";
        }
        if (failure instanceof UpstreamFailure.ServerError) {
            return "The console had a problem answering; try again later.";
        }
        if (failure instanceof UpstreamFailure.Timeout) {
            return "Try again later, or ask for less at once.";
        }
        if (failure instanceof UpstreamFailure.Transport) {
            return "Check that the console address is right and reachable from the server.";
        }
        if (isRedirect(failure)) {
            return REDIRECT_HINT;
        }
        return "";
    }

    public static boolean isRedirect(UpstreamFailure failure) {
        return failure instanceof UpstreamFailure.UnexpectedStatus unexpected
                && unexpected.status() >= 300
                && unexpected.status() <= 399;
    }
}
