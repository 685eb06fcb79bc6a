package io.purplemcp.domain.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonTextTest {

    static JsonNode parse(String text) {
        try {
            return JsonText.parse(text);
        } catch (JsonText.Malformed e) {
            throw new AssertionError(e);
        }
    }

    static String failure(String text) {
        return assertThatExceptionOfType(JsonText.Malformed.class)
                .isThrownBy(() -> JsonText.parse(text))
                .actual()
                .getMessage();
    }

    @Test
    void readsEveryKindOfValue() {
        var value = parse(" {\"a\": [1, -2.5, 3e2, true, false, null, \"s\"], \"b\": {}, \"c\": []}\n");
        assertThat(value.toString()).isEqualTo("{\"a\":[1,-2.5,300.0,true,false,null,\"s\"],\"b\":{},\"c\":[]}");
        assertThat(value.get("a").get(0).isInt()).isTrue();
        assertThat(value.get("a").get(1).doubleValue()).isEqualTo(-2.5);
        assertThat(value.get("a").get(2).isDouble()).isTrue();
    }

    @Test
    void integersKeepTheirSize() {
        assertThat(parse("2147483647").isInt()).isTrue();
        assertThat(parse("-2147483648").isInt()).isTrue();
        assertThat(parse("2147483648").isLong()).isTrue();
        assertThat(parse("9223372036854775807").isLong()).isTrue();
        assertThat(parse("-9223372036854775808").isLong()).isTrue();
        assertThat(parse("9223372036854775808").bigIntegerValue()).isEqualTo(new BigInteger("9223372036854775808"));
        assertThat(parse("9223372036854775808").isBigInteger()).isTrue();
        assertThat(parse("-0").intValue()).isZero();
        assertThat(parse("0").isInt()).isTrue();
    }

    @Test
    void fractionsAndExponentsAreDoublesAsJacksonReadsThem() {
        assertThat(parse("5.0").isDouble()).isTrue();
        assertThat(parse("1.7E12").doubleValue()).isEqualTo(1.7e12);
        assertThat(parse("1e-3").doubleValue()).isEqualTo(0.001);
        assertThat(parse("-1E+2").doubleValue()).isEqualTo(-100.0);
    }

    @Test
    void readsEscapes() {
        assertThat(parse("\"a\\\"b\\\\c\\/d\\b\\f\\n\\r\\t\\u00e9\\uD83D\\uDE00\"")
                        .textValue())
                .isEqualTo("a\"b\\c/d\b\f\n\r\té\uD83D\uDE00");
        assertThat(parse("\"\\u00Af\"").textValue()).isEqualTo("\u00af");
        assertThat(parse("\"\\u0000\\u001f\"").textValue()).isEqualTo("\u0000\u001f");
    }

    @Test
    void emptyContainersMayHoldWhitespace() {
        assertThat(parse("{ }").isEmpty()).isTrue();
        assertThat(parse("[ \n]").isEmpty()).isTrue();
        assertThat(parse("{ \"a\" : [ ] , \"b\" : { } }").size()).isEqualTo(2);
    }

    @Test
    void theWritersOrderOfNamesIsKept() {
        assertThat(parse("{\"z\":1,\"a\":2,\"m\":3}").fieldNames()).toIterable().containsExactly("z", "a", "m");
    }

    @Test
    void aNameGivenTwiceIsRefusedWithItsPath() throws Exception {
        assertThat(failure("{\"a\": 1, \"a\": 2}")).isEqualTo("value.a is given twice");
        var nested = assertMalformed(() -> JsonText.parse("[{\"o\":{\"x\":1,\"x\":2}}]", "filters", 8));
        assertThat(nested.getMessage()).isEqualTo("filters[0].o.x is given twice");
        assertThat(nested.isSyntax()).isFalse();
        assertThat(nested.position()).isEmpty();
    }

    @Test
    void nestingIsLimitedByTheCaller() {
        assertThat(parse("[".repeat(64) + "]".repeat(64)).isArray()).isTrue();
        assertThat(failure("[".repeat(65) + "]".repeat(65)))
                .isEqualTo("value" + "[0]".repeat(64) + " is nested more than 64 levels deep");
        assertThat(failure("{\"a\":".repeat(65) + "1" + "}".repeat(65)))
                .isEqualTo("value" + ".a".repeat(64) + " is nested more than 64 levels deep");
        assertThat(assertMalformed(() -> JsonText.parse("[[[1]]]", "f", 2)).getMessage())
                .isEqualTo("f[0][0] is nested more than 2 levels deep");
        // Far deeper than any stack allows still ends in the same refusal, not a crash.
        assertThat(failure("[".repeat(200_000))).endsWith("is nested more than 64 levels deep");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "``|the text ends where a value was expected (at character 1)",
                "`   `|the text ends where a value was expected (at character 4)",
                "[id]|unexpected 'i' where a value was expected (at character 2)",
                "[1,]|unexpected ']' where a value was expected (at character 4)",
                "[1 2]|expected ',' or ']' after a value, found '2' (at character 4)",
                "{\"a\" 1}|expected ':' after a member name, found '1' (at character 6)",
                "{\"a\": 1 \"b\": 2}|expected ',' or '}' after a member, found '\"' (at character 9)",
                "{'a': 1}|expected a member name in double quotes (at character 2)",
                "{\"a\": 1,}|expected a member name in double quotes (at character 9)",
                "\"abc|a string is not closed (at character 5)",
                "\"a\\|a string is not closed (at character 4)",
                "\"\\x\"|invalid escape \\x (at character 2)",
                "\"\\u12\"|\\u needs four hexadecimal digits (at character 2)",
                "\"\\u12g4\"|\\u needs four hexadecimal digits (at character 2)",
                "\"\\u1|\\u needs four hexadecimal digits (at character 2)",
                "01|unexpected '1' after the end of the JSON value (at character 2)",
                "-|a number needs digits (at character 2)",
                "-a|a number needs digits (at character 2)",
                "1.|a number needs digits after the decimal point (at character 3)",
                "1.e5|a number needs digits after the decimal point (at character 3)",
                "1e|a number needs digits in its exponent (at character 3)",
                "1e+|a number needs digits in its exponent (at character 4)",
                "1e+-5|a number needs digits in its exponent (at character 4)",
                "tru|unexpected 't' where a value was expected (at character 1)",
                "nul|unexpected 'n' where a value was expected (at character 1)",
                "NaN|unexpected 'N' where a value was expected (at character 1)",
                "falsey|unexpected 'y' after the end of the JSON value (at character 6)",
                "[] []|unexpected '[' after the end of the JSON value (at character 4)",
                "1e99999999999|a number is too large (at character 1)",
                "[-1e309]|a number is too large (at character 2)",
                "+1|unexpected '+' where a value was expected (at character 1)",
                "\"\\u0041|a string is not closed (at character 8)",
                "\"\\ud800\"|a string holds an unpaired surrogate (half of a \\uD800-\\uDFFF pair) (at character 9)",
                "\"\\udc00\\ud800\"|a string holds an unpaired surrogate (half of a \\uD800-\\uDFFF pair) (at character 15)"
            })
    void malformedTextSaysWhatAndWhere(String text, String message) {
        assertThat(failure(text)).isEqualTo(message);
    }

    @Test
    void controlCharactersMustBeEscaped() {
        assertThat(failure("\"a\nb\"")).isEqualTo("a control character in a string must be escaped (at character 3)");
        assertThat(failure("\"\u001f\"")).startsWith("a control character");
        assertThat(parse("\"\u007f\"").textValue()).isEqualTo("\u007f");
    }

    @Test
    void unpairedSurrogatesAreRefusedEscapedOrNot() {
        assertThat(failure("\"\uD800\"")).startsWith("a string holds an unpaired surrogate");
        assertThat(failure("\"\uDC00\"")).startsWith("a string holds an unpaired surrogate");
        assertThat(failure("\"\uD800x\"")).startsWith("a string holds an unpaired surrogate");
        assertThat(failure("{\"\\ud83d\":1}")).startsWith("a string holds an unpaired surrogate");
        assertThat(parse("\"\uD83D\uDE00\"").textValue()).isEqualTo("\uD83D\uDE00");
    }

    @Test
    void whitespaceIsOnlyTheJsonKinds() {
        assertThat(parse("\t\r\n [ \t1\r\n ] \n").size()).isEqualTo(1);
        assertThat(failure("\u00a01"))
                .isEqualTo("unexpected character U+00A0 where a value was expected (at character 1)");
        assertThat(failure("1\u000b"))
                .isEqualTo("unexpected character U+000B after the end of the JSON value (at character 2)");
    }

    @Test
    void namesInMessagesAreOneShortLine() {
        assertThat(JsonText.oneLine("a\nb\tc")).isEqualTo("a b c");
        assertThat(JsonText.oneLine("x".repeat(64))).isEqualTo("x".repeat(64));
        assertThat(JsonText.oneLine("😀".repeat(65))).isEqualTo("😀".repeat(64) + "…");
        assertThat(failure("{\"a\\nb\":1,\"a\\nb\":2}")).isEqualTo("value.a b is given twice");
    }

    private static JsonText.Malformed assertMalformed(ThrowingParse parse) {
        try {
            parse.run();
        } catch (JsonText.Malformed e) {
            return e;
        }
        throw new AssertionError("accepted");
    }

    private interface ThrowingParse {
        void run() throws JsonText.Malformed;
    }
}
