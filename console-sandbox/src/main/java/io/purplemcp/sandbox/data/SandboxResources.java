package io.purplemcp.sandbox.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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

    /** A JSON resource as a value, e.g. a record of the data a catalogue is built from. */
    public static <T> T json(Class<?> owner, String name, Class<T> type) {
        try (var in = open(owner, name)) {
            return JSON.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(Class<?> owner, String name) {
        var in = owner.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("missing sandbox resource " + name + " of " + owner.getPackageName());
        }
        return in;
    }
}
