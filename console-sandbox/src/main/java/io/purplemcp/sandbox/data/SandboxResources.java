package io.purplemcp.sandbox.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The sandbox's data files, kept next to the classes that read them: a missing one is a broken build, so
 * it fails loudly instead of serving an empty console.
 */
public final class SandboxResources {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SandboxResources() {}

    /** A text resource in the package of {@code owner}. */
    public static String text(Class<?> owner, String name) {
        try (var in = open(owner, name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The lines of a text resource that are neither blank nor {@code #} comments, stripped. */
    public static List<String> lines(Class<?> owner, String name) {
        return text(owner, name)
                .lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .toList();
    }

    /** A JSON resource as a tree. */
    public static JsonNode json(Class<?> owner, String name) {
        try (var in = open(owner, name)) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A JSON resource as a record, e.g. the data a catalogue is built from: each component from the member
     * of its name (strings, numbers, booleans, lists of those or of records). Read from the tree by the
     * records' canonical constructors because Jackson's own record binding costs several times the reading
     * on the first findings request.
     */
    public static <T extends Record> T json(Class<?> owner, String name, Class<T> type) {
        return type.cast(value(json(owner, name), type));
    }

    private static Object value(JsonNode node, Type type) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (type instanceof ParameterizedType list) {
            var element = list.getActualTypeArguments()[0];
            var values = new ArrayList<>();
            node.forEach(item -> values.add(value(item, element)));
            return List.copyOf(values);
        }
        var kind = (Class<?>) type;
        if (kind.isRecord()) {
            var components = kind.getRecordComponents();
            var arguments = new Object[components.length];
            var types = new Class<?>[components.length];
            for (var i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                arguments[i] = value(node.get(components[i].getName()), components[i].getGenericType());
            }
            try {
                var constructor = kind.getDeclaredConstructor(types);
                constructor.setAccessible(true);
                return constructor.newInstance(arguments);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot build " + kind.getName() + " from sandbox data", e);
            }
        }
        if (kind == String.class) {
            return node.textValue();
        }
        if (kind == boolean.class || kind == Boolean.class) {
            return node.booleanValue();
        }
        if (kind == int.class || kind == Integer.class) {
            return node.intValue();
        }
        return node.doubleValue();
    }

    private static InputStream open(Class<?> owner, String name) {
        var in = owner.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("missing sandbox resource " + name + " of " + owner.getPackageName());
        }
        return in;
    }
}
