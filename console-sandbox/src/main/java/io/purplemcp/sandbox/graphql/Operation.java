package io.purplemcp.sandbox.graphql;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one operation of a document.
 *
 * @param type {@code query}, {@code mutation} or {@code subscription}
 * @param name the operation name, empty when anonymous
 * @param variables declared variables (without {@code $}) and their types as written, e.g. {@code String!}
 * @param selections the root fields
 */
public record Operation(String type, String name, Map<String, String> variables, List<Field> selections) {

    public Operation {
        variables = Collections.unmodifiableMap(new LinkedHashMap<>(variables));
        selections = List.copyOf(selections);
    }
}
