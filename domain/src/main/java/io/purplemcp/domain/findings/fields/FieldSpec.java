package io.purplemcp.domain.findings.fields;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * One field of a findings record as the console names it, with what it holds: a scalar (text, number,
 * boolean or enum value), a list of scalars, free-form JSON, or an object (or list of objects) with
 * fields of its own. Objects list their fields in output order. A specification is the allow-list of
 * what may be selected and the map from the console's names to the snake_case keys the model sees.
 */
public final class FieldSpec {

    /** What a field holds. */
    public enum Kind {
        SCALAR,
        SCALARS,
        JSON,
        OBJECT,
        OBJECTS,
        /** Not a field: the fields of {@code children} apply only to values of the named union member. */
        ON_TYPE
    }

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern WORD_START = Pattern.compile("(?<=[a-z0-9])(?=[A-Z])");

    private final String name;
    private final Kind kind;
    private final List<FieldSpec> children;
    // Looked up for every field of every record shaped: a search of the list made shaping quadratic.
    private final Map<String, FieldSpec> fieldsByName;
    private final Map<String, FieldSpec> membersByName;
    private final boolean identified;
    private final boolean listOnly;
    private final Optional<Predicate<ObjectNode>> presentWhen;
    // Asked for every field of every record shaped; two regular expressions are worth doing once.
    private String outputKey;

    private FieldSpec(
            String name,
            Kind kind,
            List<FieldSpec> children,
            boolean identified,
            boolean listOnly,
            Optional<Predicate<ObjectNode>> presentWhen) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a field name: " + name);
        }
        boolean container = kind == Kind.OBJECT || kind == Kind.OBJECTS || kind == Kind.ON_TYPE;
        if (container == children.isEmpty()) {
            throw new IllegalArgumentException(name + ": objects have fields, other kinds have none");
        }
        var fields = new HashMap<String, FieldSpec>();
        var members = new HashMap<String, FieldSpec>();
        for (var child : children) {
            if (child.kind == Kind.ON_TYPE) {
                members.putIfAbsent(child.name, child);
            } else if (fields.putIfAbsent(child.name, child) != null) {
                throw new IllegalArgumentException(name + " declares " + child.name + " twice");
            }
        }
        // Most fields are leaves: Map.copyOf shares one empty map among them.
        this.fieldsByName = Map.copyOf(fields);
        this.membersByName = Map.copyOf(members);
        this.name = name;
        this.kind = kind;
        this.children = List.copyOf(children);
        this.identified = identified;
        this.listOnly = listOnly;
        this.presentWhen = presentWhen;
    }

    public static FieldSpec scalar(String name) {
        return new FieldSpec(name, Kind.SCALAR, List.of(), false, false, Optional.empty());
    }

    public static FieldSpec scalars(String name) {
        return new FieldSpec(name, Kind.SCALARS, List.of(), false, false, Optional.empty());
    }

    /** Free-form JSON: passed to the model unchanged, keys and nulls included. */
    public static FieldSpec json(String name) {
        return new FieldSpec(name, Kind.JSON, List.of(), false, false, Optional.empty());
    }

    public static FieldSpec object(String name, FieldSpec... fields) {
        return new FieldSpec(name, Kind.OBJECT, List.of(fields), false, false, Optional.empty());
    }

    public static FieldSpec objects(String name, FieldSpec... fields) {
        return new FieldSpec(name, Kind.OBJECTS, List.of(fields), false, false, Optional.empty());
    }

    /** Fields read only on values of the union member {@code typeName}. */
    public static FieldSpec onType(String typeName, FieldSpec... fields) {
        return new FieldSpec(typeName, Kind.ON_TYPE, List.of(fields), false, false, Optional.empty());
    }

    /** Scalar fields, in order. */
    public static FieldSpec[] scalarFields(String... names) {
        var fields = new FieldSpec[names.length];
        for (int i = 0; i < names.length; i++) {
            fields[i] = scalar(names[i]);
        }
        return fields;
    }

    /** This object always selects its {@code id} (which must be its first field), whatever was asked. */
    public FieldSpec identified() {
        if (children.isEmpty() || !children.get(0).name.equals("id")) {
            throw new IllegalArgumentException(name + ": an identified object starts with its id");
        }
        return new FieldSpec(name, kind, children, true, listOnly, presentWhen);
    }

    /** Selectable in list and search results, but not part of the single-record view. */
    public FieldSpec listOnly() {
        return new FieldSpec(name, kind, children, identified, true, presentWhen);
    }

    /** An object the model sees only when {@code test} holds for the console's value; otherwise omitted. */
    public FieldSpec presentWhen(Predicate<ObjectNode> test) {
        return new FieldSpec(name, kind, children, identified, listOnly, Optional.of(test));
    }

    public String name() {
        return name;
    }

    public Kind kind() {
        return kind;
    }

    public List<FieldSpec> children() {
        return children;
    }

    public boolean isIdentified() {
        return identified;
    }

    public boolean isListOnly() {
        return listOnly;
    }

    public boolean hasFields() {
        return !children.isEmpty();
    }

    /** Whether the model sees this object value at all. */
    boolean shows(ObjectNode value) {
        return presentWhen.map(test -> test.test(value)).orElse(true);
    }

    /** The field named {@code childName} of this object, if it has one (union members' fields excluded). */
    public Optional<FieldSpec> field(String childName) {
        return Optional.ofNullable(fieldsByName.get(childName));
    }

    /** The fields this object has only when its value is of the union member {@code typeName}. */
    public Optional<FieldSpec> member(String typeName) {
        return Optional.ofNullable(membersByName.get(typeName));
    }

    /** Position of a child in output order. */
    int order(FieldSpec child) {
        return children.indexOf(child);
    }

    /** The key the model sees: {@code detectedAt} becomes {@code detected_at}, {@code __typename} {@code typename}. */
    public String outputKey() {
        var key = outputKey;
        if (key == null) {
            // A benign race: threads that miss each other's write compute the same string.
            var bare = name.replaceFirst("^_+", "");
            key = WORD_START.matcher(bare).replaceAll("_").toLowerCase(Locale.ROOT);
            outputKey = key;
        }
        return key;
    }

    @Override
    public String toString() {
        return name;
    }
}
