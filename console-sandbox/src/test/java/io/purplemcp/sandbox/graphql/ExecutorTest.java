package io.purplemcp.sandbox.graphql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExecutorTest {

    private static final String SDL = """
            # a comment
            scalar Long
            "A description"
            type Query {
              book(id: ID!): Book
              books(filter: Filter, first: Int = 10): [Book!]!
              events: [Event!]
            }
            \"""Block description\"""
            type Book { id: ID! title: String genre: Genre authors: [Author!] pages: Int old: String @deprecated(reason: "no") }
            type Author { name: String }
            enum Genre { NOVEL POETRY }
            input Filter { genre: Genre since: Long titles: [String!] }
            union Event = Borrowed | Returned
            type Borrowed { by: String }
            type Returned { on: String }
            """;

    private final ObjectMapper json = new ObjectMapper();
    private final Executor executor = new Executor(Schema.parse(SDL));

    private final RootResolver resolver = (field, arguments) -> switch (field) {
        case "book" ->
            arguments.get("id").asText().equals("1")
                    ? read("{\"id\":\"1\",\"title\":\"Dune\","
                            + "\"genre\":\"NOVEL\",\"authors\":[{\"name\":\"Frank\"}],\"pages\":412,\"secret\":\"x\"}")
                    : null;
        case "books" -> {
            if (arguments.has("filter") && arguments.at("/filter/since").asLong() < 0) {
                throw FieldError.badInput("since must not be negative");
            }
            yield read("[{\"id\":\"1\",\"title\":\"Dune\"},{\"id\":\"2\",\"title\":\"Odes\"}]");
        }
        default -> read("[{\"__typename\":\"Borrowed\",\"by\":\"ann\"},{\"__typename\":\"Returned\",\"on\":\"mon\"}]");
    };

    @Test
    void keepsOnlyTheSelectedFieldsThroughObjectsListsAliasesAndUnions() throws Exception {
        var result = run(
                "query Q($id: ID!) { b: book(id: $id) { title authors { name } title } book(id: \"2\") { id }"
                        + " events { __typename ... on Borrowed { by } ... on Returned { on } } }",
                "{\"id\": 1}");

        assertThat(result.errors()).isEmpty();
        assertThat(result.data().toString())
                .isEqualTo("{\"b\":{\"title\":\"Dune\",\"authors\":[{\"name\":\"Frank\"}]},\"book\":null,"
                        + "\"events\":[{\"__typename\":\"Borrowed\",\"by\":\"ann\"},{\"__typename\":\"Returned\","
                        + "\"on\":\"mon\"}]}");
    }

    @Test
    void reportsResolverErrorsWithThePathAndANullField() throws Exception {
        var result = run("{ books(filter: {since: -1}) { id } }", "{}");

        assertThat(result.data().get("books").isNull()).isTrue();
        assertThat(result.errors()).singleElement().satisfies(error -> {
            assertThat(error.message()).isEqualTo("since must not be negative");
            assertThat(error.path()).containsExactly("books");
            assertThat(error.code()).isEqualTo(GraphQlError.BAD_USER_INPUT);
        });
    }

    @Test
    void validatesFragmentsEnumsAndInputs() {
        assertThat(messages("{ events { ... on Book { id } } }"))
                .containsExactly("Fragment cannot be spread here as objects of type \"Event\" can never be of type"
                        + " \"Book\".");
        assertThat(messages("{ events { by } }"))
                .singleElement()
                .asString()
                .startsWith("Cannot query field \"by\" on" + " type \"Event\". Did you mean to use an inline fragment");
        assertThat(messages("{ events { ... on Nope { by } } }")).containsExactly("Unknown type \"Nope\".");
        assertThat(messages("{ books(filter: {genre: \"NOVEL\"}) { id } }").get(0))
                .contains("Enum \"Genre\" cannot represent non-enum value: \"NOVEL\"");
        assertThat(messages("{ books(filter: {genre: ESSAY}) { id } }").get(0))
                .contains("Value \"ESSAY\" does not exist in \"Genre\" enum.");
        assertThat(messages("{ books(filter: {colour: 1}) { id } }").get(0))
                .contains("Field \"colour\" is not defined by type \"Filter\".");
        assertThat(messages("{ books(filter: {since: 1.5}) { id } }").get(0))
                .contains("Long cannot represent non-integer value: 1.5");
        assertThat(messages("{ a: book(id: 1) { id } a: books { id } }").get(0))
                .startsWith("Fields \"a\" conflict because \"book\" and \"books\" are different fields.");
        assertThat(messages("query Q($f: Filter) { books(filter: $f) { id } }")).isEmpty();
        assertThat(messages("query Q($f: [Filter]) { books(filter: $f) { id } }"))
                .containsExactly("Variable \"$f\" of type \"[Filter]\" used in position expecting type \"Filter\".");
    }

    @Test
    void coercesVariablesToTheirDeclaredTypes() throws Exception {
        var operation = GraphQlParser.parse("query Q($f: Filter, $ids: [ID!]) { books(filter: $f) { id } }");

        var coerced = executor.coerceVariables(
                operation, read("{\"f\": {\"since\": 1736942400000, \"titles\": \"Dune\"}, \"ids\": 7}"));

        assertThat(coerced.toString())
                .isEqualTo("{\"f\":{\"since\":1736942400000,\"titles\":[\"Dune\"]},\"ids\":[\"7\"]}");
        assertThatThrownBy(() -> executor.coerceVariables(operation, read("{\"f\": {\"genre\": \"ESSAY\"}}")))
                .isInstanceOf(Executor.VariablesException.class)
                .hasMessage(
                        "Variable \"$f\" got invalid value {\"genre\":\"ESSAY\"} at \"f.genre\"; Value \"ESSAY\" does"
                                + " not exist in \"Genre\" enum.");
    }

    @Test
    void makesOlderSchemasAndRefusesInconsistentOnes() {
        var older = Schema.parse(SDL).withoutField("Book", "pages").withoutArgument("Query", "books", "filter");
        var olderExecutor = new Executor(older);

        assertThat(olderExecutor.validate(GraphQlParser.parse("{ books(filter: {}) { pages } }")))
                .extracting(GraphQlError::message)
                .containsExactly(
                        "Unknown argument \"filter\" on field \"Query.books\".",
                        "Cannot query field \"pages\" on type \"Book\".");
        assertThatThrownBy(() -> Schema.parse("type Query { a: Missing }")).hasMessageContaining("Missing");
        assertThatThrownBy(() -> Schema.parse("type Query { a(x: Query): String }"))
                .hasMessageContaining("input type");
        assertThatThrownBy(() -> Schema.parse("type Nope { a: String }")).hasMessageContaining("Query");
        assertThatThrownBy(() -> Schema.parse("type Query { a: String } type Query { b: String }"))
                .hasMessageContaining("twice");
        assertThatThrownBy(() -> Schema.parse(SDL).withoutField("Book", "colour"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void parsesTypeReferences() {
        assertThat(TypeRef.parse("[FilterInput!]!")).hasToString("[FilterInput!]!");
        assertThat(TypeRef.parse("[FilterInput!]!").namedType()).isEqualTo("FilterInput");
        assertThat(TypeRef.parse("Int!").fitsInto(TypeRef.parse("Int"))).isTrue();
        assertThat(TypeRef.parse("Int").fitsInto(TypeRef.parse("Int!"))).isFalse();
        assertThat(TypeRef.parse("[Int!]").fitsInto(TypeRef.parse("[Int]"))).isTrue();
        assertThatThrownBy(() -> TypeRef.parse("[Int")).isInstanceOf(IllegalArgumentException.class);
    }

    private List<String> messages(String document) {
        return executor.validate(GraphQlParser.parse(document)).stream()
                .map(GraphQlError::message)
                .toList();
    }

    private Executor.Result run(String document, String variables) throws Exception {
        var operation = GraphQlParser.parse(document);
        assertThat(executor.validate(operation)).isEmpty();
        return executor.execute(operation, executor.coerceVariables(operation, read(variables)), resolver);
    }

    private JsonNode read(String text) {
        try {
            return json.readTree(text);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
