package io.purplemcp.adapters.sentinelone.http;

/** The TLS-verification bypass was requested where it is forbidden. */
public final class TlsBypassRefused extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    static final String HOW_TO = "To allow the bypass for local testing set PURPLEMCP_ENV=development; to trust a"
            + " private certificate authority set PURPLEMCP_CA_BUNDLE instead.";

    public TlsBypassRefused(String message) {
        super(message);
    }
}
