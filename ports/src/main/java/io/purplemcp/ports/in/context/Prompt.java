package io.purplemcp.ports.in.context;

import java.util.List;
import java.util.Objects;

/**
 * A ready-made investigation a client may offer its user.
 *
 * @param tools the tools the investigation uses; a prompt is offered only when all of them are served
 */
public record Prompt(
        String name, String title, String description, List<PromptArgument> arguments, List<String> tools) {

    public Prompt {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        arguments = List.copyOf(arguments);
        tools = List.copyOf(tools);
    }
}
