package io.purplemcp.sandbox.findings;

import io.purplemcp.sandbox.graphql.Schema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Loads the schemas kept next to this class ({@code alerts.graphqls}, …). */
public final class SchemaResources {

    private SchemaResources() {}

    /** The schema in a resource of this package. */
    public static Schema load(String name) {
        try (var in = SchemaResources.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing sandbox schema " + name);
            }
            return Schema.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
