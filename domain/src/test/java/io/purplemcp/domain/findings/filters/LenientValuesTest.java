package io.purplemcp.domain.findings.filters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The lenient value readings and the datetime rules of docs/decisions/0012-findings-filters.md. */
class LenientValuesTest {

    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    static JsonNode decimal(String text) {
        return DecimalNode.valueOf(new BigDecimal(text));
    }

    static long integer(JsonNode value) throws LenientValues.Rejected {
        return LenientValues.integer("'v'", value, Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    static long anyLong(JsonNode value) throws LenientValues.Rejected {
        return LenientValues.integer("'v'", value, Long.MIN_VALUE, Long.MAX_VALUE);
    }

    @Test
    void booleans() throws Exception {
        assertThat(LenientValues.bool("x", NODES.booleanNode(true), false)).contains(true);
        assertThat(LenientValues.bool("x", NODES.numberNode(1), false)).contains(true);
        assertThat(LenientValues.bool("x", NODES.numberNode(0), false)).contains(false);
        assertThat(LenientValues.bool("x", NODES.numberNode(1L), false)).contains(true);
        assertThat(LenientValues.bool("x", NODES.nullNode(), true)).isEmpty();
        for (var word : new String[] {"true", "TRUE", " t ", "Yes", "y", "on", "1"}) {
            assertThat(LenientValues.bool("x", NODES.textNode(word), false))
                    .as(word)
                    .contains(true);
        }
        for (var word : new String[] {"false", "F", "no", "N", "off", "0"}) {
            assertThat(LenientValues.bool("x", NODES.textNode(word), false))
                    .as(word)
                    .contains(false);
        }
        for (var value : new JsonNode[] {
            NODES.numberNode(2),
            NODES.numberNode(-1),
            NODES.numberNode(4294967297L),
            decimal("1.0"),
            decimal("0.0"),
            NODES.textNode("maybe"),
            NODES.textNode(""),
            NODES.nullNode(),
            NODES.arrayNode()
        }) {
            assertThatThrownBy(() -> LenientValues.bool("'flag'", value, false))
                    .as(value.toString())
                    .isInstanceOf(LenientValues.Rejected.class)
                    .hasMessage("'flag' must be a boolean (true or false), got " + value + ".");
        }
    }

    @Test
    void integers() throws Exception {
        assertThat(integer(NODES.numberNode(7))).isEqualTo(7);
        assertThat(integer(NODES.textNode(" -7 "))).isEqualTo(-7);
        assertThat(integer(NODES.textNode("+1_000"))).isEqualTo(1000);
        assertThat(integer(decimal("5.0"))).isEqualTo(5);
        assertThat(integer(decimal("5E+2"))).isEqualTo(500);
        assertThat(integer(decimal("0.000"))).isZero();
        assertThat(integer(NODES.booleanNode(true))).isEqualTo(1);
        assertThat(integer(NODES.booleanNode(false))).isZero();
        assertThat(integer(NODES.numberNode(Integer.MIN_VALUE))).isEqualTo(Integer.MIN_VALUE);
        assertThat(integer(NODES.numberNode(Integer.MAX_VALUE))).isEqualTo(Integer.MAX_VALUE);
        assertThat(anyLong(NODES.numberNode(Long.MIN_VALUE))).isEqualTo(Long.MIN_VALUE);
        assertThat(anyLong(NODES.textNode("0".repeat(45) + "1"))).isEqualTo(1);
    }

    @Test
    void integersThatWouldLoseSomethingAreRefused() {
        assertThatThrownBy(() -> integer(decimal("5.5"))).hasMessage("'v' must be a whole number, got 5.5.");
        assertThatThrownBy(() -> integer(NODES.textNode("1.5"))).hasMessage("'v' must be an integer, got \"1.5\".");
        assertThatThrownBy(() -> integer(NODES.textNode("1__0"))).hasMessage("'v' must be an integer, got \"1__0\".");
        assertThatThrownBy(() -> integer(NODES.textNode("_1"))).isInstanceOf(LenientValues.Rejected.class);
        assertThatThrownBy(() -> integer(NODES.nullNode())).hasMessage("'v' must be an integer, got null.");
        assertThatThrownBy(() -> integer(NODES.objectNode())).hasMessage("'v' must be an integer, got {}.");
        assertThatThrownBy(() -> anyLong(NODES.textNode("0".repeat(46) + "1")))
                .hasMessage("'v' must be an integer, got \"" + "0".repeat(46) + "1\".");
        assertThatThrownBy(() -> integer(NODES.numberNode(Integer.MAX_VALUE + 1L)))
                .hasMessage("'v' must be between -2147483648 and 2147483647, got 2147483648. Use the long_ filter"
                        + " types for larger numbers.");
        assertThatThrownBy(() -> integer(NODES.numberNode(Integer.MIN_VALUE - 1L)))
                .hasMessageStartingWith("'v' must be between");
        assertThatThrownBy(() -> anyLong(decimal("1E+25")))
                .hasMessage("'v' must be between -9223372036854775808 and 9223372036854775807, got 1E+25.");
        assertThatThrownBy(() -> anyLong(decimal("-1E+19"))).hasMessageStartingWith("'v' must be between");
        assertThatThrownBy(() -> anyLong(decimal("99999999999999999999")))
                .hasMessageStartingWith("'v' must be" + " between");
        assertThatThrownBy(() -> anyLong(NODES.numberNode(new BigInteger("9223372036854775808"))))
                .hasMessageStartingWith("'v' must be between");
    }

    @Test
    void millis() throws Exception {
        assertThat(LenientValues.millis("'start'", NODES.numberNode(1730289600000L)))
                .isEqualTo(1730289600000L);
        assertThat(LenientValues.millis("'start'", NODES.textNode("1730289600000")))
                .isEqualTo(1730289600000L);
        assertThat(LenientValues.millis("'start'", decimal("1730289600000.9"))).isEqualTo(1730289600000L);
        assertThat(LenientValues.millis("'start'", NODES.numberNode(LenientValues.MIN_MILLIS)))
                .isEqualTo(100_000_000_000L);
        assertThat(LenientValues.millis("'start'", NODES.numberNode(LenientValues.MAX_MILLIS)))
                .isEqualTo(9_999_999_999_999L);
    }

    @Test
    void millisThatAreNotMillisAreRefused() {
        assertThatThrownBy(() -> LenientValues.millis("'start'", NODES.booleanNode(true)))
                .hasMessageStartingWith(
                        "'start' must be an integer (milliseconds since 1970-01-01T00:00:00Z), got" + " true.");
        assertThatThrownBy(() -> LenientValues.millis("'start'", decimal("0.5")))
                .hasMessageStartingWith("'start' = 0 is not a timestamp after 1970");
        assertThatThrownBy(() -> LenientValues.millis("'start'", decimal("-0.5")))
                .hasMessageStartingWith("'start' = 0 is not a timestamp after 1970");
        assertThatThrownBy(() -> LenientValues.millis("'end'", NODES.numberNode(LenientValues.MIN_MILLIS - 1)))
                .hasMessage("'end' = 99999999999 looks like seconds, not milliseconds: multiply it by 1000, or use the"
                        + " iso_to_unix_timestamp tool.");
        assertThatThrownBy(() -> LenientValues.millis("'end'", NODES.numberNode(LenientValues.MAX_MILLIS + 1)))
                .hasMessageStartingWith("'end' = 10000000000000 has more than 13 digits");
        assertThatThrownBy(() -> LenientValues.millis("'end'", NODES.numberNode(-LenientValues.MAX_MILLIS - 1)))
                .hasMessageStartingWith("'end' = -10000000000000 has more than 13 digits");
        assertThatThrownBy(() -> LenientValues.millis("'end'", NODES.numberNode(-LenientValues.MAX_MILLIS)))
                .hasMessageStartingWith("'end' = -9999999999999 is not a timestamp after 1970");
        assertThatThrownBy(() -> LenientValues.millis("'end'", decimal("1E+30")))
                .hasMessage("'end' = 100000000000000000000 has more than 13 digits: it looks like microseconds or"
                        + " nanoseconds. Use milliseconds; the iso_to_unix_timestamp tool gives them.");
        assertThatThrownBy(() -> LenientValues.millis("'end'", decimal("-1E+30")))
                .hasMessageStartingWith("'end' = -100000000000000000000 has more than 13 digits");
        assertThatThrownBy(() -> LenientValues.millis("'end'", decimal("12345678901234567890.5")))
                .hasMessageStartingWith("'end' = 12345678901234567890 has more than 13 digits");
        assertThatThrownBy(() -> LenientValues.millis("'end'", NODES.nullNode()))
                .hasMessageStartingWith("'end' must be an integer");
    }

    @Test
    void optionalIsOnlyForNullable() throws Exception {
        assertThat(LenientValues.bool("x", NODES.textNode("no"), true)).isEqualTo(Optional.of(false));
    }
}
