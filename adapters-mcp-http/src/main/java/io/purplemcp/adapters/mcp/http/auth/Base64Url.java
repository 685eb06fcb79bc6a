package io.purplemcp.adapters.mcp.http.auth;

import java.util.Base64;
import java.util.regex.Pattern;

/** The unpadded base64url of JOSE (RFC 7515 section 2), strictly: padding or other alphabets are refused. */
final class Base64Url {

    private static final Pattern ALPHABET = Pattern.compile("[A-Za-z0-9_-]*");

    private Base64Url() {}

    static byte[] decode(String text) {
        if (!ALPHABET.matcher(text).matches() || text.length() % 4 == 1) {
            throw new IllegalArgumentException("not unpadded base64url");
        }
        return Base64.getUrlDecoder().decode(text);
    }

    static String encode(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
