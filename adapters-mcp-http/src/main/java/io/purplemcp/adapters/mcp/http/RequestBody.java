package io.purplemcp.adapters.mcp.http;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;

/**
 * Reads a request body without letting its sender decide how much memory we spend: a declared length
 * over the cap is refused unread, and an undeclared (chunked) body is read one byte past the cap at most.
 */
final class RequestBody {

    private RequestBody() {}

    /** The body, or empty when it is larger than {@code maxBytes}. */
    static Optional<byte[]> read(HttpExchange exchange, int maxBytes) throws IOException {
        var headers = exchange.getRequestHeaders();
        // With a Transfer-Encoding as well, the length is not what the JDK reads by: stay with the capped read.
        var declared = headers.containsKey("Transfer-Encoding") ? null : headers.getFirst("Content-Length");
        if (declared != null) {
            try {
                long length = Long.parseLong(declared.trim());
                if (length > maxBytes) {
                    return Optional.empty();
                }
                if (length >= 0) {
                    // Read into an array of the declared size: reading up to the cap allocates in 8 KiB
                    // steps, most of the garbage a small JSON-RPC message made. The JDK ends the stream at the
                    // declared length, so a shorter body leaves a shorter array.
                    var body = new byte[(int) length];
                    int read = exchange.getRequestBody().readNBytes(body, 0, body.length);
                    return Optional.of(read == body.length ? body : Arrays.copyOf(body, read));
                }
            } catch (NumberFormatException e) {
                // The JDK rejects a malformed length before we are called; reading below stays bounded anyway.
            }
        }
        var bytes = exchange.getRequestBody().readNBytes(maxBytes + 1);
        return bytes.length > maxBytes ? Optional.empty() : Optional.of(bytes);
    }
}
