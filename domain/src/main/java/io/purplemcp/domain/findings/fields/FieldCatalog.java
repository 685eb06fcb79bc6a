package io.purplemcp.domain.findings.fields;

import io.purplemcp.domain.tools.InvalidArgument;
import io.purplemcp.ports.out.findings.Selection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The fields of one kind of findings record and what the model may select of them.
 *
 * <p>{@code record} is the whole record (its fields in output order); {@code defaults} are the entries
 * of the selection used when the model names no fields, in the syntax the model uses ({@code severity},
 * {@code asset { id name }}); {@code extras} are further top-level names the model may ask for. A bare
 * object name selects that object's default entry, or all of it when it has none. Every name that
 * reaches a {@link Selection} comes from the specification, never from the request text.
 */
public final class FieldCatalog {

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern DOTTED = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\s*\\.\\s*[A-Za-z_][A-Za-z0-9_]*)+");
    private static final List<String> SUSPICIOUS = List.of("...", "@", "#", "(", ")", "[", "]", "$", "!", ":", "\"");

    private final FieldSpec record;
    private final Map<String, Picked> defaultsByRoot = new LinkedHashMap<>();
    private final List<FieldSpec> selectable = new ArrayList<>();
    private final Selection defaults;
    private final Selection full;

    private FieldCatalog(FieldSpec record, List<String> defaultEntries, List<String> extras) {
        this.record = record;
        var root = new Picked(record);
        for (var entry : defaultEntries) {
            var picked = resolveTopLevel(entry.strip(), index(record.children()), record.children());
            defaultsByRoot.put(picked.spec.name(), picked);
            root.merge(picked);
        }
        for (var name : extras) {
            if (defaultsByRoot.containsKey(name)) {
                throw new IllegalArgumentException(name + " is a default already");
            }
            resolveTopLevel(name, index(record.children()), record.children());
        }
        for (var field : record.children()) {
            if (defaultsByRoot.containsKey(field.name()) || extras.contains(field.name())) {
                selectable.add(field);
            }
        }
        this.defaults = root.selection();
        var everything = new Picked(record);
        record.children().stream()
                .filter(field -> !field.isListOnly())
                .forEach(field -> everything.merge(Picked.all(field)));
        this.full = everything.selection();
    }

    /** A catalog whose records the model cannot choose fields of: {@link #full()} is all there is. */
    public static FieldCatalog fixed(FieldSpec record) {
        return new FieldCatalog(
                record, record.children().stream().map(FieldSpec::name).toList(), List.of());
    }

    public static FieldCatalog of(FieldSpec record, List<String> defaults, List<String> extras) {
        return new FieldCatalog(record, defaults, extras);
    }

    public FieldSpec record() {
        return record;
    }

    /** What a listing selects when the model names no fields. */
    public Selection defaults() {
        return defaults;
    }

    /** Every field of the record except the list-only ones: what a single-record view shows. */
    public Selection full() {
        return full;
    }

    /** The top-level fields the model may name, in output order. */
    public List<FieldSpec> selectable() {
        return List.copyOf(selectable);
    }

    /** What naming the bare object {@code field} selects. */
    public Selection expansion(FieldSpec field) {
        var root = new Picked(record);
        root.merge(Optional.ofNullable(defaultsByRoot.get(field.name())).orElseGet(() -> Picked.all(field)));
        return root.selection();
    }

    /**
     * The selection for the model's field entries (trimmed, distinct): {@code id} is always included,
     * objects that have an id always select it, and the result is in output order.
     *
     * @throws InvalidArgument naming the first entry that is not a field the model may select
     */
    public Selection select(List<String> entries) {
        var root = new Picked(record);
        root.merge(Picked.leaf(record.field("id").orElseThrow()));
        var allowed = index(selectable);
        for (var entry : entries) {
            root.merge(resolveTopLevel(entry, allowed, selectable));
        }
        return root.selection();
    }

    private Picked resolveTopLevel(String entry, Map<String, FieldSpec> byName, List<FieldSpec> choices) {
        if (entry.isEmpty()) {
            throw new InvalidArgument("Empty field names are not allowed in fields.");
        }
        for (var token : SUSPICIOUS) {
            if (entry.contains(token)) {
                throw new InvalidArgument("Invalid field '" + entry + "': it contains the suspicious character '"
                        + token + "'. Field names are plain names, optionally with nested fields in braces;"
                        + " GraphQL syntax (arguments, aliases, directives, fragments, variables) is refused to"
                        + " prevent GraphQL injection.");
            }
        }
        if (entry.contains("{") || entry.contains("}")) {
            return resolveFragment(entry, byName, choices);
        }
        if (NAME.matcher(entry).matches()) {
            var field = byName.get(entry);
            if (field == null) {
                throw new InvalidArgument("Field '" + entry + "' is not in the allowlist of fields you can request."
                        + " Allowed: " + names(choices) + ".");
            }
            return field.hasFields()
                    ? Optional.ofNullable(defaultsByRoot.get(entry)).orElseGet(() -> Picked.all(field))
                    : Picked.leaf(field);
        }
        var hint = DOTTED.matcher(entry).matches()
                ? " Write nested fields with braces, e.g. '"
                        + entry.substring(0, entry.indexOf('.')).strip() + " { "
                        + entry.substring(entry.lastIndexOf('.') + 1).strip() + " }'."
                : "";
        throw new InvalidArgument("Invalid field name format: '" + entry + "'. A field is a plain name such as"
                + " 'severity', or an object with nested fields such as 'asset { id name }'." + hint);
    }

    private Picked resolveFragment(String entry, Map<String, FieldSpec> byName, List<FieldSpec> choices) {
        Fragment fragment;
        try {
            fragment = Fragment.parse(entry);
        } catch (Fragment.Invalid e) {
            throw new InvalidArgument("Invalid nested field '" + entry + "': " + e.getMessage() + ". Write an object"
                    + " and its fields as 'asset { id name }'; nested objects the same way, e.g."
                    + " 'asset { cloudInfo { region } }'.");
        }
        var root = byName.get(fragment.name());
        if (root == null || !root.hasFields()) {
            var objects = choices.stream().filter(FieldSpec::hasFields).toList();
            throw new InvalidArgument("Invalid nested field '" + entry + "': '" + fragment.name()
                    + "' is not a valid nested object. Objects with nested fields: " + names(objects) + ".");
        }
        return resolve(entry, root, fragment);
    }

    private static Picked resolve(String entry, FieldSpec spec, Fragment fragment) {
        if (fragment.fields().isEmpty()) {
            return spec.hasFields() ? Picked.all(spec) : Picked.leaf(spec);
        }
        if (!spec.hasFields()) {
            throw new InvalidArgument("Invalid nested field '" + entry + "': '" + spec.name()
                    + "' has no nested fields; name it without braces.");
        }
        var picked = new Picked(spec);
        for (var requested : fragment.fields()) {
            var child = spec.field(requested.name())
                    .orElseThrow(() -> new InvalidArgument("Invalid nested field '" + entry + "': '" + spec.name()
                            + "' has no field '" + requested.name() + "'. Its fields: "
                            + names(spec.children().stream()
                                    .filter(field -> field.kind() != FieldSpec.Kind.ON_TYPE)
                                    .toList())
                            + "."));
            picked.merge(resolve(entry, child, requested));
        }
        return picked;
    }

    private static Map<String, FieldSpec> index(List<FieldSpec> fields) {
        return fields.stream().collect(Collectors.toMap(FieldSpec::name, field -> field));
    }

    private static String names(List<FieldSpec> fields) {
        return fields.stream().map(FieldSpec::name).collect(Collectors.joining(", "));
    }

    /** A field chosen so far, with the fields chosen inside it; merging unites two choices. */
    private static final class Picked {
        final FieldSpec spec;
        final Map<FieldSpec, Picked> children = new LinkedHashMap<>();

        Picked(FieldSpec spec) {
            this.spec = spec;
        }

        static Picked leaf(FieldSpec spec) {
            return new Picked(spec);
        }

        static Picked all(FieldSpec spec) {
            var picked = new Picked(spec);
            spec.children().forEach(child -> picked.merge(all(child)));
            return picked;
        }

        /** Adds {@code other} (copied, so choices are never shared) to the fields chosen inside this one. */
        void merge(Picked other) {
            var mine = children.computeIfAbsent(other.spec, Picked::new);
            other.children.values().forEach(mine::merge);
        }

        Selection selection() {
            return new Selection(items());
        }

        private List<Selection.Item> items() {
            if (spec.isIdentified()) {
                merge(leaf(spec.children().get(0)));
            }
            // Not Comparator.comparingInt: its lambda lives in java.base, and the ahead-of-time cache keeps
            // only ours, so it would be spun at run time on every start.
            return children.values().stream()
                    .sorted((a, b) -> Integer.compare(spec.order(a.spec), spec.order(b.spec)))
                    .map(Picked::item)
                    .toList();
        }

        private Selection.Item item() {
            if (spec.kind() == FieldSpec.Kind.ON_TYPE) {
                return new Selection.OnType(spec.name(), items());
            }
            return new Selection.Field(spec.name(), spec.hasFields() ? items() : List.of());
        }
    }
}
