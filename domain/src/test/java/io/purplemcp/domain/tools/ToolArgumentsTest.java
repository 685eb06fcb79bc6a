package io.purplemcp.domain.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.purplemcp.ports.in.tools.ParameterSpec;
import io.purplemcp.ports.in.tools.ParameterType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ToolArgumentsTest {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private static final ParameterSpec QUERY = ParameterSpec.requiredString("query", "what to ask");
    private static final ParameterSpec SURFACE = ParameterSpec.nullableString("surface", "where to look");
    private static final ParameterSpec LIMIT = ParameterSpec.integer("limit", 50, "how many");
    private static final ParameterSpec DIRECTION =
            ParameterSpec.choice("direction", "past", List.of("past", "future"), "which way");
    private static final ParameterSpec RATIO =
            new ParameterSpec("ratio", ParameterType.NUMBER, false, false, NODES.numberNode(0.5), List.of(), "share");
    private static final ParameterSpec FLAG =
            new ParameterSpec("flag", ParameterType.BOOLEAN, false, false, NODES.booleanNode(false), List.of(), "on");
    private static final ParameterSpec COUNT =
            new ParameterSpec("count", ParameterType.INTEGER, true, false, null, List.of(), "required number");

    private static final List<ParameterSpec> ALL = List.of(QUERY, SURFACE, LIMIT, DIRECTION, RATIO, FLAG);

    static Stream<Arguments> acceptedIntegers() {
        return Stream.of(
                Arguments.of(NODES.numberNode(50), 50L),
                Arguments.of(NODES.numberNode(-7L), -7L),
                Arguments.of(NODES.numberNode(50.0), 50L),
                Arguments.of(NODES.numberNode(new BigDecimal("5E+1")), 50L),
                Arguments.of(NODES.numberNode(Long.MAX_VALUE), Long.MAX_VALUE),
                Arguments.of(NODES.textNode("50"), 50L),
                Arguments.of(NODES.textNode(" 50 "), 50L),
                Arguments.of(NODES.textNode("50.0"), 50L),
                Arguments.of(NODES.textNode("-3"), -3L),
                Arguments.of(NODES.textNode("+3"), 3L),
                Arguments.of(NODES.textNode("\t7.\n"), 7L),
                Arguments.of(NODES.textNode("7.000"), 7L),
                Arguments.of(NODES.textNode("\u20037\u3000"), 7L),
                Arguments.of(NODES.textNode("9223372036854775807"), Long.MAX_VALUE),
                Arguments.of(NODES.numberNode(1e1), 10L),
                Arguments.of(NODES.booleanNode(true), 1L),
                Arguments.of(NODES.booleanNode(false), 0L));
    }

    @ParameterizedTest
    @MethodSource("acceptedIntegers")
    void integersAreCoercedLikeTheReference(JsonNode sent, long expected) {
        assertThat(check(LIMIT, sent).integer("limit")).isEqualTo(expected);
    }

    static Stream<Arguments> refusedIntegers() {
        // Text that is not a plain decimal integer is refused as what it is: a string.
        var texts = Stream.of(
                        "abc",
                        "50.5",
                        "",
                        "1e1",
                        "\uff13",
                        "\u0663",
                        "0x10",
                        "1_000",
                        "5.01",
                        "+-5",
                        ".5",
                        "Infinity",
                        "1".repeat(101))
                .map(text -> Arguments.of(NODES.textNode(text), "a string"));
        var others = Stream.of(
                Arguments.of(NODES.numberNode(50.5), "a number with a fraction"),
                Arguments.of(NODES.nullNode(), "null"),
                Arguments.of(NODES.arrayNode().add(1), "an array"),
                Arguments.of(NODES.objectNode(), "an object"));
        return Stream.concat(others, texts);
    }

    static Stream<Arguments> integersBeyond64Bits() {
        return Stream.of(
                Arguments.of(NODES.numberNode(new BigInteger("9223372036854775808")), "9223372036854775808"),
                Arguments.of(NODES.numberNode(new BigInteger("-9223372036854775809")), "-9223372036854775809"),
                Arguments.of(NODES.textNode("99999999999999999999"), "99999999999999999999"),
                Arguments.of(NODES.numberNode(new BigDecimal("1E+30")), "1000000000000000000000000000000"),
                Arguments.of(NODES.numberNode(new BigInteger("9".repeat(60))), "9".repeat(40) + "…"));
    }

    @ParameterizedTest
    @MethodSource("integersBeyond64Bits")
    void integersBeyond64BitsAreRefusedForTheirRangeAndKeptExactForRangeChecks(JsonNode sent, String shown) {
        var arguments = check(LIMIT, sent);

        assertThatThrownBy(() -> arguments.integer("limit"))
                .isExactlyInstanceOf(InvalidArgument.class)
                .hasMessage("Invalid value for 'limit': " + shown + " is out of range; expected an integer from"
                        + " -9223372036854775808 to 9223372036854775807.");
        assertThat(arguments.exactInteger("limit")).isEqualTo(new BigDecimal(sent.asText()).toBigIntegerExact());
    }

    @Test
    void numbersWithoutAnExactIntegerValueAreOutOfRangeOrFractions() {
        assertThatThrownBy(() -> check(LIMIT, NODES.numberNode(Double.POSITIVE_INFINITY)))
                .hasMessage("Invalid value for 'limit': Infinity is out of range; expected an integer from"
                        + " -9223372036854775808 to 9223372036854775807.");
        assertThatThrownBy(() -> check(LIMIT, NODES.numberNode(new BigDecimal("1E+1000000000"))))
                .hasMessageStartingWith("Invalid value for 'limit': 1E+1000000000 is out of range;");
        assertThatThrownBy(() -> check(LIMIT, NODES.numberNode(new BigDecimal("1E-3"))))
                .hasMessage("Invalid value for 'limit': expected an integer, got a number with a fraction.");
    }

    @Test
    void aNullableIntegerIsEmptyWhenOmitted() {
        var first = new ParameterSpec("first", ParameterType.INTEGER, false, true, NODES.nullNode(), List.of(), "n");
        var omitted = ToolArguments.check(List.of(first), object());

        assertThat(omitted.optionalExactInteger("first")).isEmpty();
        assertThatThrownBy(() -> omitted.exactInteger("first"))
                .isExactlyInstanceOf(IllegalStateException.class)
                .hasMessage("parameter first is nullable; use optionalExactInteger");
        assertThat(check(first, NODES.textNode("4")).optionalExactInteger("first"))
                .contains(BigInteger.valueOf(4));
    }

    static Stream<Arguments> refusedStrings() {
        return Stream.of(
                Arguments.of(NODES.numberNode(5), "an integer"),
                Arguments.of(NODES.numberNode(5.5), "a number with a fraction"),
                Arguments.of(NODES.booleanNode(true), "a boolean"),
                Arguments.of(NODES.nullNode(), "null"),
                Arguments.of(NODES.arrayNode(), "an array"),
                Arguments.of(NODES.objectNode(), "an object"));
    }

    /** Integers refuse what would lose information, strings everything but text; both name what they got. */
    static Stream<Arguments> refusedValues() {
        return Stream.concat(
                refusedIntegers().map(row -> Arguments.of(LIMIT, "an integer", row.get()[0], row.get()[1])),
                refusedStrings().map(row -> Arguments.of(QUERY, "a string", row.get()[0], row.get()[1])));
    }

    @ParameterizedTest
    @MethodSource("refusedValues")
    void valuesOfAnotherKindAreRefusedByWhatTheyAre(
            ParameterSpec parameter, String expected, JsonNode sent, String described) {
        assertThatThrownBy(() -> check(parameter, sent))
                .isExactlyInstanceOf(InvalidArgument.class)
                .hasMessage("Invalid value for '" + parameter.name() + "': expected " + expected + ", got " + described
                        + ".");
    }

    @Test
    void aNullableStringAcceptsNullAndSaysSoWhenRefusing() {
        assertThat(check(SURFACE, NODES.nullNode()).optionalString("surface")).isEmpty();
        assertThat(check(SURFACE, NODES.textNode("")).optionalString("surface")).isEqualTo(Optional.of(""));
        assertThatThrownBy(() -> check(SURFACE, NODES.numberNode(3)))
                .hasMessage("Invalid value for 'surface': expected a string or null, got an integer.");
    }

    @Test
    void stringsAreKeptVerbatim() {
        var arguments = check(QUERY, NODES.textNode("  spaced \"quoted\"\n"));

        assertThat(arguments.string("query")).isEqualTo("  spaced \"quoted\"\n");
        assertThat(arguments.optionalString("query")).isEqualTo(Optional.of("  spaced \"quoted\"\n"));
    }

    @Test
    void omittedArgumentsTakeTheirDefaults() {
        var arguments = ToolArguments.check(ALL, object("query", NODES.textNode("q")));

        assertThat(arguments.optionalString("surface")).isEmpty();
        assertThat(arguments.integer("limit")).isEqualTo(50L);
        assertThat(arguments.string("direction")).isEqualTo("past");
        assertThat(arguments.number("ratio")).isEqualTo(0.5);
        assertThat(arguments.bool("flag")).isFalse();
    }

    @Test
    void enumerationsAcceptOnlyTheirValues() {
        assertThat(check(DIRECTION, NODES.textNode("future")).string("direction"))
                .isEqualTo("future");
        assertThatThrownBy(() -> check(DIRECTION, NODES.textNode("sideways")))
                .isExactlyInstanceOf(InvalidArgument.class)
                .hasMessage("Invalid value for 'direction': must be one of 'past', 'future'.");
        assertThatThrownBy(() -> check(DIRECTION, NODES.textNode("Past")))
                .hasMessage("Invalid value for 'direction': must be one of 'past', 'future'.");
    }

    @Test
    void numbersAndBooleansAreStrict() {
        assertThat(check(RATIO, NODES.numberNode(2)).number("ratio")).isEqualTo(2.0);
        assertThat(check(RATIO, NODES.numberNode(1.25)).number("ratio")).isEqualTo(1.25);
        assertThat(check(FLAG, NODES.booleanNode(true)).bool("flag")).isTrue();
        assertThatThrownBy(() -> check(RATIO, NODES.textNode("1.5")))
                .hasMessage("Invalid value for 'ratio': expected a number, got a string.");
        assertThatThrownBy(() -> check(FLAG, NODES.textNode("true")))
                .hasMessage("Invalid value for 'flag': expected a boolean, got a string.");
        assertThatThrownBy(() -> check(FLAG, NODES.numberNode(1)))
                .hasMessage("Invalid value for 'flag': expected a boolean, got an integer.");
    }

    @Test
    void missingRequiredArgumentsAreRefused() {
        assertThatThrownBy(() -> ToolArguments.check(List.of(LIMIT, COUNT), object()))
                .isExactlyInstanceOf(InvalidArgument.class)
                .hasMessage("Missing required argument 'count'.");
        assertThat(ToolArguments.check(List.of(COUNT), object("count", NODES.numberNode(3)))
                        .integer("count"))
                .isEqualTo(3L);
    }

    @Test
    void unknownArgumentNamesAreRefusedWithTheExpectedNames() {
        assertThatThrownBy(() -> ToolArguments.check(
                        List.of(QUERY, LIMIT),
                        object("query", NODES.textNode("q"), "limt", NODES.numberNode(1), "x", NODES.nullNode())))
                .isExactlyInstanceOf(InvalidArgument.class)
                .hasMessage("Unknown argument 'limt', 'x'. Expected only: query, limit.");
        assertThatThrownBy(() -> ToolArguments.check(List.of(), object("x", NODES.numberNode(1))))
                .hasMessage("Unknown argument 'x'. This tool takes no arguments.");
    }

    @Test
    void unknownNamesAreReportedBeforeBadValues() {
        assertThatThrownBy(() -> ToolArguments.check(
                        List.of(LIMIT), object("limit", NODES.textNode("abc"), "other", NODES.nullNode())))
                .hasMessageStartingWith("Unknown argument 'other'.");
    }

    @Test
    void aToolWithoutParametersAcceptsAnEmptyObject() {
        var arguments = ToolArguments.check(List.of(), object());

        assertThatThrownBy(() -> arguments.integer("limit"))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("the tool declares no parameter limit");
    }

    @Test
    void readingANullableStringAsRequiredIsAProgrammingError() {
        var arguments = check(SURFACE, NODES.nullNode());

        assertThatThrownBy(() -> arguments.string("surface"))
                .isExactlyInstanceOf(IllegalStateException.class)
                .hasMessage("parameter surface is nullable; use optionalString");
    }

    @Test
    void theArgumentObjectIsNotChanged() {
        var sent = object("query", NODES.textNode("q"));

        ToolArguments.check(ALL, sent);

        assertThat(sent).isEqualTo(object("query", NODES.textNode("q")));
    }

    private static ToolArguments check(ParameterSpec parameter, JsonNode sent) {
        return ToolArguments.check(List.of(parameter), object(parameter.name(), sent));
    }

    private static ObjectNode object(Object... namesAndValues) {
        var object = NODES.objectNode();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            object.set((String) namesAndValues[i], (JsonNode) namesAndValues[i + 1]);
        }
        return object;
    }
}
