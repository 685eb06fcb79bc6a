package io.purplemcp.sandbox.graphql;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A field of a selection set.
 *
 * @param alias the alias, empty when none was written
 * @param name the field name
 * @param arguments the arguments, in document order
 * @param selections the sub-selection, empty for a leaf
 */
public record Field(String alias, String name, Map<String, Value> arguments, List<Field> selections) {

    public Field {
        arguments = Collections.unmodifiableMap(new LinkedHashMap<>(arguments));
        selections = List.copyOf(selections);
    }

    /** The sub-field of that name, if selected. */
    public Optional<Field> selection(String name) {
        return selections.stream().filter(field -> field.name().equals(name)).findFirst();
    }
}
