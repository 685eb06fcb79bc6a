package io.purplemcp.sandbox.graphql;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A GraphQL schema: the types of one API, read from schema definition language (types, inputs, enums,
 * unions, scalars; descriptions, comments and directives are read and ignored). The root type is
 * {@code Query}. The built-in scalars {@code String}, {@code Int}, {@code Float}, {@code Boolean} and
 * {@code ID} need no definition.
 */
public final class Schema {

    private final Map<String, TypeDef> types;

    private Schema(Map<String, TypeDef> types) {
        var all = new LinkedHashMap<String, TypeDef>();
        for (var builtIn : new String[] {"String", "Int", "Float", "Boolean", "ID"}) {
            all.put(builtIn, new TypeDef.ScalarType(builtIn));
        }
        all.putAll(types);
        this.types = Map.copyOf(all);
        check();
    }

    /**
     * Reads a schema.
     *
     * @throws IllegalArgumentException when the text is not valid SDL, or names a type it does not define
     */
    public static Schema parse(String sdl) {
        return new Schema(new SchemaParser(sdl).definitions());
    }

    /** The type of that name, if the schema defines it. */
    public Optional<TypeDef> type(String name) {
        return Optional.ofNullable(types.get(name));
    }

    /** The root type of queries. */
    public TypeDef.ObjectType queryType() {
        return (TypeDef.ObjectType) types.get("Query");
    }

    /** This schema without a field of an object type: an older schema, for compatibility tests. */
    public Schema withoutField(String typeName, String fieldName) {
        var type = objectType(typeName);
        var fields = new LinkedHashMap<>(type.fields());
        if (fields.remove(fieldName) == null) {
            throw new IllegalArgumentException(typeName + " has no field " + fieldName);
        }
        return replaced(new TypeDef.ObjectType(typeName, fields));
    }

    /** This schema without an argument of a field: an older schema, for compatibility tests. */
    public Schema withoutArgument(String typeName, String fieldName, String argument) {
        var type = objectType(typeName);
        var field = type.fields().get(fieldName);
        if (field == null || !field.arguments().containsKey(argument)) {
            throw new IllegalArgumentException(typeName + "." + fieldName + " has no argument " + argument);
        }
        var arguments = new LinkedHashMap<>(field.arguments());
        arguments.remove(argument);
        var fields = new LinkedHashMap<>(type.fields());
        fields.put(fieldName, new TypeDef.FieldDef(fieldName, arguments, field.type()));
        return replaced(new TypeDef.ObjectType(typeName, fields));
    }

    private Schema replaced(TypeDef type) {
        var copy = new LinkedHashMap<>(types);
        copy.put(type.name(), type);
        return new Schema(copy);
    }

    private TypeDef.ObjectType objectType(String name) {
        if (!(types.get(name) instanceof TypeDef.ObjectType type)) {
            throw new IllegalArgumentException("no object type " + name);
        }
        return type;
    }

    private void check() {
        if (!(types.get("Query") instanceof TypeDef.ObjectType)) {
            throw new IllegalArgumentException("a schema needs an object type Query");
        }
        for (var type : types.values()) {
            if (type instanceof TypeDef.ObjectType object) {
                for (var field : object.fields().values()) {
                    requireOutput(object.name() + "." + field.name(), field.type());
                    field.arguments()
                            .forEach((name, argument) ->
                                    requireInput(object.name() + "." + field.name() + "(" + name + ")", argument));
                }
            } else if (type instanceof TypeDef.InputType input) {
                input.fields().forEach((name, field) -> requireInput(input.name() + "." + name, field));
            } else if (type instanceof TypeDef.UnionType union) {
                for (var member : union.members()) {
                    if (!(types.get(member) instanceof TypeDef.ObjectType)) {
                        throw new IllegalArgumentException(
                                "union " + union.name() + ": " + member + " is not an object type");
                    }
                }
            }
        }
    }

    private void requireOutput(String where, TypeRef type) {
        var named = types.get(type.namedType());
        if (named == null || named instanceof TypeDef.InputType) {
            throw new IllegalArgumentException(where + ": " + type + " is not an output type of the schema");
        }
    }

    private void requireInput(String where, TypeRef type) {
        var named = types.get(type.namedType());
        if (named == null || !named.isInput()) {
            throw new IllegalArgumentException(where + ": " + type + " is not an input type of the schema");
        }
    }
}
