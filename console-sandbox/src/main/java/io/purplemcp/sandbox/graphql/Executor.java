package io.purplemcp.sandbox.graphql;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * Runs query operations against one schema: validation ({@link #validate}), variable coercion
 * ({@link #coerceVariables}) and execution ({@link #execute}), which asks a {@link RootResolver} for
 * each root field and keeps only the selected fields of what it returns, nested objects, lists, aliases
 * and inline fragments on unions included.
 */
public final class Executor {

    /**
     * What an execution produced.
     *
     * @param data one entry per selected root field (null where it failed)
     * @param errors the field errors, empty when none
     */
    public record Result(ObjectNode data, List<GraphQlError> errors) {
        public Result {
            errors = List.copyOf(errors);
        }
    }

    /** Variables that do not fit their declarations. */
    public static final class VariablesException extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient List<GraphQlError> errors;

        VariablesException(List<GraphQlError> errors) {
            super(errors.get(0).message());
            this.errors = List.copyOf(errors);
        }

        public List<GraphQlError> errors() {
            return errors;
        }
    }

    private final Schema schema;
    private final Validator validator;
    private final InputCoercion coercion;
    private final JsonNodeFactory nodes = JsonNodeFactory.instance;

    public Executor(Schema schema) {
        this.schema = schema;
        this.validator = new Validator(schema);
        this.coercion = new InputCoercion(schema);
    }

    /** The validation errors of an operation; empty when it fits the schema. */
    public List<GraphQlError> validate(Operation operation) {
        return validator.validate(operation);
    }

    /**
     * The request's variables coerced to the declared types (a validated operation); only declared
     * variables are kept, and one not given is absent.
     *
     * @throws VariablesException naming every variable that does not fit
     */
    public ObjectNode coerceVariables(Operation operation, JsonNode given) throws VariablesException {
        var coerced = nodes.objectNode();
        var errors = new ArrayList<GraphQlError>();
        operation.variables().forEach((name, text) -> {
            var type = TypeRef.parse(text);
            var value = given == null || given.isNull() ? null : given.get(name);
            if (value == null) {
                if (type.isNonNull()) {
                    errors.add(GraphQlError.of(
                            "Variable \"$" + name + "\" of required type \"" + type + "\" was not provided.",
                            GraphQlError.BAD_USER_INPUT));
                }
                return;
            }
            if (value.isNull() && type.isNonNull()) {
                errors.add(GraphQlError.of(
                        "Variable \"$" + name + "\" of non-null type \"" + type + "\" must not be null.",
                        GraphQlError.BAD_USER_INPUT));
                return;
            }
            try {
                coerced.set(name, coercion.json(value, type, name));
            } catch (InputCoercion.Mismatch e) {
                errors.add(GraphQlError.of(
                        "Variable \"$" + name + "\" got invalid value " + value
                                + (e.path().equals(name) ? "" : " at \"" + e.path() + "\"") + "; " + e.getMessage(),
                        GraphQlError.BAD_USER_INPUT));
            }
        });
        if (!errors.isEmpty()) {
            throw new VariablesException(errors);
        }
        return coerced;
    }

    /** Runs a validated operation with coerced variables. */
    public Result execute(Operation operation, ObjectNode variables, RootResolver resolver) {
        var data = nodes.objectNode();
        var errors = new ArrayList<GraphQlError>();
        var query = schema.queryType();
        for (var entry : collect(query, operation.selections()).entrySet()) {
            var fields = entry.getValue();
            var field = fields.get(0);
            if (field.name().equals("__typename")) {
                data.put(entry.getKey(), query.name());
                continue;
            }
            var definition = query.fields().get(field.name());
            try {
                var arguments = arguments(definition, field, variables);
                var value = resolver.resolve(field.name(), arguments);
                data.set(entry.getKey(), project(definition.type(), value, subSelections(fields)));
            } catch (FieldError e) {
                data.putNull(entry.getKey());
                errors.add(new GraphQlError(e.getMessage(), List.of(entry.getKey()), e.code()));
            }
        }
        return new Result(data, errors);
    }

    private ObjectNode arguments(TypeDef.FieldDef definition, Field field, ObjectNode variables) {
        var arguments = nodes.objectNode();
        for (var argument : field.arguments().entrySet()) {
            try {
                var value = coercion.literal(
                        argument.getValue(),
                        definition.arguments().get(argument.getKey()),
                        variables,
                        new ArrayList<>(),
                        argument.getKey());
                if (value != null) {
                    arguments.set(argument.getKey(), value);
                }
            } catch (InputCoercion.Mismatch e) {
                throw FieldError.badInput("Argument \"" + argument.getKey() + "\": " + e.getMessage());
            }
        }
        return arguments;
    }

    private JsonNode project(TypeRef type, JsonNode value, List<Field> selections) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return nodes.nullNode();
        }
        if (type instanceof TypeRef.NonNull nonNull) {
            return project(nonNull.of(), value, selections);
        }
        if (type instanceof TypeRef.ListOf list) {
            if (!value.isArray()) {
                throw new IllegalStateException("the sandbox's data has no list where " + type + " is expected");
            }
            var array = nodes.arrayNode();
            value.forEach(element -> array.add(project(list.of(), element, selections)));
            return array;
        }
        var named = schema.type(type.namedType()).orElseThrow();
        if (named.isLeaf()) {
            return value;
        }
        var object = named instanceof TypeDef.UnionType
                ? (TypeDef.ObjectType)
                        schema.type(value.path("__typename").asText()).orElseThrow()
                : (TypeDef.ObjectType) named;
        var result = nodes.objectNode();
        for (var entry : collect(object, selections).entrySet()) {
            var fields = entry.getValue();
            var name = fields.get(0).name();
            if (name.equals("__typename")) {
                result.put(entry.getKey(), object.name());
            } else {
                result.set(
                        entry.getKey(),
                        project(object.fields().get(name).type(), value.get(name), subSelections(fields)));
            }
        }
        return result;
    }

    /** The fields selected on a concrete type, by response key, inline fragments that apply included. */
    private LinkedHashMap<String, List<Field>> collect(TypeDef.ObjectType type, List<Field> selections) {
        var fields = new LinkedHashMap<String, List<Field>>();
        collect(type, selections, fields);
        return fields;
    }

    private void collect(TypeDef.ObjectType type, List<Field> selections, LinkedHashMap<String, List<Field>> fields) {
        for (var field : selections) {
            if (field.isInlineFragment()) {
                var condition = field.typeCondition();
                if (condition.isEmpty()
                        || condition.equals(type.name())
                        || schema.type(condition)
                                .filter(t -> t instanceof TypeDef.UnionType union
                                        && union.members().contains(type.name()))
                                .isPresent()) {
                    collect(type, field.selections(), fields);
                }
            } else {
                fields.computeIfAbsent(field.responseKey(), key -> new ArrayList<>())
                        .add(field);
            }
        }
    }

    private static List<Field> subSelections(List<Field> fields) {
        var merged = new ArrayList<Field>();
        fields.forEach(field -> merged.addAll(field.selections()));
        return merged;
    }
}
