package io.purplemcp.bootstrap.config;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** A group of tools an operator can serve or leave out as a whole, in the order clients list them. */
public enum Toolset {
    PURPLE_AI,
    POWERQUERY,
    TIME,
    ALERTS,
    MISCONFIGURATIONS,
    VULNERABILITIES,
    INVENTORY;

    /** Every toolset's name, comma separated, for messages that list the valid ones. */
    public static final String NAMES =
            Arrays.stream(values()).map(Toolset::wireName).collect(Collectors.joining(", "));

    /** The name used in {@code --toolsets} and {@code PURPLEMCP_TOOLSETS}, e.g. {@code purple_ai}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Toolset> fromWireName(String name) {
        return Arrays.stream(values())
                .filter(set -> set.wireName().equals(name))
                .findFirst();
    }
}
