package io.purplemcp.adapters.mcp.http.auth;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;

/** Where the authorization server's current signing keys come from. */
@FunctionalInterface
interface JwksSource {

    /** The JWK set document; throws when it cannot be had now (the cache then keeps what it knows). */
    JsonNode fetch() throws IOException;
}
