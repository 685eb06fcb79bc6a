package io.purplemcp.domain.tools;

import io.purplemcp.ports.out.upstream.UpstreamFailure;

/**
 * Turns an {@link UpstreamFailure} into the sentence a tool error ends with: what went wrong, with the console's own
 * (sanitised) message, then, where one exists, what the model or the user can do about it. The one explainer of every
 * tool, in two wordings: {@link #explain} names the kind by its short description; {@link #inReferenceWords} by the
 * words the reference server used, which the inventory tools keep (docs/decisions/0016-inventory-tools.md). Both end
 * with the same advice.
 */
public final class UpstreamFailures {

    /** What a redirect from the console usually means, since the client never follows one. */
    public static final String REDIRECT_HINT = "Check that the console address is the console's own https address:"
            + " a redirect usually means a login page, a proxy or an old host name.";

    private static final String THROTTLED = "The console is throttling requests";
    private static final String SERVER_HINT = "The console had a problem answering; try again later.";
    private static final String TRANSPORT_HINT =
            "Check that the console address is right and reachable from the server.";

    private UpstreamFailures() {}

    /** The failure's short description, then the advice for the tool at hand. */
    public static String explain(UpstreamFailure failure) {
        var hint = hint(failure, "use this feature", "less");
        return hint.isEmpty() ? failure.describe() + "." : failure.describe() + ". " + hint;
    }

    /**
     * The failure in the reference server's words ({@code Authentication failed with status 401}, {@code API error
     * 400: ...}), with the console's message and the advice.
     *
     * @param access what the console token must be allowed to do, e.g. {@code read the asset inventory}
     * @param fewer what to ask for fewer of at once after a timeout, e.g. {@code fewer assets}
     */
    public static String inReferenceWords(UpstreamFailure failure, String access, String fewer) {
        if (failure instanceof UpstreamFailure.Unauthorized unauthorized) {
            return "Authentication failed with status " + unauthorized.status() + detail(failure) + ". "
                    + hint(failure, access, fewer);
        }
        if (failure instanceof UpstreamFailure.ClientError client) {
            return "API error " + client.status() + ": " + orUnknown(failure) + ".";
        }
        if (failure instanceof UpstreamFailure.RateLimited) {
            return THROTTLED + ": " + trimStop(failure.describe()) + ". Wait a little before trying again.";
        }
        if (failure instanceof UpstreamFailure.ServerError server && isTransient(server.status())) {
            return "Server returned transient error after multiple retries: "
                    + (failure.detail().isEmpty()
                            ? "Transient server error " + server.status()
                            : trimStop(failure.detail()))
                    + ". Try again later.";
        }
        if (failure instanceof UpstreamFailure.ServerError server) {
            return "API error " + server.status() + ": " + orUnknown(failure) + ". " + SERVER_HINT;
        }
        if (failure instanceof UpstreamFailure.Timeout) {
            return "Request timeout: " + trimStop(failure.describe()) + ". " + hint(failure, access, fewer);
        }
        if (failure instanceof UpstreamFailure.Transport) {
            return "Network error: " + trimStop(failure.describe()) + ". " + TRANSPORT_HINT;
        }
        if (failure instanceof UpstreamFailure.QueryError) {
            return "API error: " + orUnknown(failure) + ".";
        }
        if (failure instanceof UpstreamFailure.UnexpectedStatus) {
            var hint = hint(failure, access, fewer);
            return "The console answered with an " + trimStop(failure.describe()) + "."
                    + (hint.isEmpty() ? "" : " " + hint);
        }
        return "Failed to parse response: " + trimStop(failure.describe()) + ".";
    }

    /** {@code : <the console's message>}, or nothing when it said nothing. */
    public static String detail(UpstreamFailure failure) {
        return failure.detail().isEmpty() ? "" : ": " + trimStop(failure.detail());
    }

    private static String hint(UpstreamFailure failure, String access, String fewer) {
        if (failure instanceof UpstreamFailure.Unauthorized) {
            return "Check that the server's console token is valid and allowed to " + access + ".";
        }
        if (failure instanceof UpstreamFailure.RateLimited) {
            return THROTTLED + "; wait a little before trying again.";
        }
        if (failure instanceof UpstreamFailure.ServerError) {
            return SERVER_HINT;
        }
        if (failure instanceof UpstreamFailure.Timeout) {
            return "Try again later, or ask for " + fewer + " at once.";
        }
        if (failure instanceof UpstreamFailure.Transport) {
            return TRANSPORT_HINT;
        }
        if (isRedirect(failure)) {
            return REDIRECT_HINT;
        }
        return "";
    }

    private static boolean isRedirect(UpstreamFailure failure) {
        return failure instanceof UpstreamFailure.UnexpectedStatus unexpected
                && unexpected.status() >= 300
                && unexpected.status() <= 399;
    }

    private static boolean isTransient(int status) {
        return status == 502 || status == 503 || status == 504;
    }

    private static String orUnknown(UpstreamFailure failure) {
        return failure.detail().isEmpty() ? "Unknown error" : trimStop(failure.detail());
    }

    /** The console's text without a final full stop, so the sentence around it has exactly one. */
    private static String trimStop(String text) {
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }
}
