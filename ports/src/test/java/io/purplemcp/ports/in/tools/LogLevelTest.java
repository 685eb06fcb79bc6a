package io.purplemcp.ports.in.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class LogLevelTest {

    @Test
    void isOrderedLeastToMostSevere() {
        assertThat(LogLevel.values())
                .extracting(LogLevel::wireName)
                .containsExactly("debug", "info", "notice", "warning", "error", "critical", "alert", "emergency");
    }

    @ParameterizedTest
    @EnumSource(LogLevel.class)
    void readsBackItsWireName(LogLevel level) {
        assertThat(LogLevel.fromWireName(level.wireName())).isEqualTo(Optional.of(level));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"INFO", "Info", "trace", "warn", " info"})
    void knowsNoOtherNames(String name) {
        assertThat(LogLevel.fromWireName(name)).isEmpty();
    }
}
