package io.purplemcp.sandbox.graphql;

/** A reference to a type as written in a schema or a variable definition: {@code ID!}, {@code [FilterInput!]}. */
public sealed interface TypeRef permits TypeRef.Named, TypeRef.ListOf, TypeRef.NonNull {

    /** {@code Alert}. */
    record Named(String name) implements TypeRef {
        @Override
        public String toString() {
            return name;
        }
    }

    /** {@code [T]}. */
    record ListOf(TypeRef of) implements TypeRef {
        @Override
        public String toString() {
            return "[" + of + "]";
        }
    }

    /** {@code T!}. */
    record NonNull(TypeRef of) implements TypeRef {
        @Override
        public String toString() {
            return of + "!";
        }
    }

    /** The named type at the bottom of the wrappers. */
    default String namedType() {
        if (this instanceof Named named) {
            return named.name();
        }
        return this instanceof ListOf list
                ? list.of().namedType()
                : ((NonNull) this).of().namedType();
    }

    /** The type without its outer {@code !}. */
    default TypeRef nullable() {
        return this instanceof NonNull nonNull ? nonNull.of() : this;
    }

    /** Whether the type ends in {@code !}. */
    default boolean isNonNull() {
        return this instanceof NonNull;
    }

    /**
     * Parses a type as written, e.g. {@code [FilterInput!]!}.
     *
     * @throws IllegalArgumentException when the text is not a type
     */
    static TypeRef parse(String text) {
        var trimmed = text.strip();
        if (trimmed.endsWith("!")) {
            return new NonNull(parse(trimmed.substring(0, trimmed.length() - 1)));
        }
        if (trimmed.startsWith("[") && trimmed.endsWith("]")) {
            return new ListOf(parse(trimmed.substring(1, trimmed.length() - 1)));
        }
        if (!trimmed.matches("[_A-Za-z][_0-9A-Za-z]*")) {
            throw new IllegalArgumentException("not a GraphQL type: " + text);
        }
        return new Named(trimmed);
    }

    /**
     * Whether a variable of this type may be used where {@code expected} is expected (the rule "all
     * variable usages are allowed" of the GraphQL specification).
     */
    default boolean fitsInto(TypeRef expected) {
        if (expected instanceof NonNull expectedNonNull) {
            return this instanceof NonNull nonNull && nonNull.of().fitsInto(expectedNonNull.of());
        }
        if (this instanceof NonNull nonNull) {
            return nonNull.of().fitsInto(expected);
        }
        if (expected instanceof ListOf expectedList) {
            return this instanceof ListOf list && list.of().fitsInto(expectedList.of());
        }
        return this instanceof Named named && named.name().equals(((Named) expected).name());
    }
}
