package io.purplemcp.sandbox.graphql;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Checks an operation against a schema before it runs, as a GraphQL server does: the operation type,
 * fields and arguments that exist, leaf and composite selections, inline fragments that can apply,
 * argument literals of the right types, variables that are declared, used and used where their type
 * fits, and fields that can be merged. The messages are those of the reference implementation
 * ({@code Cannot query field "x" on type "T".}, {@code Unknown argument "a" on field "T.f".}, …).
 */
final class Validator {

    private final Schema schema;
    private final InputCoercion coercion;

    Validator(Schema schema) {
        this.schema = schema;
        this.coercion = new InputCoercion(schema);
    }

    List<GraphQlError> validate(Operation operation) {
        var errors = new LinkedHashSet<String>();
        if (!operation.type().equals("query")) {
            errors.add("Schema is not configured to execute " + operation.type() + " operation.");
            return wrap(errors);
        }
        var declared = new LinkedHashMap<String, TypeRef>();
        operation.variables().forEach((name, text) -> {
            var type = TypeRef.parse(text);
            var named = schema.type(type.namedType());
            if (named.isEmpty()) {
                errors.add("Unknown type \"" + type.namedType() + "\".");
            } else if (!named.get().isInput()) {
                errors.add("Variable \"$" + name + "\" cannot be non-input type \"" + type + "\".");
            } else {
                declared.put(name, type);
            }
        });
        var uses = new ArrayList<InputCoercion.VariableUse>();
        selections(schema.queryType(), operation.selections(), uses, errors);
        var used = new LinkedHashSet<String>();
        var where = operation.name().isEmpty() ? "." : " by operation \"" + operation.name() + "\".";
        for (var use : uses) {
            used.add(use.name());
            var type = declared.get(use.name());
            if (!operation.variables().containsKey(use.name())) {
                errors.add("Variable \"$" + use.name() + "\" is not defined" + where);
            } else if (type != null && !type.fitsInto(use.expected())) {
                errors.add("Variable \"$" + use.name() + "\" of type \"" + type
                        + "\" used in position expecting type \"" + use.expected() + "\".");
            }
        }
        for (var name : operation.variables().keySet()) {
            if (!used.contains(name)) {
                errors.add("Variable \"$" + name + "\" is never used"
                        + (operation.name().isEmpty() ? "." : " in operation \"" + operation.name() + "\"."));
            }
        }
        return wrap(errors);
    }

    private void selections(
            TypeDef parent,
            List<Field> selections,
            List<InputCoercion.VariableUse> uses,
            LinkedHashSet<String> errors) {
        var byKey = new LinkedHashMap<String, String>();
        for (var field : selections) {
            if (field.isInlineFragment()) {
                inlineFragment(parent, field, uses, errors);
                continue;
            }
            var previous = byKey.putIfAbsent(field.responseKey(), field.name());
            if (previous != null && !previous.equals(field.name())) {
                errors.add("Fields \"" + field.responseKey() + "\" conflict because \"" + previous + "\" and \""
                        + field.name() + "\" are different fields. Use different aliases on the fields to fetch both"
                        + " if this was intentional.");
            }
            if (field.name().equals("__typename")) {
                leafOnly(field, "String!", errors);
                continue;
            }
            if (!(parent instanceof TypeDef.ObjectType object)) {
                var members = ((TypeDef.UnionType) parent).members();
                errors.add("Cannot query field \"" + field.name() + "\" on type \"" + parent.name()
                        + "\". Did you mean to use an inline fragment on \"" + members.get(0) + "\"?");
                continue;
            }
            var definition = object.fields().get(field.name());
            if (definition == null) {
                errors.add("Cannot query field \"" + field.name() + "\" on type \"" + parent.name() + "\".");
                continue;
            }
            arguments(object, definition, field, uses, errors);
            var type = schema.type(definition.type().namedType()).orElseThrow();
            if (type.isLeaf()) {
                leafOnly(field, definition.type().toString(), errors);
            } else if (field.selections().isEmpty()) {
                errors.add("Field \"" + field.name() + "\" of type \"" + definition.type()
                        + "\" must have a selection of subfields. Did you mean \"" + field.name() + " { ... }\"?");
            } else {
                selections(type, field.selections(), uses, errors);
            }
        }
    }

    private void inlineFragment(
            TypeDef parent, Field fragment, List<InputCoercion.VariableUse> uses, LinkedHashSet<String> errors) {
        if (fragment.typeCondition().isEmpty()) {
            selections(parent, fragment.selections(), uses, errors);
            return;
        }
        var condition = schema.type(fragment.typeCondition());
        if (condition.isEmpty()) {
            errors.add("Unknown type \"" + fragment.typeCondition() + "\".");
            return;
        }
        var type = condition.get();
        var fits = type.name().equals(parent.name())
                || parent instanceof TypeDef.UnionType union && union.members().contains(type.name())
                || type instanceof TypeDef.UnionType union && union.members().contains(parent.name());
        if (!fits) {
            errors.add("Fragment cannot be spread here as objects of type \"" + parent.name()
                    + "\" can never be of type \"" + type.name() + "\".");
            return;
        }
        selections(type, fragment.selections(), uses, errors);
    }

    private static void leafOnly(Field field, String type, LinkedHashSet<String> errors) {
        if (!field.selections().isEmpty()) {
            errors.add("Field \"" + field.name() + "\" must not have a selection since type \"" + type
                    + "\" has no subfields.");
        }
    }

    private void arguments(
            TypeDef.ObjectType parent,
            TypeDef.FieldDef definition,
            Field field,
            List<InputCoercion.VariableUse> uses,
            LinkedHashSet<String> errors) {
        for (Map.Entry<String, Value> argument : field.arguments().entrySet()) {
            var type = definition.arguments().get(argument.getKey());
            if (type == null) {
                errors.add("Unknown argument \"" + argument.getKey() + "\" on field \"" + parent.name() + "."
                        + field.name() + "\".");
                continue;
            }
            try {
                coercion.literal(argument.getValue(), type, null, uses, argument.getKey());
            } catch (InputCoercion.Mismatch e) {
                errors.add("Argument \"" + argument.getKey() + "\" has invalid value"
                        + (e.path().equals(argument.getKey()) ? "" : " at \"" + e.path() + "\"") + ": "
                        + e.getMessage());
            }
        }
        definition.arguments().forEach((name, type) -> {
            if (type.isNonNull() && !field.arguments().containsKey(name)) {
                errors.add("Field \"" + field.name() + "\" argument \"" + name + "\" of type \"" + type
                        + "\" is required, but it was not provided.");
            }
        });
    }

    private static List<GraphQlError> wrap(LinkedHashSet<String> messages) {
        return messages.stream()
                .map(message -> GraphQlError.of(message, GraphQlError.VALIDATION_FAILED))
                .toList();
    }
}
