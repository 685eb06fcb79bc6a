package io.purplemcp.ports.in.context;

import java.util.Objects;

/**
 * One reference document a client may read.
 *
 * @param uri its address, unique in the catalogue
 * @param name a short machine-friendly name
 * @param title what people see
 * @param description when to read it
 * @param mimeType of {@code text}
 * @param text the document itself
 */
public record Resource(String uri, String name, String title, String description, String mimeType, String text) {

    public Resource {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(mimeType, "mimeType");
        Objects.requireNonNull(text, "text");
    }
}
