package io.purplemcp.sandbox.graphql;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A type defined by a schema. */
public sealed interface TypeDef
        permits TypeDef.ScalarType, TypeDef.EnumType, TypeDef.ObjectType, TypeDef.InputType, TypeDef.UnionType {

    String name();

    /** Whether values of the type are leaves of a response (scalars and enums). */
    default boolean isLeaf() {
        return this instanceof ScalarType || this instanceof EnumType;
    }

    /** Whether the type may be a variable's or an argument's type. */
    default boolean isInput() {
        return this instanceof ScalarType || this instanceof EnumType || this instanceof InputType;
    }

    /** {@code scalar Long}, and the built-in scalars. */
    record ScalarType(String name) implements TypeDef {}

    /** {@code enum Severity { CRITICAL HIGH }}. */
    record EnumType(String name, List<String> values) implements TypeDef {
        public EnumType {
            values = List.copyOf(values);
        }
    }

    /** {@code type Alert { id: ID! … }}. */
    record ObjectType(String name, Map<String, FieldDef> fields) implements TypeDef {
        public ObjectType {
            fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        }
    }

    /** {@code input FilterInput { fieldId: String! … }}. */
    record InputType(String name, Map<String, TypeRef> fields) implements TypeDef {
        public InputType {
            fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        }
    }

    /** {@code union HistoryItemCreator = UserHistoryItemCreator | SystemHistoryItemCreator}. */
    record UnionType(String name, List<String> members) implements TypeDef {
        public UnionType {
            members = List.copyOf(members);
        }
    }

    /**
     * A field of an object type.
     *
     * @param name the field name
     * @param arguments its arguments and their types, in schema order
     * @param type its type
     */
    record FieldDef(String name, Map<String, TypeRef> arguments, TypeRef type) {
        public FieldDef {
            arguments = Collections.unmodifiableMap(new LinkedHashMap<>(arguments));
        }
    }
}
