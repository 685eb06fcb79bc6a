package io.purplemcp.bootstrap.config;

import java.util.Locale;
import java.util.Optional;

/** The transport the server runs. */
public enum TransportMode {
    STDIO("stdio"),
    SSE("sse"),
    STREAMABLE_HTTP("streamable-http");

    /** The accepted command-line spellings, as printed in usage errors and help. */
    public static final String CLI_CHOICES = "'stdio', 'sse', 'streamable-http'";

    private final String cliName;

    TransportMode(String cliName) {
        this.cliName = cliName;
    }

    /** The lower-case name used on the command line and in {@code PURPLEMCP_TRANSPORT_MODE}. */
    public String cliName() {
        return cliName;
    }

    /** The name as printed in the start-up line, e.g. {@code STREAMABLE-HTTP}. */
    public String displayName() {
        return cliName.toUpperCase(Locale.ROOT);
    }

    /** Command-line rule: three values, any letter case; {@code http} is not one of them. */
    public static Optional<TransportMode> fromCli(String value) {
        String normalised = value.toLowerCase(Locale.ROOT);
        for (TransportMode mode : values()) {
            if (mode.cliName.equals(normalised)) {
                return Optional.of(mode);
            }
        }
        return Optional.empty();
    }

    /**
     * Configuration-loader rule: the four literal values, case-sensitive; {@code http} is a synonym
     * of {@code streamable-http} (reachable only when settings are loaded without the command line).
     */
    public static Optional<TransportMode> fromConfig(String value) {
        if ("http".equals(value)) {
            return Optional.of(STREAMABLE_HTTP);
        }
        for (TransportMode mode : values()) {
            if (mode.cliName.equals(value)) {
                return Optional.of(mode);
            }
        }
        return Optional.empty();
    }
}
