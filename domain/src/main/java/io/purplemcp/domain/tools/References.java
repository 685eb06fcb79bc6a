package io.purplemcp.domain.tools;

/**
 * The addresses of the reference documents (MCP resources) that tool descriptions point to instead
 * of repeating them. One place, so a description never names a document that does not exist.
 */
public final class References {

    public static final String SCHEME = "purplemcp://";
    public static final String POWERQUERY_GUIDE = SCHEME + "guides/powerquery";
    public static final String TIME_RANGES = SCHEME + "guides/time-ranges";
    public static final String FILTERS_TEMPLATE = SCHEME + "filters/{family}";

    private References() {}

    /** The filter and field reference of a findings family ({@code alerts}) or of {@code inventory}. */
    public static String filters(String family) {
        return FILTERS_TEMPLATE.replace("{family}", family);
    }
}
