package io.purplemcp.domain.inventory;

import static io.purplemcp.domain.inventory.InventoryCalls.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.BinaryNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The reference's layout: two-space indent, "key": value, [] and {}, raw non-ASCII, no final newline. */
class PrettyJsonTest {

    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Test
    void layout() {
        var node = json("{\"a\":[1,{\"b\":null,\"c\":[]},{}],\"d\":{\"e\":true,\"f\":false},\"g\":\"h\",\"i\":[[]]}");

        assertThat(PrettyJson.write(node))
                .isEqualTo("{\n"
                        + "  \"a\": [\n"
                        + "    1,\n"
                        + "    {\n"
                        + "      \"b\": null,\n"
                        + "      \"c\": []\n"
                        + "    },\n"
                        + "    {}\n"
                        + "  ],\n"
                        + "  \"d\": {\n"
                        + "    \"e\": true,\n"
                        + "    \"f\": false\n"
                        + "  },\n"
                        + "  \"g\": \"h\",\n"
                        + "  \"i\": [\n"
                        + "    []\n"
                        + "  ]\n"
                        + "}");
    }

    @Test
    void scalarsAlone() {
        assertThat(PrettyJson.write(json("{}"))).isEqualTo("{}");
        assertThat(PrettyJson.write(json("[]"))).isEqualTo("[]");
        assertThat(PrettyJson.write(json("null"))).isEqualTo("null");
        assertThat(PrettyJson.write(json("\"x\""))).isEqualTo("\"x\"");
        assertThat(PrettyJson.write(json("[1]"))).isEqualTo("[\n  1\n]");
    }

    @Test
    void stringsAreEscapedOnlyWhereJsonRequires() {
        var text = "q\"b\\s/n\nr\rt\tb\bf\fc\u0001\u001f del\u007f é ✓ 😀 \u2028";

        assertThat(PrettyJson.write(NODES.textNode(text)))
                .isEqualTo("\"q\\\"b\\\\s/n\\nr\\rt\\tb\\bf\\fc\\u0001\\u001f del\u007f é ✓ 😀 \u2028\"");
        assertThat(PrettyJson.write(NODES.objectNode().put("k\"\n", 1))).isEqualTo("{\n  \"k\\\"\\n\": 1\n}");
    }

    @Test
    void unpairedSurrogatesAreEscapedSoTheTextStaysValidUtf8() {
        assertThat(PrettyJson.write(NODES.textNode("a\uD800b\uDC00c\uD83D\uDE00\uDE00\uD83D")))
                .isEqualTo("\"a\\ud800b\\udc00c\uD83D\uDE00\\ude00\\ud83d\"");
        assertThat(PrettyJson.write(NODES.textNode("\uDC00"))).isEqualTo("\"\\udc00\"");
    }

    @Test
    void numbersAsTheyCame() {
        assertThat(PrettyJson.write(json("[1234567890123456789012345,-5,0.1,1.5e300,-0.0]")))
                .isEqualTo("[\n  1234567890123456789012345,\n  -5,\n  0.1,\n  1.5E300,\n  -0.0\n]");
        assertThat(PrettyJson.write(DecimalNode.valueOf(new BigDecimal("1.50"))))
                .isEqualTo("1.50");
        assertThat(PrettyJson.write(DecimalNode.valueOf(new BigDecimal("1E+999999"))))
                .isEqualTo("1E+999999");
        assertThat(PrettyJson.write(NODES.numberNode(2.0f))).isEqualTo("2.0");
        var huge = "9".repeat(400);
        assertThat(PrettyJson.write(NODES.numberNode(new java.math.BigInteger(huge))))
                .isEqualTo(huge);
    }

    @Test
    void whatJsonCannotHoldIsWrittenAsText() {
        assertThat(PrettyJson.write(NODES.numberNode(Double.POSITIVE_INFINITY))).isEqualTo("\"Infinity\"");
        assertThat(PrettyJson.write(NODES.numberNode(Double.NaN))).isEqualTo("\"NaN\"");
        assertThat(PrettyJson.write(NODES.numberNode(Float.NEGATIVE_INFINITY))).isEqualTo("\"-Infinity\"");
        assertThat(PrettyJson.write(MissingNode.getInstance())).isEqualTo("\"\"");
        assertThat(PrettyJson.write(BinaryNode.valueOf("hi".getBytes(StandardCharsets.US_ASCII))))
                .isEqualTo("\"aGk=\"");
    }

    @Test
    void theOutputIsJson() {
        var node = json("{\"a\":[1,{\"b\":\"\\u0000é\"}],\"c\":{}}");

        assertThat(json(PrettyJson.write(node))).isEqualTo(node);
    }
}
