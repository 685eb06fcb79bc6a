package io.purplemcp.ports.in.context;

import java.util.Objects;

/** One value a prompt is filled in with. */
public record PromptArgument(String name, String description, boolean required) {

    public PromptArgument {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
    }
}
