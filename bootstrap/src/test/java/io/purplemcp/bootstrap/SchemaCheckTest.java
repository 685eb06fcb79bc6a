package io.purplemcp.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class SchemaCheckTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String PAGE = "{\"type\":\"object\",\"properties\":{"
            + "\"edges\":{\"type\":\"array\",\"items\":{\"type\":\"object\",\"required\":[\"node\"]}},"
            + "\"total_count\":{\"type\":\"integer\"},"
            + "\"state\":{\"enum\":[\"open\",\"closed\"]},"
            + "\"item\":{\"anyOf\":[{\"type\":\"object\"},{\"type\":\"null\"}]}},"
            + "\"required\":[\"edges\"],\"additionalProperties\":false}";

    @Test
    void aConformingDocumentHasNoErrors() throws Exception {
        assertThat(SchemaCheck.errors(
                        read(PAGE),
                        read("{\"edges\":[{\"node\":{}}],\"total_count\":2.0,\"state\":\"open\",\"item\":null}")))
                .isEmpty();
    }

    @Test
    void eachBrokenRuleIsReported() throws Exception {
        assertThat(SchemaCheck.errors(
                        read(PAGE),
                        read("{\"edges\":[{}],\"total_count\":\"2\",\"state\":\"new\",\"item\":[],\"extra\":1}")))
                .containsExactly(
                        "$.edges[0]: lacks required node",
                        "$.total_count: string is not \"integer\"",
                        "$.state: \"new\" is not one of [\"open\",\"closed\"]",
                        "$.item: matches none of [{\"type\":\"object\"},{\"type\":\"null\"}]",
                        "$.extra: not allowed");
        assertThat(SchemaCheck.errors(read(PAGE), read("{}"))).containsExactly("$: lacks required edges");
    }

    @Test
    void aKeywordItDoesNotKnowIsAnError() throws Exception {
        assertThat(SchemaCheck.errors(read("{\"type\":\"object\",\"minProperties\":1}"), read("{}")))
                .containsExactly("$: unsupported keyword minProperties");
    }

    private static JsonNode read(String json) throws Exception {
        return JSON.readTree(json);
    }
}
