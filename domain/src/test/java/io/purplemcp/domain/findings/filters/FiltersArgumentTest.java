package io.purplemcp.domain.findings.filters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.purplemcp.domain.tools.Refusals;
import io.purplemcp.ports.out.findings.Filter;
import io.purplemcp.ports.out.findings.FilterOperand;
import io.purplemcp.ports.out.findings.FilterOperator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * docs/decisions/0012-findings-filters.md: alerts also take boolean_in and the long types,
 * caps on the text, each string and each filter's values, a non-object element is a validation error,
 * and every range needs a bound; datetime values are epoch milliseconds.
 */
class FiltersArgumentTest {

    final FilterDialect alerts = FilterDialect.allBut("alerts", FilterOperator.FULLTEXT_IN);
    final FilterDialect xspm = FilterDialect.all("vulnerabilities");
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    static List<Filter> parse(FilterDialect dialect, String text) {
        return FiltersArgument.parse(Optional.of(text), dialect);
    }

    static Filter one(FilterDialect dialect, String filter) {
        var filters = parse(dialect, "[" + filter + "]");
        assertThat(filters).hasSize(1);
        return filters.get(0);
    }

    Filter one(String filter) {
        return one(xspm, filter);
    }

    static String failure(FilterDialect dialect, String text) {
        return Refusals.refusal(() -> parse(dialect, text));
    }

    String failure(String filter) {
        return failure(xspm, "[" + filter + "]");
    }

    static String filter(String type, String rest) {
        return "{\"fieldId\": \"f\", \"filterType\": \"" + type + "\"" + (rest.isEmpty() ? "" : ", " + rest) + "}";
    }

    static JsonNode value(Filter filter) {
        return ((FilterOperand.One) filter.operand()).value();
    }

    static List<JsonNode> values(Filter filter) {
        return ((FilterOperand.Many) filter.operand()).values();
    }

    static FilterOperand.Range range(Filter filter) {
        return (FilterOperand.Range) filter.operand();
    }

    @Test
    void absentOrEmptyMeansNoFilters() {
        assertThat(FiltersArgument.parse(Optional.empty(), alerts)).isEmpty();
        assertThat(parse(alerts, "[]")).isEmpty();
        assertThat(parse(xspm, " [ ] ")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"null", "{}", "\"x\"", "7"})
    void mustBeAnArray(String text) {
        assertThat(failure(xspm, text)).startsWith("filters must be an array (a list of filter objects), e.g.");
    }

    @Test
    void invalidJsonIsNamed() {
        assertThat(failure(xspm, "[{"))
                .startsWith("Invalid JSON in filters: expected a member name in double quotes (at character 3). Send a"
                        + " JSON array of filter objects as a string, e.g. '[{\"fieldId\": \"severity\",");
    }

    @Test
    void fiftyFiltersAtMost() {
        var fifty = IntStream.range(0, 50)
                .mapToObj(i -> filter("string_equals", "\"value\": \"v" + i + "\""))
                .collect(Collectors.joining(",", "[", "]"));
        assertThat(parse(xspm, fifty)).hasSize(50);
        var fiftyOne = fifty.replace("]", ", " + filter("string_equals", "\"value\": \"x\"") + "]");
        assertThat(failure(xspm, fiftyOne)).isEqualTo("Too many filters: 51, at most 50.");
    }

    @Test
    void aHundredValuesPerFilterAtMostCheckedBeforeTheFormat() {
        var hundred = IntStream.range(0, 100).mapToObj(i -> "\"v" + i + "\"").collect(Collectors.joining(","));
        assertThat(values(one(filter("string_in", "\"values\": [" + hundred + "]"))))
                .hasSize(100);

        var hundredOne = "[" + hundred + ", \"x\"]";
        var valid = filter("string_equals", "\"value\": \"a\"");
        assertThat(failure(
                        xspm,
                        "[" + valid + ", " + valid + ", " + filter("string_in", "\"values\": " + hundredOne) + "]"))
                .isEqualTo("Filter 2 has too many values: 101, at most 100. Split it into several searches.");
        assertThat(failure("{\"field\": \"severity\", \"operator\": \"IN\", \"values\": " + hundredOne + "}"))
                .startsWith("Filter 0 has too many values: 101");
        var hundredOneKeys =
                IntStream.range(0, 101).mapToObj(i -> "\"k" + i + "\": 1").collect(Collectors.joining(","));
        assertThat(failure("{\"fieldId\": \"f\", \"filterType\": \"string_in\", \"values\": {" + hundredOneKeys + "}}"))
                .startsWith("Filter 0 has too many values: 101");
        assertThat(failure(xspm, "[{\"nope\": 1}, " + filter("string_in", "\"values\": " + hundredOne) + "]"))
                .startsWith("Filter 1 has too many values");
    }

