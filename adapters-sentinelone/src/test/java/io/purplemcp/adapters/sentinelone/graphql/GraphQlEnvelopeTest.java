package io.purplemcp.adapters.sentinelone.graphql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.purplemcp.ports.out.upstream.UpstreamException;
import io.purplemcp.ports.out.upstream.UpstreamFailure;
import org.junit.jupiter.api.Test;

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

    @Test
    void anyErrorFailsTheCallEvenBesidePartialData() {
        assertThat(failure("{\"errors\":[{\"message\":\"Field 'x' not found\"},{\"foo\":1}],\"data\":null}"))
                .isEqualTo(new UpstreamFailure.QueryError("GraphQL errors: Field 'x' not found; Unknown error"));
        assertThat(failure("{\"errors\":[{\"message\":\"partial\"}],\"data\":{\"a\":1}}"))
                .isEqualTo(new UpstreamFailure.QueryError("GraphQL errors: partial"));
        assertThat(failure("{\"errors\":\"boom\",\"data\":{}}"))
                .isEqualTo(new UpstreamFailure.QueryError("GraphQL errors: boom"));
        assertThat(failure("{\"errors\":{\"x\":1}}"))
                .isEqualTo(new UpstreamFailure.QueryError("GraphQL errors: Unknown error"));
    }

    @Test
    void theEnvelopeMustBeAnObjectWithAnObjectData() {
        assertThat(failure("null"))
                .isEqualTo(new UpstreamFailure.MalformedResponse("expected a JSON object, got null"));
        assertThat(failure("[1]"))
                .isEqualTo(new UpstreamFailure.MalformedResponse("expected a JSON object, got array"));
        assertThat(failure("{}")).isEqualTo(new UpstreamFailure.MalformedResponse("the answer has no data"));
        assertThat(failure("{\"data\":null}"))
                .isEqualTo(new UpstreamFailure.MalformedResponse("the answer has no data"));
        assertThat(failure("{\"data\":[]}"))
                .isEqualTo(new UpstreamFailure.MalformedResponse("data is array, not an object"));
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
