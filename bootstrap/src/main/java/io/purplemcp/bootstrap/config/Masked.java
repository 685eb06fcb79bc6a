package io.purplemcp.bootstrap.config;

/** What {@code toString()} of a configuration record prints instead of a secret. */
final class Masked {

    static final String TEXT = "****";

    private Masked() {}

    static String orAbsent(Object value) {
        return value == null ? "<absent>" : TEXT;
    }
}
