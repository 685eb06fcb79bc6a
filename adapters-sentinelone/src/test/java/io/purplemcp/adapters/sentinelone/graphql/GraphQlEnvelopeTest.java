package io.purplemcp.adapters.sentinelone.graphql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.purplemcp.ports.out.upstream.UpstreamException;
import io.purplemcp.ports.out.upstream.UpstreamFailure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GraphQlEnvelopeTest {

    final ObjectMapper json = new ObjectMapper();

    Object data(String envelope) throws Exception {
        return GraphQlClient.data(json.readTree(envelope));
    }

    UpstreamFailure failure(String envelope) {
        try {
            GraphQlClient.data(json.readTree(envelope));
        } catch (UpstreamException e) {
            return e.failure();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("no failure");
    }

    @Test
    void nullOrEmptyErrorsMeanNoErrors() throws Exception {
        assertThat(data("{\"data\":{\"a\":1}}").toString()).isEqualTo("{\"a\":1}");
        assertThat(data("{\"data\":{\"a\":1},\"errors\":null}").toString()).isEqualTo("{\"a\":1}");
        assertThat(data("{\"data\":{\"a\":1},\"errors\":[]}").toString()).isEqualTo("{\"a\":1}");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            {"errors":[{"message":"Field 'x' not found"},{"foo":1}],"data":null} | Field 'x' not found; Unknown error
            {"errors":[{"message":"partial"}],"data":{"a":1}}                   | partial
            {"errors":"boom","data":{}}                                          | boom
            {"errors":{"x":1}}                                                   | Unknown error
            """)
    void anyErrorFailsTheCallEvenBesidePartialData(String envelope, String errors) {
        assertThat(failure(envelope)).isEqualTo(new UpstreamFailure.QueryError("GraphQL errors: " + errors));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            null          | expected a JSON object, got null
            [1]           | expected a JSON object, got array
            {}            | the answer has no data
            {"data":null} | the answer has no data
            {"data":[]}   | data is array, not an object
            """)
    void theEnvelopeMustBeAnObjectWithAnObjectData(String envelope, String problem) {
        assertThat(failure(envelope)).isEqualTo(new UpstreamFailure.MalformedResponse(problem));
    }

    @Test
    void noEnvelopeAtAllFailsTheCall() {
        assertThatThrownBy(() -> GraphQlClient.data(null)).isInstanceOf(UpstreamException.class);
    }

    @Test
    void literalsAreJsonStringsWithAsciiOnly() {
        assertThat(GraphQlLiterals.string(null)).isEqualTo("null");
        assertThat(GraphQlLiterals.string("a\"b\\c\nd\re\tf\bg\fh\u0001ü}"))
                .isEqualTo("\"a\\\"b\\\\c\\nd\\re\\tf\\bg\\fh\\u0001\\u00fc}\"");
        assertThat(GraphQlLiterals.string("\u007f")).isEqualTo("\"\\u007f\"");
    }
}
