package io.purplemcp.domain.inventory;

import io.purplemcp.domain.upstream.UpstreamFailures;
import io.purplemcp.ports.inventory.AssetFilter;
import io.purplemcp.ports.upstream.UpstreamFailure;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The sentence a failed inventory call ends with: what went wrong, in the words the reference server
 * used for each kind ("Authentication failed with status 401", "API error 400: ..."), with the
 * console's own (sanitised, capped) message, and what can be done about it.
 */
final class InventoryFailures {

    private static final Map<String, String> UPSTREAM_BY_OUTPUT_KEY = AssetFields.ASSET.stream()
            .filter(field -> !field.output().equals(field.upstream()))
            .collect(Collectors.toUnmodifiableMap(AssetFields.Field::output, AssetFields.Field::upstream));

    private InventoryFailures() {}

    static String explain(UpstreamFailure failure) {
        if (failure instanceof UpstreamFailure.Unauthorized unauthorized) {
            return "Authentication failed with status " + unauthorized.status() + detail(failure)
                    + ". Check that the server's console token is valid and allowed to read the asset inventory.";
        }
        if (failure instanceof UpstreamFailure.ClientError client && client.status() == 404) {
            return "Inventory resource not found (HTTP 404)" + detail(failure)
                    + ". The console has no asset inventory at the configured endpoint.";
        }
        if (failure instanceof UpstreamFailure.ClientError client) {
            return "API error " + client.status() + ": " + orUnknown(failure) + ".";
        }
        if (failure instanceof UpstreamFailure.RateLimited) {
            return "The console is throttling requests: " + trimStop(failure.describe())
                    + ". Wait a little before trying again.";
        }
        if (failure instanceof UpstreamFailure.ServerError server && isTransient(server.status())) {
            return "Server returned transient error after multiple retries: "
                    + (failure.detail().isEmpty()
                            ? "Transient server error " + server.status()
                            : trimStop(failure.detail()))
                    + ". Try again later.";
        }
        if (failure instanceof UpstreamFailure.ServerError server) {
            return "API error " + server.status() + ": " + orUnknown(failure)
                    + ". The console had a problem answering; try again later.";
        }
        if (failure instanceof UpstreamFailure.Timeout) {
            return "Request timeout: " + trimStop(failure.describe())
                    + ". Try again later, or ask for fewer assets at once.";
        }
        if (failure instanceof UpstreamFailure.Transport) {
            return "Network error: " + trimStop(failure.describe())
                    + ". Check that the console address is right and reachable from the server.";
        }
        if (failure instanceof UpstreamFailure.QueryError) {
            return "API error: " + orUnknown(failure) + ".";
        }
        if (failure instanceof UpstreamFailure.UnexpectedStatus) {
            var hint = UpstreamFailures.isRedirect(failure) ? " " + UpstreamFailures.REDIRECT_HINT : "";
            return "The console answered with an " + trimStop(failure.describe()) + "." + hint;
        }
        return "Failed to parse response: " + trimStop(failure.describe()) + ".";
    }

    /**
     * As {@link #explain}, and when the console refused a search whose criteria use the snake_case keys of
     * the answers, a reminder that filters take the console's camelCase names.
     */
    static String explainSearch(UpstreamFailure failure, AssetFilter filter) {
        var explanation = explain(failure);
        if (!(failure instanceof UpstreamFailure.ClientError client) || client.status() == 404) {
            return explanation;
        }
        var renames = new LinkedHashSet<String>();
        for (var names = filter.criteria().fieldNames(); names.hasNext(); ) {
            var name = names.next();
            int operator = name.indexOf("__");
            var field = operator < 0 ? name : name.substring(0, operator);
            var upstream = UPSTREAM_BY_OUTPUT_KEY.get(field);
            if (upstream != null) {
                renames.add(upstream + " instead of " + field);
            }
        }
        if (renames.isEmpty()) {
            return explanation;
        }
        return explanation + " Filters take the console's camelCase field names, not the snake_case keys of the"
                + " answers: use " + String.join(", ", renames) + ".";
    }

    private static boolean isTransient(int status) {
        return status == 502 || status == 503 || status == 504;
    }

    private static String detail(UpstreamFailure failure) {
        return failure.detail().isEmpty() ? "" : ": " + trimStop(failure.detail());
    }

    private static String orUnknown(UpstreamFailure failure) {
        return failure.detail().isEmpty() ? "Unknown error" : trimStop(failure.detail());
    }

    /** The console's text without a final full stop, so the sentence around it has exactly one. */
    private static String trimStop(String text) {
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }
}
