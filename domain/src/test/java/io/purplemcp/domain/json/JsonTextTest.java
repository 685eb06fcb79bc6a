package io.purplemcp.domain.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
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
        try {
            JsonText.parse(text);
        } catch (JsonText.Malformed e) {
            return e.getMessage();
        }
        throw new AssertionError("accepted " + text);
    }

    @Test
    void readsEveryKindOfValue() {
        var value = parse(" {\"a\": [1, -2.5, 3e2, true, false, null, \"s\"], \"b\": {}, \"c\": []}\n");
        assertThat(value.toString()).isEqualTo("{\"a\":[1,-2.5,3E+2,true,false,null,\"s\"],\"b\":{},\"c\":[]}");
        assertThat(value.get("a").get(0).isInt()).isTrue();
        assertThat(value.get("a").get(1).decimalValue()).isEqualTo(new BigDecimal("-2.5"));
        assertThat(value.get("a").get(2).isBigDecimal()).isTrue();
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
    void decimalsAreExact() {
        assertThat(parse("5.0").decimalValue()).isEqualTo(new BigDecimal("5.0"));
        assertThat(parse("1.7E12").decimalValue()).isEqualTo(new BigDecimal("1.7E12"));
        assertThat(parse("1e-3").decimalValue()).isEqualTo(new BigDecimal("0.001"));
        assertThat(parse("1E+2").decimalValue()).isEqualTo(new BigDecimal("1E+2"));
    }

    @Test
    void readsEscapes() {
        assertThat(parse("\"a\\\"b\\\\c\\/d\\b\\f\\n\\r\\t\\u00e9\\uD83D\\uDE00\"")
                        .textValue())
                .isEqualTo("a\"b\\c/d\b\f\n\r\té\uD83D\uDE00");
        assertThat(parse("\"\\u00Af\"").textValue()).isEqualTo("\u00af");
    }

    @Test
    void emptyContainersMayHoldWhitespace() {
        assertThat(parse("{ }").isEmpty()).isTrue();
        assertThat(parse("[ \n]").isEmpty()).isTrue();
        assertThat(parse("{ \"a\" : [ ] , \"b\" : { } }").size()).isEqualTo(2);
    }

    @Test
    void aRepeatedKeyKeepsItsLastValue() {
        assertThat(parse("{\"a\": 1, \"a\": 2}").toString()).isEqualTo("{\"a\":2}");
    }

    @Test
    void nestingIsLimited() {
        assertThat(parse("[".repeat(64) + "]".repeat(64)).isArray()).isTrue();
        assertThat(failure("[".repeat(65) + "]".repeat(65))).isEqualTo("nested deeper than 64 levels at character 65");
        assertThat(failure("{\"a\":".repeat(65) + "1" + "}".repeat(65))).startsWith("nested deeper than 64 levels");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "''|the text ends where a value was expected at character 1",
                "'   '|the text ends where a value was expected at character 4",
                "[id]|expected a value at character 2",
                "[1,]|expected a value at character 4",
                "[1 2]|expected ',' or ']' in an array at character 4",
                "{\"a\" 1}|expected ':' after a property name at character 6",
                "{\"a\": 1 \"b\": 2}|expected ',' or '}' in an object at character 9",
                "{'a': 1}|expected a property name in double quotes at character 2",
                "{\"a\": 1,}|expected a property name in double quotes at character 9",
                "\"abc|a string is not closed at character 5",
                "\"a\\|a string is not closed at character 3",
                "\"\\x\"|invalid escape sequence at character 2",
                "\"\\u12\"|\\u needs four hexadecimal digits at character 4",
                "\"\\u12g4\"|\\u needs four hexadecimal digits at character 4",
                "\"\\u1|\\u needs four hexadecimal digits at character 4",
                "01|a number cannot start with 0 at character 2",
                "-|expected digits at character 2",
                "-a|expected digits at character 2",
                "1.|expected digits after the decimal point at character 3",
                "1.e5|expected digits after the decimal point at character 3",
                "1e|expected digits in the exponent at character 3",
                "1e+|expected digits in the exponent at character 4",
                "tru|expected a value at character 1",
                "nul|expected a value at character 1",
                "falsey|unexpected text after the JSON value at character 6",
                "[] []|unexpected text after the JSON value at character 4",
                "1e99999999999|the number's exponent is out of range at character 14",
                "+1|expected a value at character 1",
                "1e+-5|expected digits in the exponent at character 4",
                "\"\\u0041|a string is not closed at character 8"
            })
    void malformedTextSaysWhatAndWhere(String text, String message) {
        assertThat(failure(text)).isEqualTo(message);
    }

    @Test
    void controlCharactersMustBeEscaped() {
        assertThat(failure("\"a\nb\"")).isEqualTo("a control character must be escaped inside a string at character 3");
        assertThat(failure("\"\u001f\"")).startsWith("a control character");
        assertThat(parse("\"\u007f\"").textValue()).isEqualTo("\u007f");
    }

    @Test
    void whitespaceIsOnlyTheJsonKinds() {
        assertThat(parse("\t\r\n [ \t1\r\n ] \n").size()).isEqualTo(1);
        assertThat(failure("\u00a01")).isEqualTo("expected a value at character 1");
        assertThat(failure("1\u000b")).startsWith("unexpected text");
    }
}
