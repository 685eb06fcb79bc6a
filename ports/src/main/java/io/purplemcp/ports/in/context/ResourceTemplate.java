package io.purplemcp.ports.in.context;

import java.util.Objects;

/**
 * A family of resources addressed by one RFC 6570 template, e.g. {@code purplemcp://filters/{family}}.
 * Every address it expands to that exists is also listed as a {@link Resource}.
 */
public record ResourceTemplate(String uriTemplate, String name, String title, String description, String mimeType) {

    public ResourceTemplate {
        Objects.requireNonNull(uriTemplate, "uriTemplate");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(mimeType, "mimeType");
    }
}
