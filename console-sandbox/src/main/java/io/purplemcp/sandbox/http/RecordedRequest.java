package io.purplemcp.sandbox.http;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One request the sandbox received, as tests see it. The {@code Authorization} value is masked: only
 * its scheme is kept ({@code "Bearer ***"}), so a log can be printed safely.
 *
 * @param receivedAt when the request arrived
 * @param method the HTTP method
 * @param path the raw request path
 * @param query the raw query string, empty when there is none
 * @param headers request headers; keys compare case-insensitively
 * @param body the request body as UTF-8 text, cut at 64 KiB
 * @param status the status answered (or to be answered, for a delayed reply); 0 when the connection was reset
 * @param injectedFault the fault marker that shaped the answer, empty when none did
 */
public record RecordedRequest(
        Instant receivedAt,
        String method,
        String path,
        String query,
        Map<String, List<String>> headers,
        String body,
        int status,
        String injectedFault) {

    /** The first value of a header (case-insensitive name); for {@code Authorization} the masked value. */
    public Optional<String> header(String name) {
        var values = headers.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** The scheme of the {@code Authorization} header ({@code ApiToken}, {@code Bearer}), if one was sent. */
    public Optional<String> authScheme() {
        return header("Authorization").map(value -> value.substring(0, Math.max(0, value.indexOf(' '))));
    }

    /** {@code "GET /sdl/v2/api/queries/…?lastStepSeen=0 -> 200"}, for assertion messages. */
    @Override
    public String toString() {
        return method + " " + path + (query.isEmpty() ? "" : "?" + query) + " -> " + status
                + (injectedFault.isEmpty() ? "" : " [" + injectedFault + "]");
    }
}
