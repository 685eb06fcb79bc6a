package io.purplemcp.domain.inventory;

import static io.purplemcp.domain.inventory.InventoryCalls.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.LongNode;
import io.purplemcp.domain.tools.InvalidArgument;
import io.purplemcp.domain.tools.Refusals;
import java.math.BigInteger;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The filters reader: strict JSON, the limits, and a message for every way to get it wrong. */
class AssetFiltersArgumentTest {

    static JsonNode parse(String text) {
        return AssetFiltersArgument.parse(Optional.of(text)).criteria();
    }

    static String refusal(String text) {
        return Refusals.refusal(() -> AssetFiltersArgument.parse(Optional.of(text)));
    }

    @Test
    void readsEveryKindOfValue() {
        var text = "{\"s\":\"a\\\"b\\\\c\\/d\\b\\f\\n\\r\\t\\u00e9\\ud83d\\ude00\",\"t\":true,\"f\":false,\"n\":null,"
                + "\"i\":-12,\"l\":12345678901,\"b\":123456789012345678901234567890,\"d\":-1.50e-3,\"z\":0,"
                + "\"a\":[[],{}],\"o\":{\"from\":1,\"to\":2}}";

        var criteria = parse(text);

        assertThat(criteria).isEqualTo(json(text));
        assertThat(criteria.get("s").textValue()).isEqualTo("a\"b\\c/d\b\f\n\r\té\uD83D\uDE00");
        assertThat(criteria.get("i")).isEqualTo(IntNode.valueOf(-12));
        assertThat(criteria.get("l")).isEqualTo(LongNode.valueOf(12_345_678_901L));
        assertThat(criteria.get("b"))
                .isEqualTo(BigIntegerNode.valueOf(new BigInteger("123456789012345678901234567890")));
        assertThat(criteria.get("d")).isEqualTo(DoubleNode.valueOf(-0.0015));
        assertThat(criteria.get("z")).isEqualTo(IntNode.valueOf(0));
    }

    @Test
    void integersAtTheEdgesOfIntAndLong() {
        assertThat(parse("{\"a\":2147483647,\"b\":-2147483648,\"c\":2147483648,\"d\":-2147483649}"))
                .isEqualTo(json("{\"a\":2147483647,\"b\":-2147483648,\"c\":2147483648,\"d\":-2147483649}"));
        assertThat(parse("{\"a\":2147483647}").get("a")).isInstanceOf(IntNode.class);
        assertThat(parse("{\"a\":-2147483648}").get("a")).isInstanceOf(IntNode.class);
        assertThat(parse("{\"a\":2147483648}").get("a")).isInstanceOf(LongNode.class);
        assertThat(parse("{\"a\":-2147483649}").get("a")).isInstanceOf(LongNode.class);
        assertThat(parse("{\"a\":9223372036854775807}").get("a")).isInstanceOf(LongNode.class);
        assertThat(parse("{\"a\":-9223372036854775808}").get("a")).isInstanceOf(LongNode.class);
        assertThat(parse("{\"a\":9223372036854775808}").get("a")).isInstanceOf(BigIntegerNode.class);
        assertThat(parse("{\"a\":-9223372036854775809}").get("a")).isInstanceOf(BigIntegerNode.class);
    }

    @Test
    void whitespaceAroundEverythingIsAllowed() {
        assertThat(parse(" \t\r\n{ \"a\" : [ 1 , 2 ] , \"b\" : { } , \"c\" : [ ] } \n"))
                .isEqualTo(json("{\"a\":[1,2],\"b\":{},\"c\":[]}"));
    }

