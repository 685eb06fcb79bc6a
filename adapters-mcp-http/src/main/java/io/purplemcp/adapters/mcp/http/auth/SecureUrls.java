package io.purplemcp.adapters.mcp.http.auth;

import java.net.URI;
import java.util.Locale;

/** Which URLs may carry keys and identities: HTTPS, or plain HTTP on loopback (tests, local servers). */
public final class SecureUrls {

    private SecureUrls() {}

    public static boolean acceptable(URI uri) {
        if (uri == null || !uri.isAbsolute() || uri.getHost() == null || uri.getRawUserInfo() != null) {
            return false;
        }
        var scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (scheme.equals("https")) {
            return true;
        }
        var host = uri.getHost().toLowerCase(Locale.ROOT);
        return scheme.equals("http") && (host.equals("localhost") || host.equals("127.0.0.1") || host.equals("[::1]"));
    }
}
