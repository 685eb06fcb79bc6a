package io.purplemcp.sandbox.graphql;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * One entry of a response's {@code errors}: a message in the words of the reference GraphQL
 * implementation, the response path of the field it concerns (empty for request errors) and a code in
 * {@code extensions.code}.
 *
 * @param message what went wrong
 * @param path response keys and list indexes down to the field, empty for request errors
 * @param code {@link #PARSE_FAILED}, {@link #VALIDATION_FAILED}, {@link #BAD_USER_INPUT}, …
 */
public record GraphQlError(String message, List<Object> path, String code) {

    /** The document is not GraphQL. */
    public static final String PARSE_FAILED = "GRAPHQL_PARSE_FAILED";
    /** The document does not fit the schema. */
    public static final String VALIDATION_FAILED = "GRAPHQL_VALIDATION_FAILED";
    /** A variable or argument value is wrong. */
    public static final String BAD_USER_INPUT = "BAD_USER_INPUT";

    public GraphQlError {
        path = List.copyOf(path);
    }

    /** An error about the whole request. */
    public static GraphQlError of(String message, String code) {
        return new GraphQlError(message, List.of(), code);
    }

    /** The error as it appears in a response. */
    public ObjectNode toJson(JsonNodeFactory nodes) {
        var error = nodes.objectNode();
        error.put("message", message);
        if (!path.isEmpty()) {
            var array = error.putArray("path");
            for (var segment : path) {
                if (segment instanceof Integer index) {
                    array.add(index);
                } else {
                    array.add(String.valueOf(segment));
                }
            }
        }
        error.putObject("extensions").put("code", code);
        return error;
    }
}
