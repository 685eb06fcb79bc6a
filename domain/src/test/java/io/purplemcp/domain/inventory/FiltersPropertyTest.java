package io.purplemcp.domain.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.purplemcp.domain.tools.InvalidArgument;
import io.purplemcp.ports.in.tools.ToolResult;
import io.purplemcp.ports.out.inventory.AssetFilter;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever the model writes into filters, the answer is a search or a validation failure, never a crash. */
class FiltersPropertyTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Property(tries = 2000)
    void anyTextIsASearchOrAValidationFailure(@ForAll("filtersTexts") String filters) {
        var calls = new InventoryCalls();

        var result = calls.call("search_inventory_items", "filters", filters);

        if (result instanceof ToolResult.Failure failure) {
            assertThat(failure.message())
                    .doesNotContain("failed unexpectedly")
                    .matches("(?s)(Invalid JSON in filters parameter: |filters).*");
            assertThat(calls.inventory.requests).isEmpty();
        } else {
            assertThat(result).isInstanceOf(ToolResult.Structured.class);
            assertThat(calls.inventory.only().filter()).isPresent();
        }
    }

    @Property(tries = 2000)
    void theReaderOnlyEverThrowsInvalidArgument(@ForAll("filtersTexts") String filters) {
        try {
            var filter = AssetFiltersArgument.parse(Optional.of(filters));
            assertThat(filter.criteria().isObject()).isTrue();
        } catch (InvalidArgument expected) {
            assertThat(expected.getMessage()).isNotBlank().doesNotContain("\n");
        }
    }

    @Property(tries = 1000)
    void validJsonObjectsReadAsJacksonReadsThem(@ForAll("objects") JsonNode object) throws Exception {
        var text = MAPPER.writeValueAsString(object);

        AssetFilter filter;
        try {
            filter = AssetFiltersArgument.parse(Optional.of(text));
        } catch (InvalidArgument refused) {
            // Only the limits refuse valid JSON (a limit or skip name, or a blank name).
            assertThat(refused.getMessage()).matches("filters (cannot contain|has an empty field name).*");
            return;
        }
        assertThat(filter.criteria()).isEqualTo(MAPPER.readTree(text));
        assertThat(MAPPER.writeValueAsString(filter.criteria())).isEqualTo(text);
    }

    @Provide
    Arbitrary<String> filtersTexts() {
        var anything = Arbitraries.strings().ofMaxLength(200);
        var jsonish = Arbitraries.strings()
                .withChars("{}[]\":,.-+eE0123456789 \n\t\\/utrfalsn_ab\u0000\uD800\uDC00é")
                .ofMaxLength(120);
        var prefixed = jsonish.map(s -> "{\"" + s);
        var valid = objects().map(node -> {
            try {
                return MAPPER.writeValueAsString(node);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        var truncated = valid.flatMap(
                text -> Arbitraries.integers().between(0, text.length()).map(cut -> text.substring(0, cut)));
        var deep = Arbitraries.integers().between(1, 40).map(n -> "{\"a\":" + "[".repeat(n) + "]".repeat(n) + "}");
        return Arbitraries.oneOf(anything, jsonish, prefixed, valid, truncated, deep);
    }

    @Provide
    Arbitrary<JsonNode> objects() {
        return value(3).list()
                .ofMaxSize(5)
                .flatMap(values -> names().list()
                        .ofSize(values.size())
                        .uniqueElements()
                        .map(names -> {
                            var object = NODES.objectNode();
                            for (int i = 0; i < values.size(); i++) {
                                object.set(names.get(i), values.get(i));
                            }
                            return object;
                        }));
    }

    private Arbitrary<String> names() {
        return Arbitraries.oneOf(
                Arbitraries.of("resourceType", "name__contains", "lastActiveDt__between", "id__in", "limit", "skip"),
                Arbitraries.strings().ofMaxLength(12));
    }

    private Arbitrary<JsonNode> value(int depth) {
        var scalars = Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(20).map(NODES::textNode),
                Arbitraries.longs().map(NODES::numberNode),
                Arbitraries.doubles().map(NODES::numberNode),
                Arbitraries.of(NODES.booleanNode(true), NODES.booleanNode(false), NODES.nullNode()));
        if (depth == 0) {
            return scalars.map(node -> (JsonNode) node);
        }
        var arrays = value(depth - 1).list().ofMaxSize(4).map(values -> {
            var array = NODES.arrayNode();
            values.forEach(array::add);
            return (JsonNode) array;
        });
        var objects = value(depth - 1).list().ofMaxSize(3).map(values -> {
            var object = NODES.objectNode();
            for (int i = 0; i < values.size(); i++) {
                object.set("k" + i, values.get(i));
            }
            return (JsonNode) object;
        });
        return Arbitraries.oneOf(scalars.map(node -> (JsonNode) node), arrays, objects);
    }
}
