package io.purplemcp.sandbox.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.purplemcp.sandbox.graphql.Field;
import io.purplemcp.sandbox.graphql.GraphQlParser;
import io.purplemcp.sandbox.graphql.GraphQlSyntaxException;
import io.purplemcp.sandbox.graphql.Operation;
import io.purplemcp.sandbox.graphql.Value;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One request the sandbox received, as tests see it. The {@code Authorization} value is masked: only
 * its scheme is kept ({@code "Bearer ***"}), so a log can be printed safely.
 *
 * @param receivedAt when the request arrived
 * @param method the HTTP method
 * @param path the raw request path
 * @param query the raw query string, empty when there is none
 * @param headers request headers; keys compare case-insensitively
 * @param body the request body as UTF-8 text, cut at 64 KiB
 * @param status the status answered (or to be answered, for a delayed reply); 0 when the connection was reset
 * @param injectedFault the fault marker that shaped the answer, empty when none did
 */
public record RecordedRequest(
        Instant receivedAt,
        String method,
        String path,
        String query,
        Map<String, List<String>> headers,
        String body,
        int status,
        String injectedFault) {

    // One mapper for every recorded request: building one costs more than most bodies take to read.
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final Pattern OPERATION =
            Pattern.compile("\\s*(?:query|mutation|subscription)\\s+([_A-Za-z][_0-9A-Za-z]*)");

    /** The first value of a header (case-insensitive name); for {@code Authorization} the masked value. */
    public Optional<String> header(String name) {
        var values = headers.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** The scheme of the {@code Authorization} header ({@code ApiToken}, {@code Bearer}), if one was sent. */
    public Optional<String> authScheme() {
        return header("Authorization").map(value -> value.substring(0, Math.max(0, value.indexOf(' '))));
    }

    /** The body as JSON, when it is JSON (a body cut at 64 KiB is not). */
    public Optional<JsonNode> jsonBody() {
        try {
            var node = JSON.readTree(body);
            return node == null || node.isMissingNode() ? Optional.empty() : Optional.of(node);
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    /** A GraphQL request's document: the body's {@code query} string. */
    public Optional<String> graphQlDocument() {
        return jsonBody()
                .map(json -> json.get("query"))
                .filter(JsonNode::isTextual)
                .map(JsonNode::textValue);
    }

    /** A GraphQL request's {@code variables}; an empty object when the body has none or {@code null}. */
    public Optional<JsonNode> graphQlVariables() {
        return jsonBody()
                .filter(json -> json.path("query").isTextual())
                .map(json ->
                        json.hasNonNull("variables") ? json.get("variables") : JsonNodeFactory.instance.objectNode());
    }

    /** The operation name written in a GraphQL request's document ({@code GetAlert}), if it has one. */
    public Optional<String> graphQlOperationName() {
        return graphQlDocument()
                .map(OPERATION::matcher)
                .filter(Matcher::lookingAt)
                .map(matcher -> matcher.group(1));
    }

    /**
     * Every literal value written in the arguments of a GraphQL request's document, as text (strings
     * as they are, numbers, {@code true}/{@code false}, {@code null}, enum names; list and object
     * literals flattened). A client that passes every value as a variable sends none: an empty list
     * shows that no value was spliced into the document. Empty when the body holds no readable document.
     */
    public List<String> graphQlLiterals() {
        try {
            return graphQlDocument().map(GraphQlParser::parse).map(Operation::selections).stream()
                    .flatMap(selections -> Field.argumentLiterals(selections).stream())
                    .map(RecordedRequest::text)
                    .toList();
        } catch (GraphQlSyntaxException e) {
            return List.of(); // not a readable document: no literals to report
        }
    }

    private static String text(Value literal) {
        if (literal instanceof Value.StringValue string) {
            return string.value();
        } else if (literal instanceof Value.IntValue integer) {
            return integer.value().toString();
        } else if (literal instanceof Value.FloatValue decimal) {
            return decimal.value().toString();
        } else if (literal instanceof Value.BooleanValue bool) {
            return Boolean.toString(bool.value());
        } else if (literal instanceof Value.EnumValue enumValue) {
            return enumValue.name();
        }
        return "null"; // the one literal left: lists, objects and variables are not among them
    }

    /** {@code "GET /sdl/v2/api/queries/…?lastStepSeen=0 -> 200"}, for assertion messages. */
    @Override
    public String toString() {
        return method + " " + path + (query.isEmpty() ? "" : "?" + query) + " -> " + status
                + (injectedFault.isEmpty() ? "" : " [" + injectedFault + "]");
    }
}
