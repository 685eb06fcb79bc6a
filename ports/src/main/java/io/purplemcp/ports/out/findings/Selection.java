package io.purplemcp.ports.out.findings;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The fields to read, as a GraphQL selection set: plain names, nested selections, and type conditions
 * for unions. Every name is a GraphQL name ({@code [A-Za-z_][A-Za-z0-9_]*}), so a selection can only
 * ever select fields: it can carry no arguments, aliases, directives, fragments or variables, whatever
 * it was built from.
 */
public record Selection(List<Item> items) {

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    public Selection {
        items = List.copyOf(items);
        if (items.isEmpty()) {
            throw new IllegalArgumentException("a selection selects something");
        }
        var names = new HashSet<String>();
        for (var item : items) {
            if (item instanceof Field field && !names.add(field.name())) {
                throw new IllegalArgumentException("field " + field.name() + " is selected twice");
            }
        }
    }

    public static Selection of(Item... items) {
        return new Selection(List.of(items));
    }

    /** One entry of a selection set. */
    public sealed interface Item permits Field, OnType {}

    /** A field, with its own selection when it is an object ({@code children} empty for a scalar). */
    public record Field(String name, List<Item> children) implements Item {
        public Field {
            requireName(name);
            children = List.copyOf(children);
            if (!children.isEmpty()) {
                new Selection(children);
            }
        }

        public static Field scalar(String name) {
            return new Field(name, List.of());
        }

        public static Field object(String name, Item... children) {
            if (children.length == 0) {
                throw new IllegalArgumentException("an object field selects something");
            }
            return new Field(name, List.of(children));
        }
    }

    /** Fields read only when the value is of type {@code typeName} ({@code ... on typeName { ... }}). */
    public record OnType(String typeName, List<Item> children) implements Item {
        public OnType {
            requireName(typeName);
            children = new Selection(children).items();
        }
    }

    private static void requireName(String name) {
        Objects.requireNonNull(name, "name");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a GraphQL name: " + name);
        }
    }
}
