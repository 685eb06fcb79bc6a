package io.purplemcp.ports.in.context;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The inbound port for resources and prompts; both lists may be empty. */
public interface ContextCatalog {

    /** Every resource, in the order clients should list them. */
    List<Resource> resources();

    /** The templates the resources' addresses follow. */
    List<ResourceTemplate> resourceTemplates();

    /** The prompts whose tools are all served. */
    List<Prompt> prompts();

    /** Whether there are resources, answered without building them (the handshake asks). */
    default boolean hasResources() {
        return !resources().isEmpty();
    }

    /** Whether there are prompts, answered without building them. */
    default boolean hasPrompts() {
        return !prompts().isEmpty();
    }

    default Optional<Resource> resource(String uri) {
        return resources().stream().filter(r -> r.uri().equals(uri)).findFirst();
    }

    /**
     * The text of a prompt filled in with {@code arguments}, for the user to send.
     *
     * @throws PromptRefused when the prompt is not offered or a required argument is missing or blank
     */
    String render(String name, Map<String, String> arguments) throws PromptRefused;

    /** Nothing to offer: the capabilities stay unadvertised. */
    static ContextCatalog empty() {
        return new ContextCatalog() {
            @Override
            public List<Resource> resources() {
                return List.of();
            }

            @Override
            public List<ResourceTemplate> resourceTemplates() {
                return List.of();
            }

            @Override
            public List<Prompt> prompts() {
                return List.of();
            }

            @Override
            public String render(String name, Map<String, String> arguments) throws PromptRefused {
                throw new PromptRefused("Unknown prompt: " + name + ".");
            }
        };
    }
}
