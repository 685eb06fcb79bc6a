package io.purplemcp.adapters.sentinelone.findings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.purplemcp.ports.out.findings.Filter;
import io.purplemcp.ports.out.findings.FilterOperand;
import io.purplemcp.ports.out.findings.FilterOperator;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * The alerts API gets every key with explicit nulls, the XSPM APIs only what is used
 * (docs/decisions/0012-findings-filters.md).
 */
class FilterInputsTest {

    static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    static final FindingsApi ALERTS = FindingsApi.alerts();
    static final FindingsApi VULNERABILITIES = FindingsApi.vulnerabilities();

    static Filter stringIn(String... values) {
        return new Filter(
                "severity",
                false,
                FilterOperator.STRING_IN,
                new FilterOperand.Many(java.util.Arrays.stream(values)
                        .map(NODES::textNode)
                        .map(node -> (com.fasterxml.jackson.databind.JsonNode) node)
                        .toList()));
    }

    static Filter range(FilterOperator operator, Long start, boolean startInclusive, Long end) {
        return new Filter(
                "createdAt",
                true,
                operator,
                new FilterOperand.Range(
                        start == null ? OptionalLong.empty() : OptionalLong.of(start),
                        startInclusive,
                        end == null ? OptionalLong.empty() : OptionalLong.of(end),
                        true));
    }

    @Test
    void alertsSpellOutEveryKey() {
        assertThat(FilterInputs.of(ALERTS, stringIn("CRITICAL", "HIGH")).toString())
                .isEqualTo("{\"fieldId\":\"severity\",\"isNegated\":false,\"booleanEqual\":null,\"booleanIn\":null,"
                        + "\"dateTimeRange\":null,\"intEqual\":null,\"intIn\":null,\"intRange\":null,\"longEqual\":null,"
                        + "\"longIn\":null,\"longRange\":null,\"stringEqual\":null,\"stringIn\":{\"values\":[\"CRITICAL\","
                        + "\"HIGH\"]},\"match\":null}");
        assertThat(FilterInputs.of(ALERTS, range(FilterOperator.DATETIME_RANGE, 1730289600000L, true, null))
                        .toString())
                .contains(
                        "\"isNegated\":true",
                        "\"dateTimeRange\":{\"start\":1730289600000,\"startInclusive\":true,"
                                + "\"end\":null,\"endInclusive\":true}")
                .doesNotContain("matchIn");
    }

    @Test
    void xspmSendsOnlyWhatIsUsed() {
        assertThat(FilterInputs.of(VULNERABILITIES, stringIn("CRITICAL")).toString())
                .isEqualTo("{\"fieldId\":\"severity\",\"isNegated\":false,\"stringIn\":{\"values\":[\"CRITICAL\"]}}");
        assertThat(FilterInputs.of(VULNERABILITIES, range(FilterOperator.DATETIME_RANGE, 1735689600000L, false, null))
                        .toString())
                .isEqualTo("{\"fieldId\":\"createdAt\",\"isNegated\":true,\"dateTimeRange\":{\"start\":1735689600000,"
                        + "\"startInclusive\":false,\"endInclusive\":true}}");
        assertThat(FilterInputs.of(VULNERABILITIES, range(FilterOperator.INT_RANGE, null, true, 5L))
                        .toString())
                .endsWith("\"intRange\":{\"startInclusive\":true,\"end\":5,\"endInclusive\":true}}");
    }

    @Test
    void nullValuesFollowTheForm() {
        var nullEquals =
                new Filter("name", false, FilterOperator.STRING_EQUALS, new FilterOperand.One(NODES.nullNode()));
        assertThat(FilterInputs.of(VULNERABILITIES, nullEquals).toString()).endsWith("\"stringEqual\":{}}");
        assertThat(FilterInputs.of(ALERTS, nullEquals).toString()).contains("\"stringEqual\":{\"value\":null}");
        var booleanIn = new Filter(
                "secretValidity",
                false,
                FilterOperator.BOOLEAN_IN,
                new FilterOperand.Many(List.of(NODES.booleanNode(true), NODES.nullNode())));
        assertThat(FilterInputs.of(VULNERABILITIES, booleanIn).toString())
                .endsWith("\"booleanIn\":{\"values\":[true,null]}}");
    }

    @Test
    void everyOperatorHasItsKey() {
        var keys = new java.util.ArrayList<String>();
        for (var operator : FilterOperator.values()) {
            var operand = switch (operator.shape()) {
                case ONE ->
                    new FilterOperand.One(
                            operator.valueType() == FilterOperator.ValueType.STRING
                                    ? NODES.textNode("x")
                                    : operator.valueType() == FilterOperator.ValueType.BOOLEAN
                                            ? NODES.booleanNode(true)
                                            : NODES.numberNode(1));
                case MANY -> new FilterOperand.Many(List.of());
                case RANGE -> new FilterOperand.Range(OptionalLong.of(1), true, OptionalLong.empty(), true);
            };
            var input = FilterInputs.of(VULNERABILITIES, new Filter("f", false, operator, operand));
            var names = new java.util.ArrayList<String>();
            input.fieldNames().forEachRemaining(names::add);
            assertThat(names).hasSize(3);
            keys.add(names.get(2));
        }
        assertThat(keys)
                .containsExactly(("stringEqual stringIn intEqual intIn intRange longEqual longIn longRange"
                                + " booleanEqual booleanIn dateTimeRange match matchIn")
                        .split(" "));
    }

    @Test
    void fulltextInIsOnlyForTheApisThatHaveIt() {
        var filter = new Filter("assetName", false, FilterOperator.FULLTEXT_IN, new FilterOperand.Many(List.of()));
        assertThat(FilterInputs.of(VULNERABILITIES, filter).has("matchIn")).isTrue();
        assertThatThrownBy(() -> FilterInputs.of(ALERTS, filter)).hasMessage("the alerts API has no fulltext_in");
        assertThat(FilterInputs.of(ALERTS, List.of(stringIn("a"), stringIn("b"))))
                .hasSize(2);
    }
}
