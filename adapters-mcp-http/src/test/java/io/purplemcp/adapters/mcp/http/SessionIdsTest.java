package io.purplemcp.adapters.mcp.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class SessionIdsTest {

    @Test
    void aNewIdIsWellFormedAndUnlikeTheNext() {
        var ids = new SessionIds();
        var first = ids.next();

        assertThat(first).matches("[0-9a-f]{32}");
        assertThat(SessionIds.isWellFormed(first)).isTrue();
        assertThat(ids.next()).isNotEqualTo(first);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0123456789abcdef0123456789ABCDEF", "ffffffffffffffffffffffffffffffff"})
    void thirtyTwoHexDigitsInEitherCaseAreWellFormed(String id) {
        assertThat(SessionIds.isWellFormed(id)).isTrue();
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(
            strings = {
                "",
                "0123456789abcdef0123456789abcde",
                "0123456789abcdef0123456789abcdef0",
                "0123456789abcdef0123456789abcdeg",
                "g123456789abcdef0123456789abcdef",
                "0123456789abcdef/123456789abcdef",
                "0123456789abcdef:123456789abcdef",
                "0123456789abcdef@123456789abcdef",
                "0123456789abcdef`123456789abcdef",
                "0123456789abcdef\u0660123456789abcdef",
                "0123456789abcdef\uff10123456789abcdef"
            })
    void anythingElseIsNot(String id) {
        assertThat(SessionIds.isWellFormed(id)).isFalse();
    }
}