    @Test
    void theTextAndEachStringAreCapped() {
        var longest = "x".repeat(1024);
        assertThat(value(one(filter("string_equals", "\"value\": \"" + longest + "\"")))
                        .textValue())
                .isEqualTo(longest);
        assertThat(failure(filter("string_equals", "\"value\": \"" + longest + "x\"")))
                .isEqualTo(
                        "Invalid filter format: filter 0 holds a text of 1025 characters; at most 1024 are allowed.");
        assertThat(failure("{\"fieldId\": \"" + longest + "y\", \"filterType\": \"string_in\", \"values\": []}"))
                .contains("1025 characters");
        assertThat(failure(filter("string_in", "\"values\": [\"a\", \"" + longest + "z\"]")))
                .contains("1025");
        assertThat(parse(xspm, "[" + " ".repeat(65_534) + "]")).isEmpty();
        assertThat(failure(xspm, "[" + " ".repeat(65_536) + "]"))
                .isEqualTo("filters is too large: 65538 characters, at most 65536. Use fewer or shorter filters.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "\"abc\"", "null", "[]", "true"})
    void aFilterIsAnObject(String element) {
        assertThat(failure(xspm, "[" + element + "]"))
                .isEqualTo("Invalid filter format: filter 0 must be an object such as {\"fieldId\": \"severity\","
                        + " \"filterType\": \"string_in\", \"values\": [\"CRITICAL\", \"HIGH\"]}, got " + element
                        + ".");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"fieldId\": \"severity\"}",
                "{\"filterType\": \"string_equals\", \"value\": \"x\"}",
                "{\"field\": \"severity\", \"operator\": \"IN\", \"values\": [\"x\"]}"
            })
    void fieldIdAndFilterTypeAreRequired(String element) {
        assertThat(failure(element))
                .isEqualTo("Invalid filter format: filter 0: each filter must have 'fieldId' and 'filterType', e.g."
                        + " {\"fieldId\": \"severity\", \"filterType\": \"string_in\", \"values\": [\"CRITICAL\","
                        + " \"HIGH\"]}.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"null", "5", "\"\"", "\"  \"", "[\"a\"]"})
    void fieldIdIsANonBlankString(String fieldId) {
        assertThat(failure("{\"fieldId\": " + fieldId + ", \"filterType\": \"string_in\", \"values\": []}"))
                .isEqualTo("Invalid filter format: filter 0: 'fieldId' must be a non-empty string such as"
                        + " \"severity\", got " + fieldId + ".");
    }

    @Test
    void filterTypeIsAString() {
        assertThat(failure("{\"fieldId\": \"f\", \"filterType\": 3}"))
                .isEqualTo("Invalid filter format: filter 0: 'filterType' must be a string such as \"string_equals\","
                        + " got 3.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"LIKE", "EQUALS", "invalid_type", "string_contains", "STRING_EQUALS"})
    void unknownTypesListTheSupportedOnes(String type) {
        assertThat(failure(filter(type, "\"value\": \"x\"")))
                .isEqualTo("Invalid filter format: filter 0: unsupported filter type '" + type + "' for the"
                        + " vulnerabilities API. Supported: string_equals, string_in, int_equals, int_in, int_range,"
                        + " long_equals, long_in, long_range, boolean_equals, boolean_in, datetime_range, fulltext,"
                        + " fulltext_in.");
        assertThat(failure(alerts, "[" + filter(type, "\"value\": \"x\"") + "]"))
                .endsWith("for the alerts API. Supported: string_equals, string_in, int_equals, int_in, int_range,"
                        + " long_equals, long_in, long_range, boolean_equals, boolean_in, datetime_range, fulltext.");
    }

    @Test
    void alertsTakeTheLongTypesAndBooleanInButNotFulltextIn() {
        assertThat(one(alerts, filter("boolean_in", "\"values\": [true, false]"))
                        .operator())
                .isEqualTo(FilterOperator.BOOLEAN_IN);
        assertThat(value(one(
                        alerts,
                        "{\"fieldId\": \"assigneeUserId\", \"filterType\": \"long_equals\", \"value\":"
                                + " 1834592210395873}")))
                .isEqualTo(NODES.numberNode(1834592210395873L));
        assertThat(values(one(alerts, filter("long_in", "\"values\": [1, \"2\"]"))))
                .containsExactly(NODES.numberNode(1L), NODES.numberNode(2L));
        assertThat(range(one(alerts, filter("long_range", "\"end\": 9"))).end()).isEqualTo(OptionalLong.of(9));
        assertThat(failure(alerts, "[" + filter("fulltext_in", "\"values\": [\"a\"]") + "]"))
                .contains("unsupported filter type 'fulltext_in' for the alerts API");
    }

    @Test
    void xspmMapsEveryType() {
        assertThat(one(filter("fulltext_in", "\"values\": [\"a\", \"b\"]")).operator())
                .isEqualTo(FilterOperator.FULLTEXT_IN);
        assertThat(one(filter("fulltext", "\"values\": [\"srv\"]")).operator()).isEqualTo(FilterOperator.FULLTEXT);
        assertThat(one(filter("long_range", "\"start\": 1")).operator()).isEqualTo(FilterOperator.LONG_RANGE);
        assertThat(one(filter("int_in", "\"values\": [1]")).operator()).isEqualTo(FilterOperator.INT_IN);
    }

    @Test
    void theValueKeyATypeNeedsMustBeThere() {
        assertThat(failure(filter("string_equals", "\"values\": [\"x\"]")))
                .isEqualTo("Invalid filter format: filter 0: string_equals requires the 'value' key.");
        assertThat(failure(filter("string_in", "\"value\": \"x\"")))
                .isEqualTo("Invalid filter format: filter 0: string_in requires the 'values' key.");
        assertThat(failure(filter("fulltext", ""))).contains("fulltext requires the 'values' key.");
        assertThat(failure(filter("boolean_equals", ""))).contains("boolean_equals requires the 'value' key.");
    }

    @Test
    void stringValues() {
        assertThat(value(one(filter("string_equals", "\"value\": \"NEW\""))).textValue())
                .isEqualTo("NEW");
        assertThat(value(one(filter("string_equals", "\"value\": null"))).isNull())
                .isTrue();
        assertThat(failure(filter("string_equals", "\"value\": 5")))
                .isEqualTo("Invalid filter format: filter 0: 'value' must be a string, got 5.");
        assertThat(failure(filter("string_in", "\"values\": [1, 2]")))
                .isEqualTo("Invalid filter format: filter 0: 'values'[0] must be a string, got 1.");
        assertThat(failure(filter("string_in", "\"values\": [\"a\", null]"))).contains("'values'[1] must be a string");
        assertThat(values(one(filter("string_in", "\"values\": []")))).isEmpty();
        assertThat(failure(filter("fulltext", "\"values\": \"abc\"")))
                .isEqualTo("Invalid filter format: filter 0: fulltext needs 'values' as a list, e.g. [\"a\", \"b\"],"
                        + " got \"abc\".");
        assertThat(failure(filter("string_in", "\"values\": null"))).contains("string_in needs 'values' as a list");
    }

    @Test
    void integerValuesAreReadLeniently() {
        assertThat(value(one(filter("int_equals", "\"value\": \"7\"")))).isEqualTo(NODES.numberNode(7L));
        assertThat(value(one(filter("int_equals", "\"value\": 5.0")))).isEqualTo(NODES.numberNode(5L));
        assertThat(value(one(filter("int_equals", "\"value\": true")))).isEqualTo(NODES.numberNode(1L));
        assertThat(failure(filter("int_equals", "\"value\": 5.5")))
                .isEqualTo("Invalid filter format: filter 0: 'value' must be a whole number, got 5.5.");
        assertThat(failure(filter("int_equals", "\"value\": null")))
                .isEqualTo("Invalid filter format: filter 0: 'value' must be an integer, got null.");
        assertThat(failure(filter("int_in", "\"values\": [\"x\"]")))
                .isEqualTo("Invalid filter format: filter 0: 'values'[0] must be an integer, got \"x\".");
    }

    @Test
    void intFiltersAreThirtyTwoBitLongFiltersSixtyFour() {
        assertThat(value(one(filter("int_equals", "\"value\": 2147483647")))).isEqualTo(NODES.numberNode(2147483647L));
        assertThat(failure(filter("int_equals", "\"value\": 2147483648")))
                .isEqualTo("Invalid filter format: filter 0: 'value' must be between -2147483648 and 2147483647, got"
                        + " 2147483648. Use the long_ filter types for larger numbers.");
        assertThat(failure(filter("int_range", "\"start\": -2147483649"))).contains("must be between");
        assertThat(value(one(filter("long_equals", "\"value\": 9223372036854775807")))
                        .longValue())
                .isEqualTo(Long.MAX_VALUE);
        assertThat(failure(filter("long_equals", "\"value\": 9223372036854775808")))
                .isEqualTo("Invalid filter format: filter 0: 'value' must be between -9223372036854775808 and"
                        + " 9223372036854775807, got 9223372036854775808.");
    }

    @Test
    void booleanValuesAreReadLeniently() {
        assertThat(value(one(filter("boolean_equals", "\"value\": \"false\""))).booleanValue())
                .isFalse();
        assertThat(value(one(filter("boolean_equals", "\"value\": 0"))).booleanValue())
                .isFalse();
        assertThat(value(one(filter("boolean_equals", "\"value\": \"Yes\""))).booleanValue())
                .isTrue();
        assertThat(value(one(filter("boolean_equals", "\"value\": null"))).isNull())
                .isTrue();
        assertThat(failure(filter("boolean_equals", "\"value\": \"maybe\"")))
                .isEqualTo("Invalid filter format: filter 0: 'value' must be a boolean (true or false), got"
                        + " \"maybe\".");
        assertThat(values(one(filter("boolean_in", "\"values\": [true, null, \"off\"]"))))
                .containsExactly(NODES.booleanNode(true), NODES.nullNode(), NODES.booleanNode(false));
    }

    @Test
    void isNegatedDefaultsToFalseAndIsReadLeniently() {
        assertThat(one(filter("string_in", "\"values\": []")).negated()).isFalse();
        assertThat(one(filter("string_in", "\"values\": [], \"isNegated\": true"))
                        .negated())
                .isTrue();
        assertThat(one(filter("string_in", "\"values\": [], \"isNegated\": \"yes\""))
                        .negated())
                .isTrue();
        assertThat(one(filter("string_in", "\"values\": [], \"isNegated\": 0")).negated())
                .isFalse();
        assertThat(failure(filter("string_in", "\"values\": [], \"isNegated\": null")))
                .isEqualTo("Invalid filter format: filter 0: 'isNegated' must be a boolean (true or false), got"
                        + " null.");
    }

    @Test
    void rangesTakeInclusiveFlagsThatDefaultToTrue() {
        var defaults = range(one(filter("int_range", "\"start\": 1, \"end\": 5")));
        assertThat(defaults).isEqualTo(new FilterOperand.Range(OptionalLong.of(1), true, OptionalLong.of(5), true));
        var explicit = range(one(filter(
                "int_range", "\"start\": 1, \"startInclusive\": false, \"endInclusive\":" + " \"no\", \"end\": 2")));
        assertThat(explicit).isEqualTo(new FilterOperand.Range(OptionalLong.of(1), false, OptionalLong.of(2), false));
        var explicitTrue = range(
                one(filter("long_range", "\"start\": 1, \"startInclusive\": true, \"endInclusive\":" + " \"yes\"")));
        assertThat(explicitTrue)
                .isEqualTo(new FilterOperand.Range(OptionalLong.of(1), true, OptionalLong.empty(), true));
        assertThat(failure(filter("int_range", "\"start\": 1, \"endInclusive\": null")))
                .isEqualTo("Invalid filter format: filter 0: 'endInclusive' must be a boolean (true or false), got"
                        + " null.");
    }

    @Test
    void everyRangeNeedsABound() {
        for (var dialect : List.of(alerts, xspm)) {
            for (var type : List.of("int_range", "long_range", "datetime_range")) {
                assertThat(failure(dialect, "[" + filter(type, "") + "]"))
                        .isEqualTo("Invalid filter format: filter 0: " + type + " requires at least 'start' or"
                                + " 'end'.");
            }
        }
        assertThat(failure(filter("int_range", "\"start\": null"))).contains("requires at least 'start' or 'end'");
        assertThat(range(one(filter("int_range", "\"start\": null, \"end\": 3")))
                        .start())
                .isEmpty();
    }

    @Test
    void zeroIsABound() {
        assertThat(range(one(filter("int_range", "\"start\": 0"))).start()).isEqualTo(OptionalLong.of(0));
        assertThat(range(one(filter("long_range", "\"end\": 0"))).end()).isEqualTo(OptionalLong.of(0));
    }

    @Test
    void datetimeBoundsAreEpochMilliseconds() {
        assertThat(range(one(filter("datetime_range", "\"start\": \"1640995200000\"")))
                        .start())
                .isEqualTo(OptionalLong.of(1640995200000L));
        assertThat(range(one(filter("datetime_range", "\"start\": \" 1640995200000 \"")))
                        .start())
                .isEqualTo(OptionalLong.of(1640995200000L));
        assertThat(range(one(filter("datetime_range", "\"start\": 1.7e12"))).start())
                .isEqualTo(OptionalLong.of(1700000000000L));
        assertThat(range(one(filter("datetime_range", "\"end\": 9999999999999")))
                        .end())
                .isEqualTo(OptionalLong.of(9999999999999L));
        assertThat(range(one(filter("datetime_range", "\"start\": \"1_640_995_200_000\"")))
                        .start())
                .isEqualTo(OptionalLong.of(1640995200000L));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"not-a-number\"", "\"1.5\"", "null", "true", "{}"})
    void aDatetimeBoundIsAnInteger(String bound) {
        assertThat(failure(filter("datetime_range", "\"start\": " + bound)))
                .isEqualTo("Invalid filter format: filter 0: 'start' must be an integer (milliseconds since"
                        + " 1970-01-01T00:00:00Z), got " + bound + ". Convert ISO datetimes with the"
                        + " iso_to_unix_timestamp tool.");
    }

    @Test
    void datetimesThatLookLikeOtherUnitsAreRefused() {
        assertThat(failure(filter("datetime_range", "\"start\": 10000000000000")))
                .isEqualTo("Invalid filter format: filter 0: 'start' = 10000000000000 has more than 13 digits: it"
                        + " looks like microseconds or nanoseconds. Use milliseconds; the iso_to_unix_timestamp tool"
                        + " gives them.");
        assertThat(failure(filter("datetime_range", "\"end\": -1730289600000000000")))
                .contains("nanoseconds");
        assertThat(failure(filter("datetime_range", "\"start\": 1730289600")))
                .isEqualTo("Invalid filter format: filter 0: 'start' = 1730289600 looks like seconds, not"
                        + " milliseconds: multiply it by 1000, or use the iso_to_unix_timestamp tool.");
        assertThat(failure(filter("datetime_range", "\"start\": 99999999999"))).contains("looks like seconds");
        assertThat(range(one(filter("datetime_range", "\"start\": 100000000000")))
                        .start())
                .isEqualTo(OptionalLong.of(100000000000L));
        assertThat(failure(filter("datetime_range", "\"start\": -86400000")))
                .isEqualTo("Invalid filter format: filter 0: 'start' = -86400000 is not a timestamp after 1970: use a"
                        + " positive number of milliseconds, e.g. from the iso_to_unix_timestamp tool.");
        assertThat(failure(filter("datetime_range", "\"start\": 0"))).contains("'start' = 0 is not a timestamp");
    }

    @Test
    void extraKeysAreIgnored() {
        var filter = one("{\"fieldId\": \"severity\", \"filterType\": \"string_equals\", \"value\": \"HIGH\", \"note\":"
                + " \"ignored\", \"values\": [1]}");
        assertThat(filter)
                .isEqualTo(new Filter(
                        "severity",
                        false,
                        FilterOperator.STRING_EQUALS,
                        new FilterOperand.One(NODES.textNode("HIGH"))));
    }

    @Test
    void theDialectNamesItsTypes() {
        assertThat(alerts.typeNames()).hasSize(12).doesNotContain("fulltext_in");
        assertThat(xspm.typeNames()).hasSize(13).endsWith("fulltext", "fulltext_in");
        assertThat(FilterDialect.typeName(FilterOperator.DATETIME_RANGE)).isEqualTo("datetime_range");
        assertThat(alerts.operator("long_in")).contains(FilterOperator.LONG_IN);
        assertThat(alerts.apiName()).isEqualTo("alerts");
        assertThatThrownBy(() -> new FilterDialect("none", java.util.Set.of()))
                .hasMessage("a dialect has filter types");
    }
}
