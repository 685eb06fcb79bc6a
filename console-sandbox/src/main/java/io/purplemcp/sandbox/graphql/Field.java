package io.purplemcp.sandbox.graphql;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A selection: a field, or an inline fragment ({@code ... on Type { … }}), which has the name
 * {@link #INLINE_FRAGMENT}, its type condition (empty when none was written) and its selections.
 *
 * @param alias the alias, empty when none was written
 * @param name the field name, or {@link #INLINE_FRAGMENT}
 * @param arguments the arguments, in document order
 * @param selections the sub-selection, empty for a leaf
 * @param typeCondition an inline fragment's type condition; empty for fields
 */
public record Field(
        String alias, String name, Map<String, Value> arguments, List<Field> selections, String typeCondition) {

    /** The name an inline fragment has. */
    public static final String INLINE_FRAGMENT = "...";

    public Field {
        arguments = Collections.unmodifiableMap(new LinkedHashMap<>(arguments));
        selections = List.copyOf(selections);
    }

    /** A field. */
    public Field(String alias, String name, Map<String, Value> arguments, List<Field> selections) {
        this(alias, name, arguments, selections, "");
    }

    /** An inline fragment. */
    public static Field inlineFragment(String typeCondition, List<Field> selections) {
        return new Field("", INLINE_FRAGMENT, Map.of(), selections, typeCondition);
    }

    /** Whether this is an inline fragment rather than a field. */
    public boolean isInlineFragment() {
        return name.equals(INLINE_FRAGMENT);
    }

    /** The key the field has in a response: its alias, else its name. */
    public String responseKey() {
        return alias.isEmpty() ? name : alias;
    }

    /**
     * Every literal written in the arguments of these selections and of theirs, in document order, with list and
     * object literals flattened into their elements; variables are not literals.
     */
    public static List<Value> argumentLiterals(List<Field> selections) {
        var literals = new ArrayList<Value>();
        for (var field : selections) {
            field.arguments.values().forEach(value -> flatten(value, literals));
            literals.addAll(argumentLiterals(field.selections));
        }
        return literals;
    }

    private static void flatten(Value value, List<Value> literals) {
        if (value instanceof Value.ListValue list) {
            list.values().forEach(element -> flatten(element, literals));
        } else if (value instanceof Value.ObjectValue object) {
            object.fields().values().forEach(element -> flatten(element, literals));
        } else if (!(value instanceof Value.Variable)) {
            literals.add(value);
        }
    }

    /** The sub-field of that name, if selected. */
    public Optional<Field> selection(String name) {
        return selections.stream().filter(field -> field.name().equals(name)).findFirst();
    }
}
