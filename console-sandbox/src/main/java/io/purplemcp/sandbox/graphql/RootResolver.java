package io.purplemcp.sandbox.graphql;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Resolves the root fields of queries. It returns the whole value of a field as JSON in the API's
 * shape (camelCase keys, {@code __typename} on union members); the executor keeps only what the
 * request selected.
 */
@FunctionalInterface
public interface RootResolver {

    /**
     * @param field the root field's name
     * @param arguments its arguments, coerced to their types; an argument not given is absent
     * @return the field's value; {@code null} or a JSON null for none
     * @throws FieldError when the arguments cannot be served
     */
    JsonNode resolve(String field, ObjectNode arguments);
}
