package io.purplemcp.ports.out.findings;

import static io.purplemcp.ports.out.IdAssertions.assertRefuses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** The findings port's values check themselves. */
class FindingsValuesTest {

    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    static Filter filter(FilterOperator operator, FilterOperand operand) {
        return new Filter("severity", false, operator, operand);
    }

    static FilterOperand one(JsonNode value) {
        return new FilterOperand.One(value);
    }

    static FilterOperand many(JsonNode... values) {
        return new FilterOperand.Many(List.of(values));
    }

    static FilterOperand range(Long start, Long end) {
        return new FilterOperand.Range(
                start == null ? OptionalLong.empty() : OptionalLong.of(start),
                true,
                end == null ? OptionalLong.empty() : OptionalLong.of(end),
                false);
    }

    @Test
    void findingIds() {
        assertThat(new FindingId("a-1").value()).isEqualTo("a-1");
        assertThat(new FindingId("a-1").toString()).isEqualTo("a-1");
        assertThat(new FindingId("x".repeat(256)).value()).hasSize(256);
        assertRefuses(FindingId::new, "a finding id is 1-256 characters, trimmed", "", " a", "a ", "x".repeat(257));
    }

    @Test
    void pageRequests() {
        assertThat(CursorPageRequest.first(1)).isEqualTo(new CursorPageRequest(1, Optional.empty()));
        assertThat(new CursorPageRequest(100, Optional.of(" c ")).after()).contains(" c ");
        for (int bad : new int[] {0, 101, -1}) {
            assertThatThrownBy(() -> CursorPageRequest.first(bad)).hasMessage("first must be between 1 and 100");
        }
        assertThatThrownBy(() -> new CursorPageRequest(5, Optional.of(" "))).hasMessage("a cursor is never blank");
        assertThatThrownBy(() -> new CursorPageRequest(5, Optional.of(""))).hasMessage("a cursor is never blank");
        assertThatThrownBy(() -> new CursorPageRequest(5, null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void selectionsHoldOnlyGraphQlNames() {
        var selection = Selection.of(
                Selection.Field.scalar("id"),
                Selection.Field.object("asset", Selection.Field.scalar("name")),
                new Selection.OnType("User", List.of(Selection.Field.scalar("userId"))));
        assertThat(selection.items()).hasSize(3);
        assertThat(Selection.Field.scalar("__typename").children()).isEmpty();

        for (var bad : List.of("", "a b", "a{", "1a", "a-b", "$v", "a(x:1)", "... on X", "é")) {
            assertThatThrownBy(() -> Selection.Field.scalar(bad)).hasMessage("not a GraphQL name: " + bad);
            assertThatThrownBy(() -> new Selection.OnType(bad, List.of(Selection.Field.scalar("id"))))
                    .hasMessage("not a GraphQL name: " + bad);
        }
        assertThatThrownBy(() -> Selection.Field.scalar(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Selection(List.of())).hasMessage("a selection selects something");
        assertThatThrownBy(() -> Selection.Field.object("asset")).hasMessage("an object field selects something");
        assertThatThrownBy(() -> new Selection.OnType("User", List.of())).hasMessage("a selection selects something");
        assertThatThrownBy(() -> Selection.of(Selection.Field.scalar("id"), Selection.Field.scalar("id")))
                .hasMessage("field id is selected twice");
        assertThatThrownBy(() ->
                        Selection.Field.object("asset", Selection.Field.scalar("id"), Selection.Field.scalar("id")))
                .hasMessage("field id is selected twice");
    }

    @Test
    void selectionsAreImmutableCopies() {
        var items = new ArrayList<Selection.Item>(List.of(Selection.Field.scalar("id")));
        var selection = new Selection(items);
        items.add(Selection.Field.scalar("name"));
        assertThat(selection.items()).hasSize(1);
        assertThatThrownBy(() -> selection.items().add(Selection.Field.scalar("x")))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void filtersMatchTheirOperatorsShapeAndType() {
        assertThat(filter(FilterOperator.STRING_EQUALS, one(NODES.textNode("HIGH")))
                        .fieldId())
                .isEqualTo("severity");
        filter(FilterOperator.STRING_EQUALS, one(NODES.nullNode()));
        filter(FilterOperator.STRING_IN, many(NODES.textNode("a")));
        filter(FilterOperator.FULLTEXT, many());
        filter(FilterOperator.FULLTEXT_IN, many(NODES.textNode("a")));
        filter(FilterOperator.INT_EQUALS, one(NODES.numberNode(2147483647L)));
        filter(FilterOperator.INT_IN, many(NODES.numberNode(-2147483648L)));
        filter(FilterOperator.LONG_EQUALS, one(NODES.numberNode(Long.MAX_VALUE)));
        filter(FilterOperator.LONG_IN, many(NODES.numberNode(1)));
        filter(FilterOperator.BOOLEAN_EQUALS, one(NODES.nullNode()));
        filter(FilterOperator.BOOLEAN_IN, many(NODES.booleanNode(true), NODES.nullNode()));
        filter(FilterOperator.INT_RANGE, range(-2147483648L, 2147483647L));
        filter(FilterOperator.LONG_RANGE, range(Long.MIN_VALUE, null));
        filter(FilterOperator.DATETIME_RANGE, range(null, 1730289600000L));

        assertThatThrownBy(() -> filter(FilterOperator.STRING_IN, many(NODES.nullNode())))
                .hasMessage("STRING_IN cannot compare with null");
        assertThatThrownBy(() -> filter(FilterOperator.STRING_EQUALS, one(NODES.numberNode(5))))
                .hasMessage("STRING_EQUALS cannot compare with 5");
        assertThatThrownBy(() -> filter(FilterOperator.INT_EQUALS, one(NODES.numberNode(2147483648L))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> filter(FilterOperator.INT_EQUALS, one(NODES.nullNode())))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> filter(FilterOperator.INT_EQUALS, one(NODES.numberNode(5.0))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> filter(FilterOperator.LONG_IN, many(NODES.textNode("7"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> filter(
                        FilterOperator.LONG_EQUALS,
                        one(NODES.numberNode(new java.math.BigInteger("9223372036854775808")))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> filter(FilterOperator.BOOLEAN_IN, many(NODES.textNode("true"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> filter(FilterOperator.INT_RANGE, range(2147483648L, null)))
                .hasMessage("an int range bound is a 32-bit integer");
        assertThatThrownBy(() -> filter(FilterOperator.INT_RANGE, range(null, -2147483649L)))
                .hasMessage("an int range bound is a 32-bit integer");
    }

    @Test
    void filtersTakeTheOperandTheirShapeNeeds() {
        assertThatThrownBy(() -> filter(FilterOperator.STRING_EQUALS, many(NODES.textNode("a"))))
                .hasMessage("STRING_EQUALS takes a One operand");
        assertThatThrownBy(() -> filter(FilterOperator.STRING_IN, one(NODES.textNode("a"))))
                .hasMessage("STRING_IN takes a Many operand");
        assertThatThrownBy(() -> filter(FilterOperator.DATETIME_RANGE, one(NODES.numberNode(1))))
                .hasMessage("DATETIME_RANGE takes a Range operand");
        assertThatThrownBy(() -> new Filter(" ", false, FilterOperator.FULLTEXT, many()))
                .hasMessage("a filter names its field");
        assertThatThrownBy(() -> new Filter(null, false, FilterOperator.FULLTEXT, many()))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void operandsAreScalarsAndRangesHaveABound() {
        assertThatThrownBy(() -> one(NODES.objectNode())).hasMessage("a filter value is a scalar");
        assertThatThrownBy(() -> many(NODES.arrayNode())).hasMessage("a filter value is a scalar");
        assertThatThrownBy(() -> range(null, null)).hasMessage("a range has at least one bound");
        assertThat(FilterOperator.DATETIME_RANGE.shape()).isEqualTo(FilterOperator.Shape.RANGE);
        assertThat(FilterOperator.DATETIME_RANGE.valueType()).isEqualTo(FilterOperator.ValueType.LONG);
        assertThat(FilterOperator.FULLTEXT_IN.shape()).isEqualTo(FilterOperator.Shape.MANY);
    }

    @Test
    void listRequests() {
        var fields = Selection.of(Selection.Field.scalar("id"));
        var list = ListRequest.list(fields, CursorPageRequest.first(10), Optional.of("ALL"));
        assertThat(list.search()).isFalse();
        assertThat(list.filters()).isEmpty();
        var filters = List.of(filter(FilterOperator.FULLTEXT, many()));
        var search = ListRequest.search(fields, CursorPageRequest.first(10), Optional.empty(), filters);
        assertThat(search.search()).isTrue();
        assertThat(search.filters()).isEqualTo(filters);
        assertThat(ListRequest.search(fields, CursorPageRequest.first(1), Optional.of("ASSIGNED_TO_ME"), List.of())
                        .view())
                .contains("ASSIGNED_TO_ME");

        assertThatThrownBy(() -> new ListRequest(fields, CursorPageRequest.first(1), Optional.empty(), filters, false))
                .hasMessage("only a search has filters");
        for (var bad : List.of("all", "", "A B", "1A", "A\"")) {
            assertThatThrownBy(() -> ListRequest.list(fields, CursorPageRequest.first(1), Optional.of(bad)))
                    .hasMessage("not a view name: " + bad);
        }
    }

    @Test
    void pages() {
        var node = NODES.objectNode().put("id", "a");
        var edge = new FindingsEdge(node, Optional.of("c"));
        // Handed over, not copied: two copies of every page per call were an eighth of a call's allocation.
        assertThat(edge.node()).isSameAs(node);
        assertThat(edge.cursor()).contains("c");

        var page = new FindingsPage(List.of(edge), PageInfo.single(), OptionalLong.of(0), true);
        assertThat(page.viewIgnored()).isTrue();
        assertThat(FindingsPage.empty().edges()).isEmpty();
        assertThat(FindingsPage.empty().pageInfo())
                .isEqualTo(new PageInfo(false, false, Optional.empty(), Optional.empty()));
        assertThat(FindingsPage.empty().viewIgnored()).isFalse();
        assertThat(FindingsPage.empty().totalCount()).isEmpty();
        assertThatThrownBy(() -> new FindingsPage(List.of(), PageInfo.single(), OptionalLong.of(-1), false))
                .hasMessage("a total count is never negative");
        assertThatThrownBy(() -> new PageInfo(true, true, null, Optional.empty()))
                .isInstanceOf(NullPointerException.class);
    }
}
