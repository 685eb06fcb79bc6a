package io.purplemcp.adapters.sentinelone.http;

import java.net.http.HttpHeaders;
import java.util.Objects;

/** A complete answer: status, headers and the whole (size-capped) body. */
public record Response(int status, HttpHeaders headers, Body body) {

    public Response {
        Objects.requireNonNull(headers, "headers");
        Objects.requireNonNull(body, "body");
    }

    public boolean isSuccess() {
        return status >= 200 && status <= 299;
    }
}
