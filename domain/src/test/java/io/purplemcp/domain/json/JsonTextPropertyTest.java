package io.purplemcp.domain.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The reader against Jackson's own writer and parser, and against any text. */
class JsonTextPropertyTest {

    static final ObjectMapper JACKSON = new ObjectMapper();
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Property
    void readsWhatJacksonWritesAsJacksonReadsIt(@ForAll("trees") JsonNode tree) throws Exception {
        var text = JACKSON.writeValueAsString(tree);
        var ours = JsonText.parse(text);
        assertThat(same(ours, JACKSON.readTree(text))).as(text).isTrue();
    }

    /** Equal trees, numbers compared by value whatever node type holds them. */
    static boolean same(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue()) == 0;
        }
        if (a.getNodeType() != b.getNodeType() || a.size() != b.size()) {
            return false;
        }
        if (a.isArray()) {
            for (int i = 0; i < a.size(); i++) {
                if (!same(a.get(i), b.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (a.isObject()) {
            var names = a.fieldNames();
            while (names.hasNext()) {
                var name = names.next();
                if (!b.has(name) || !same(a.get(name), b.get(name))) {
                    return false;
                }
            }
            return true;
        }
        return a.equals(b);
    }

    @Property
    void anyTextIsReadOrRefusedWithAPosition(@ForAll("texts") String text) {
        try {
            var value = JsonText.parse(text);
            assertThat(JACKSON.readTree(text)).isNotNull();
            assertThat(value).isNotNull();
        } catch (JsonText.Malformed e) {
            assertThat(e.getMessage()).matches(".+ at character [0-9]+");
        } catch (Exception jacksonDisagrees) {
            throw new AssertionError("Jackson refused what we accepted: " + text, jacksonDisagrees);
        }
    }

    @Provide
    Arbitrary<String> texts() {
        var jsonish = Arbitraries.strings()
                .withChars("{}[]\":,-+.eE0123456789 \\tnulrsfa\n")
                .ofMaxLength(40);
        return Arbitraries.oneOf(jsonish, Arbitraries.strings().ofMaxLength(40));
    }

    @Provide
    Arbitrary<JsonNode> trees() {
        return tree(4);
    }

    private Arbitrary<JsonNode> tree(int depth) {
        Arbitrary<JsonNode> leaves = Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(12).map(NODES::textNode),
                Arbitraries.longs().map(NODES::numberNode),
                Arbitraries.integers().map(NODES::numberNode),
                Arbitraries.doubles().ofScale(3).map(value -> (JsonNode) NODES.numberNode(value)),
                Arbitraries.of(true, false).map(NODES::booleanNode),
                Arbitraries.just(NODES.nullNode()));
        if (depth == 0) {
            return leaves;
        }
        var child = tree(depth - 1);
        Arbitrary<JsonNode> arrays = child.list().ofMaxSize(4).map(JsonTextPropertyTest::array);
        Arbitrary<JsonNode> objects = Arbitraries.maps(Arbitraries.strings().ofMaxLength(6), child)
                .ofMaxSize(4)
                .map(map -> {
                    var object = NODES.objectNode();
                    map.forEach(object::set);
                    return (JsonNode) object;
                });
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, leaves),
                net.jqwik.api.Tuple.of(1, arrays),
                net.jqwik.api.Tuple.of(1, objects));
    }

    private static JsonNode array(List<JsonNode> elements) {
        var array = NODES.arrayNode();
        array.addAll(elements);
        return array;
    }
}