    @Test
    void theCallersOrderIsKept() {
        assertThat(parse("{\"z\":1,\"a\":2,\"m\":3}").fieldNames()).toIterable().containsExactly("z", "a", "m");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "{|expected a member name in double quotes (at character 2)",
                "{\"a\"|expected ':' after a member name (at character 5)",
                "{\"a\":|the text ends where a value was expected (at character 6)",
                "{\"a\":1|expected ',' or '}' after a member (at character 7)",
                "{\"a\":1 2}|expected ',' or '}' after a member, found '2' (at character 8)",
                "{\"a\":[1|expected ',' or ']' after a value (at character 8)",
                "{\"a\":[1 2]}|expected ',' or ']' after a value, found '2' (at character 9)",
                "{\"a\":[1,]}|unexpected ']' where a value was expected (at character 9)",
                "{\"a\":1,}|expected a member name in double quotes (at character 8)",
                "{a:1}|expected a member name in double quotes (at character 2)",
                "{'a':1}|expected a member name in double quotes (at character 2)",
                "{\"a\":'x'}|unexpected ''' where a value was expected (at character 6)",
                "{\"a\":tru}|unexpected 't' where a value was expected (at character 6)",
                "{\"a\":nul}|unexpected 'n' where a value was expected (at character 6)",
                "{\"a\":falsy}|unexpected 'f' where a value was expected (at character 6)",
                "{\"a\":NaN}|unexpected 'N' where a value was expected (at character 6)",
                "{\"a\":Infinity}|unexpected 'I' where a value was expected (at character 6)",
                "{\"a\":+1}|unexpected '+' where a value was expected (at character 6)",
                "{\"a\":01}|expected ',' or '}' after a member, found '1' (at character 7)",
                "{\"a\":-}|a number needs digits (at character 7)",
                "{\"a\":1.}|a number needs digits after the decimal point (at character 8)",
                "{\"a\":.5}|unexpected '.' where a value was expected (at character 6)",
                "{\"a\":1e}|a number needs digits in its exponent (at character 8)",
                "{\"a\":1e+}|a number needs digits in its exponent (at character 9)",
                "{\"a\":1e99999999999}|a number is too large (at character 6)",
                "{\"a\":-1e309}|a number is too large (at character 6)",
                "{\"a\":\"x}|a string is not closed (at character 9)",
                "{\"a\":\"x\\|a string is not closed (at character 9)",
                "{\"a\":\"\\x\"}|invalid escape \\x (at character 7)",
                "{\"a\":\"\\u12\"}|\\u needs four hexadecimal digits (at character 7)",
                "{\"a\":\"\\u12g4\"}|\\u needs four hexadecimal digits (at character 7)",
                "{\"a\":\"\\u12|\\u needs four hexadecimal digits (at character 7)",
                "{\"a\":\"\\ud800\"}|a string holds an unpaired surrogate (half of a \\uD800-\\uDFFF pair) (at character 14)",
                "{\"a\":\"\\udc00\\ud800\"}|a string holds an unpaired surrogate (half of a \\uD800-\\uDFFF pair) (at character 20)",
                "{} {}|unexpected '{' after the end of the JSON value (at character 4)",
                "{}x|unexpected 'x' after the end of the JSON value (at character 3)",
                "{\"a\":1}\"|unexpected '\"' after the end of the JSON value (at character 8)",
            })
    void everySyntaxErrorSaysWhatAndWhere(String text, String problem) {
        assertThat(refusal(text))
                .isEqualTo("Invalid JSON in filters parameter: " + problem + ". Write filters as a JSON object in a"
                        + " string, e.g. {\"resourceType\": [\"Windows Server\"]}.");
    }

    /** Unescaped control characters, odd whitespace and bad escapes, as sent, and what the refusal names. */
    static Stream<Arguments> oddCharactersAndEscapes() {
        return Stream.of(
                Arguments.of("{\"a\":\"x\ny\"}", "a control character in a string must be escaped (at character 8)"),
                Arguments.of("{\"a\":\u00a01}", "unexpected character U+00A0 where a value was expected"),
                Arguments.of("{\"a\":é}", "unexpected character U+00E9 where a value was expected"),
                Arguments.of("{\"a\":~}", "unexpected '~' where a value was expected"),
                Arguments.of("{\"a\":!}", "unexpected '!' where a value was expected"),
                Arguments.of("{\"a\":\u0001}", "unexpected character U+0001 where a value was expected"),
                Arguments.of("{\"a\":\uD800}", "unexpected character U+D800 where a value was expected"),
                Arguments.of("{\"a\":\"\uD800\"}", "unpaired surrogate"),
                Arguments.of("{\"a\":\"\uDC00\"}", "unpaired surrogate"),
                Arguments.of("{\"a\":\"\\ud83d\"}", "unpaired surrogate"),
                // Escapes at the end of the text.
                Arguments.of("{\"a\":\"\\u0041", "a string is not closed (at character 13)"),
                Arguments.of("{\"a\":\"\\\u0001\"}", "invalid escape \\ (at character 7)"),
                Arguments.of("{\"a\":\"\\ud800x\"}", "unpaired surrogate"),
                Arguments.of("{\"a\":\"\uD800x\"}", "unpaired surrogate"));
    }

    @ParameterizedTest
    @MethodSource("oddCharactersAndEscapes")
    void oddCharactersAndBadEscapesAreNamed(String sent, String named) {
        assertThat(refusal(sent)).contains(named);
    }

    @Test
    void escapedControlCharactersAndPairedSurrogatesAreFine() {
        assertThat(parse("{\"a\":\"\\u0000\\u001f\"}").get("a").textValue()).isEqualTo("\u0000\u001f");
        assertThat(parse("{\"a\":\"\uD83D\uDE00\"}").get("a").textValue()).isEqualTo("\uD83D\uDE00");
        assertThat(parse("{\"a\":\"\\uD83D\\uDE00\"}").get("a").textValue()).isEqualTo("\uD83D\uDE00");
    }

    @Test
    void notAnObject() {
        assertThat(refusal("[1]"))
                .isEqualTo("filters must be a JSON object such as {\"assetStatus\": [\"Active\"]}, got an array.");
        assertThat(refusal("\"x\"")).endsWith("got a string.");
        assertThat(refusal("-1.5")).endsWith("got a number.");
        assertThat(refusal("false")).endsWith("got a boolean.");
        assertThat(refusal("null")).endsWith("got null.");
    }

    @Test
    void theWholeTextIsCapped() {
        var padding = " ".repeat(AssetFiltersArgument.MAX_LENGTH - 2);
        assertThat(parse("{" + padding + "}")).isEmpty();
        assertThat(refusal("{" + padding + " }"))
                .isEqualTo("filters is too long: at most 65536 characters, got 65537. Use fewer or shorter criteria.");
    }

    @Test
    void stringsAreCappedWhereverTheyAre() {
        var longest = "x".repeat(AssetFiltersArgument.MAX_STRING);
        assertThat(parse("{\"" + longest + "\":[\"" + longest + "\"]}")).hasSize(1);

        assertThat(refusal("{\"name__contains\":[\"a\",\"" + longest + "y\"]}"))
                .isEqualTo("filters.name__contains[1] is longer than 1024 characters.");
        assertThat(refusal("{\"o\":{\"from\":\"" + longest + "y\"}}"))
                .isEqualTo("filters.o.from is longer than 1024 characters.");
        assertThat(refusal("{\"" + longest + "y\":1}"))
                .isEqualTo("filters (a member name) is longer than 1024 characters.");
        // An escape counts as the one character it stands for.
        assertThat(parse("{\"a\":\"" + "\\u0041".repeat(AssetFiltersArgument.MAX_STRING) + "\"}")
                        .get("a")
                        .textValue())
                .hasSize(AssetFiltersArgument.MAX_STRING);
        assertThat(refusal("{\"a\":" + "1".repeat(AssetFiltersArgument.MAX_STRING + 1) + "}"))
                .isEqualTo("filters.a is a number longer than 1024 characters.");
        assertThat(parse("{\"a\":" + "1".repeat(AssetFiltersArgument.MAX_STRING) + "}")
                        .get("a")
                        .isBigInteger())
                .isTrue();
    }

    @Test
    void arraysAndObjectsHoldAtMostAHundredEntries() {
        assertThat(parse("{\"id__in\":[" + "1,".repeat(99) + "1]}").get("id__in"))
                .hasSize(100);
        assertThat(refusal("{\"id__in\":[" + "1,".repeat(100) + "1]}"))
                .isEqualTo("filters.id__in holds more than 100 values; split the search into several calls.");

        var members = new StringBuilder("{");
        for (int i = 0; i < 100; i++) {
            members.append(i == 0 ? "" : ",").append("\"k").append(i).append("\":1");
        }
        assertThat(parse(members + "}")).hasSize(100);
        assertThat(refusal(members + ",\"k100\":1}")).isEqualTo("filters has more than 100 members.");
        assertThat(refusal("{\"o\":{" + members.substring(1) + ",\"k100\":1}}"))
                .isEqualTo("filters.o has more than 100 members.");
    }

    @Test
    void nestingIsCapped() {
        assertThat(parse("{\"a\":" + "[".repeat(15) + "]".repeat(15) + "}")).hasSize(1);
        assertThat(refusal("{\"a\":" + "[".repeat(16) + "]".repeat(16) + "}"))
                .isEqualTo("filters.a" + "[0]".repeat(15) + " is nested more than 16 levels deep.");
        assertThat(parse("{\"a\":" + "{\"a\":".repeat(15) + "1" + "}".repeat(16)))
                .hasSize(1);
        assertThat(refusal("{\"a\":" + "{\"a\":".repeat(16) + "1" + "}".repeat(17)))
                .isEqualTo("filters" + ".a".repeat(16) + " is nested more than 16 levels deep.");
        // Far deeper than any stack allows still ends in the same refusal, not a crash.
        assertThat(refusal("[".repeat(60_000))).contains("is nested more than 16 levels deep.");
    }

    @Test
    void aNameMayNotBeGivenTwice() {
        assertThat(refusal("{\"a\":[1],\"a\":[2]}")).isEqualTo("filters.a is given twice.");
        assertThat(refusal("{\"o\":{\"from\":1,\"from\":2}}")).startsWith("filters.o.from is given twice");
    }

    @Test
    void namesInMessagesAreOneShortLine() {
        assertThat(refusal("{\"a\\nb\":[" + "1,".repeat(100) + "1]}"))
                .startsWith("filters.a b holds more than 100 values");
        var longName = "n".repeat(80);
        assertThat(refusal("{\"" + longName + "\":[" + "1,".repeat(100) + "1]}"))
                .startsWith("filters." + "n".repeat(64) + "… holds more than 100 values");
    }

    @Test
    void thePageIsNotACriterion() {
        assertThat(refusal("{\"limit\":1}")).startsWith("filters cannot contain 'limit' or 'skip'");
        assertThat(refusal("{\"a\":1,\"skip\":1}")).startsWith("filters cannot contain 'limit' or 'skip'");
        // Only the top-level names are the page; a nested one is the console's business.
        assertThat(parse("{\"o\":{\"limit\":1},\"limit__in\":[1]}")).hasSize(2);
    }

    @Test
    void anEmptyNameIsRefused() {
        assertThat(refusal("{\"\":[1]}")).startsWith("filters has an empty field name;");
        assertThat(refusal("{\" \":[1]}")).startsWith("filters has an empty field name;");
        assertThat(parse("{\"o\":{\"\":1}}")).hasSize(1);
    }

    @Test
    void nothingMeansNoCriteria() {
        assertThat(AssetFiltersArgument.parse(Optional.empty()).criteria()).isEmpty();
        assertThat(AssetFiltersArgument.parse(Optional.of("")).criteria()).isEmpty();
        assertThat(AssetFiltersArgument.parse(Optional.of(" \n\t")).criteria()).isEmpty();
    }

    @Test
    void failuresAreInvalidArguments() {
        assertThatThrownBy(() -> AssetFiltersArgument.parse(Optional.of("{"))).isInstanceOf(InvalidArgument.class);
    }
}
