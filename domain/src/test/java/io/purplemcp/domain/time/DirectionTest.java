package io.purplemcp.domain.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.purplemcp.domain.tools.ToolFailure;
import org.junit.jupiter.api.Test;

class DirectionTest {

    @Test
    void readsTheWireNames() {
        assertThat(Direction.of("past")).isEqualTo(Direction.PAST);
        assertThat(Direction.of("future")).isEqualTo(Direction.FUTURE);
        assertThat(Direction.NAMES).containsExactly("past", "future");
    }

    @Test
    void refusesAnyOtherName() {
        assertThatThrownBy(() -> Direction.of("Past"))
                .isExactlyInstanceOf(ToolFailure.class)
                .hasMessage("Invalid direction 'Past'. Must be 'past' or 'future'.");
    }
}
