package io.purplemcp.ports.out;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.Function;

/** The ids that cross the outbound ports share one rule (1 to 256 characters, trimmed), each with its own words. */
public final class IdAssertions {

    private IdAssertions() {}

    /** {@code id} refuses each of {@code bad} with {@code message}, and null outright. */
    public static void assertRefuses(Function<String, ?> id, String message, String... bad) {
        for (var value : bad) {
            assertThatThrownBy(() -> id.apply(value))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage(message);
        }
        assertThatThrownBy(() -> id.apply(null)).isInstanceOf(NullPointerException.class);
    }
}
