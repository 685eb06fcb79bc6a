package io.purplemcp.domain.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ItemIdTest {

    @Test
    void surroundingWhitespaceIsDropped() {
        assertThat(ItemId.parse("alert_id", "  a1b2\n").value()).isEqualTo("a1b2");
        assertThat(ItemId.parse("alert_id", "id with inner space").value()).isEqualTo("id with inner space");
        assertThat(ItemId.parse("alert_id", "ünïcödé-ид").toString()).isEqualTo("ünïcödé-ид");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\t\n"})
    void blankIdsAreRefusedNamingTheParameter(String raw) {
        assertThatThrownBy(() -> ItemId.parse("item_id", raw))
                .isInstanceOf(InvalidArgument.class)
                .hasMessage("item_id cannot be empty.");
    }

    @Test
    void theLengthLimitIs256() {
        assertThat(ItemId.parse("x", "a".repeat(256)).value()).hasSize(256);
        assertThatThrownBy(() -> ItemId.parse("x", "a".repeat(257)))
                .isInstanceOf(InvalidArgument.class)
                .hasMessage("x is too long: at most 256 characters, got 257.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\u0000b", "a\u200Bb", "a\u2028b", "a\uE000b", "a\u0085b"})
    void unprintableCharactersAreRefused(String raw) {
        assertThatThrownBy(() -> ItemId.parse("x", raw))
                .isInstanceOf(InvalidArgument.class)
                .hasMessage("x may only contain printable characters.");
    }

    @Test
    void theConstructorAcceptsOnlyWhatParseWouldProduce() {
        assertThat(new ItemId("ok").value()).isEqualTo("ok");
        assertThatThrownBy(() -> new ItemId(" padded ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ItemId("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ItemId(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ItemId("a".repeat(257))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ItemId("a\u0000")).isInstanceOf(IllegalArgumentException.class);
    }
}
