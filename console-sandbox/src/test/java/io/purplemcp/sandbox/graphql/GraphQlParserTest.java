package io.purplemcp.sandbox.graphql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GraphQlParserTest {

    @Test
    void readsOperationVariablesArgumentsAndSelections() {
        var operation = GraphQlParser.parse("""
                # a comment
                query Q($input: String!, $ids: [ID!]! = ["a"]) @live {
                  root(request: {flag: false, kind: EDR, n: -12, f: 1.5e2, s: "a\\"b\\u00e9", none: null,
                                 list: [1, 2], text: $input, block: \"""  hi  \"""}) {
                    alias: leaf @include(if: true)
                    nested { inner }
                  }
                }
                """);

        assertThat(operation.type()).isEqualTo("query");
        assertThat(operation.name()).isEqualTo("Q");
        assertThat(operation.variables()).isEqualTo(Map.of("input", "String!", "ids", "[ID!]!"));
        var root = operation.selections().get(0);
        var request = (Value.ObjectValue) root.arguments().get("request");
        assertThat(request.fields())
                .containsEntry("flag", new Value.BooleanValue(false))
                .containsEntry("kind", new Value.EnumValue("EDR"))
                .containsEntry("n", new Value.IntValue(BigInteger.valueOf(-12)))
                .containsEntry("f", new Value.FloatValue(new BigDecimal("1.5e2")))
                .containsEntry("s", new Value.StringValue("a\"bé"))
                .containsEntry("none", new Value.NullValue())
                .containsEntry(
                        "list",
                        new Value.ListValue(
                                List.of(new Value.IntValue(BigInteger.ONE), new Value.IntValue(BigInteger.TWO))))
                .containsEntry("text", new Value.Variable("input"))
                .containsEntry("block", new Value.StringValue("hi"));
        assertThat(root.selections().get(0).alias()).isEqualTo("alias");
        assertThat(root.selections().get(0).name()).isEqualTo("leaf");
        assertThat(root.selection("nested").orElseThrow().selections())
                .extracting(Field::name)
                .containsExactly("inner");
    }

    @Test
    void readsAnAnonymousSelectionSet() {
        var operation = GraphQlParser.parse("{ a b { c } }");

        assertThat(operation.type()).isEqualTo("query");
        assertThat(operation.name()).isEmpty();
        assertThat(operation.selections()).extracting(Field::name).containsExactly("a", "b");
    }

    @Test
    void reportsWhereASyntaxErrorIs() {
        assertThatThrownBy(() -> GraphQlParser.parse("query {\n  a(x: )\n}"))
                .isInstanceOf(GraphQlSyntaxException.class)
                .hasMessageContaining("line 2")
                .satisfies(e -> assertThat(((GraphQlSyntaxException) e).line()).isEqualTo(2));
        assertThatThrownBy(() -> GraphQlParser.parse("query { a ")).hasMessageContaining("end of document");
        assertThatThrownBy(() -> GraphQlParser.parse("{ a(s: \"open) }")).hasMessageContaining("unterminated");
        assertThatThrownBy(() -> GraphQlParser.parse("{ a } { b }")).hasMessageContaining("one operation");
        assertThatThrownBy(() -> GraphQlParser.parse("{ ...F }")).hasMessageContaining("fragments");
        assertThatThrownBy(() -> GraphQlParser.parse("{ a(x: 1, x: 2) }")).hasMessageContaining("twice");
        assertThatThrownBy(() -> GraphQlParser.parse("{ }")).hasMessageContaining("at least one field");
    }

    @Test
    void readsInlineFragments() {
        var operation = GraphQlParser.parse(
                "{ history { creator { __typename ... on UserCreator { userId } ... @include(if: true) { a } } } }");

        var creator = operation.selections().get(0).selections().get(0);
        assertThat(creator.selections()).extracting(Field::name).containsExactly("__typename", "...", "...");
        var typed = creator.selections().get(1);
        assertThat(typed.isInlineFragment()).isTrue();
        assertThat(typed.typeCondition()).isEqualTo("UserCreator");
        assertThat(typed.selections()).extracting(Field::name).containsExactly("userId");
        assertThat(creator.selections().get(2).typeCondition()).isEmpty();
        assertThatThrownBy(() -> GraphQlParser.parse("{ a { ...onUser } }")).hasMessageContaining("fragments");
    }
}
