package io.purplemcp.domain.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The reader against Jackson's own writer and parser, and against any text. */
class JsonTextPropertyTest {

    /** Jackson as strict as JSON itself: one value, no name twice. */
    static final ObjectMapper JACKSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Property
    void readsWhatJacksonWritesAsJacksonReadsIt(@ForAll("trees") JsonNode tree) throws Exception {
        var text = JACKSON.writeValueAsString(tree);
        assertThat(JsonText.parse(text)).as(text).isEqualTo(JACKSON.readTree(text));
    }

    /**
     * Both directions: what we accept Jackson accepts as the same tree, and what we refuse as a syntax
     * error Jackson refuses too. Our deliberate extra refusals (half a surrogate pair, a number beyond a
     * double) are the only exceptions.
     */
    @Property
    void acceptsAndRefusesWhatJacksonDoes(@ForAll("texts") String text) {
        JsonNode ours;
        try {
            ours = JsonText.parse(text);
        } catch (JsonText.Malformed e) {
            assertThat(e.getMessage()).matches("(?s).+ \\(at character [0-9]+\\)");
            assertThat(e.position().getAsInt()).isBetween(1, text.length() + 1);
            if (!e.problem().contains("unpaired surrogate") && !e.problem().contains("too large")) {
                assertThat(jacksonRefuses(text)).as(text).isTrue();
            }
            return;
        }
        try {
            assertThat(ours).as(text).isEqualTo(JACKSON.readTree(text));
        } catch (Exception jacksonDisagrees) {
            throw new AssertionError("Jackson refused what we accepted: " + text, jacksonDisagrees);
        }
    }

    /** Jackson reads a text of only whitespace as a missing value rather than refusing it. */
    private static boolean jacksonRefuses(String text) {
        try {
            var value = JACKSON.readTree(text);
            return value == null || value.isMissingNode();
        } catch (IOException refused) {
            return true;
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
                Arbitraries.strings()
                        .ofMaxLength(12)
                        .filter(text -> text.codePoints().noneMatch(c -> c >= 0xD800 && c <= 0xDFFF))
                        .map(NODES::textNode),
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
