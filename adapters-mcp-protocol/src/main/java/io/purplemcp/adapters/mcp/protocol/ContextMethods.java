package io.purplemcp.adapters.mcp.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.purplemcp.ports.in.context.ContextCatalog;
import io.purplemcp.ports.in.context.PromptRefused;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The resources and prompts methods, rendered from the core's {@link ContextCatalog} for either era.
 * Titles are left out before 2025-06-18, which has no such member.
 */
final class ContextMethods {

    static final String RESOURCES_LIST = "resources/list";
    static final String RESOURCES_READ = "resources/read";
    static final String TEMPLATES_LIST = "resources/templates/list";
    static final String PROMPTS_LIST = "prompts/list";
    static final String PROMPTS_GET = "prompts/get";
    // The handshake revisions name this code for an unknown resource; 2026-07-28 uses invalid params.
    private static final int RESOURCE_NOT_FOUND = -32002;

    private final ContextCatalog catalog;

    ContextMethods(ContextCatalog catalog) {
        this.catalog = catalog;
    }

    private boolean serves(String method) {
        return switch (method) {
            case RESOURCES_LIST, RESOURCES_READ, TEMPLATES_LIST -> hasResources();
            case PROMPTS_LIST, PROMPTS_GET -> hasPrompts();
            default -> false;
        };
    }

    /** Adds the capabilities that have content; an empty one is never advertised. */
    void advertise(ObjectNode capabilities) {
        if (hasResources()) {
            capabilities.putObject("resources").put("listChanged", false).put("subscribe", false);
        }
        if (hasPrompts()) {
            capabilities.putObject("prompts").put("listChanged", false);
        }
    }

    /**
     * Answers one of these methods; any other, or one whose capability is not advertised, is not found.
     *
     * @param modern whether the request is of the 2026-07-28 revision (its not-found code differs)
     */
    ObjectNode answer(String method, ObjectNode params, ProtocolVersion renderAs, boolean modern) throws JsonRpcError {
        if (!serves(method)) {
            throw new JsonRpcError(JsonRpcError.METHOD_NOT_FOUND, "Method not found: " + Text.shorten(method));
        }
        var titled = renderAs.hasStructuredResults();
        return switch (method) {
            case RESOURCES_LIST -> resources(titled);
            case TEMPLATES_LIST -> templates(titled);
            case RESOURCES_READ -> read(params, modern);
            case PROMPTS_LIST -> prompts(titled);
            case PROMPTS_GET -> prompt(params);
            default ->
                throw new JsonRpcError(JsonRpcError.METHOD_NOT_FOUND, "Method not found: " + Text.shorten(method));
        };
    }

    private boolean hasResources() {
        return catalog.hasResources();
    }

    private boolean hasPrompts() {
        return catalog.hasPrompts();
    }

    private ObjectNode resources(boolean titled) {
        var result = Messages.NODES.objectNode();
        var list = result.putArray("resources");
        for (var resource : catalog.resources()) {
            var node = list.addObject().put("uri", resource.uri()).put("name", resource.name());
            title(node, titled, resource.title());
            node.put("description", resource.description())
                    .put("mimeType", resource.mimeType())
                    .put("size", resource.text().getBytes(StandardCharsets.UTF_8).length);
        }
        return result;
    }

    private ObjectNode templates(boolean titled) {
        var result = Messages.NODES.objectNode();
        var list = result.putArray("resourceTemplates");
        for (var template : catalog.resourceTemplates()) {
            var node =
                    list.addObject().put("uriTemplate", template.uriTemplate()).put("name", template.name());
            title(node, titled, template.title());
            node.put("description", template.description()).put("mimeType", template.mimeType());
        }
        return result;
    }

    private ObjectNode read(ObjectNode params, boolean modern) throws JsonRpcError {
        var uri = params.get("uri");
        if (uri == null || !uri.isTextual()) {
            throw JsonRpcError.invalidParams("Invalid params: \"uri\" must be a string.");
        }
        var resource = catalog.resource(uri.textValue()).orElseThrow(() -> {
            var data = Messages.NODES.objectNode().put("uri", uri.textValue());
            return new JsonRpcError(
                    modern ? JsonRpcError.INVALID_PARAMS : RESOURCE_NOT_FOUND,
                    "Resource not found: " + Text.shorten(uri.textValue()),
                    data);
        });
        var result = Messages.NODES.objectNode();
        result.putArray("contents")
                .addObject()
                .put("uri", resource.uri())
                .put("mimeType", resource.mimeType())
                .put("text", resource.text());
        return result;
    }

    private ObjectNode prompts(boolean titled) {
        var result = Messages.NODES.objectNode();
        var list = result.putArray("prompts");
        for (var prompt : catalog.prompts()) {
            var node = list.addObject().put("name", prompt.name());
            title(node, titled, prompt.title());
            node.put("description", prompt.description());
            var arguments = node.putArray("arguments");
            prompt.arguments()
                    .forEach(argument -> arguments
                            .addObject()
                            .put("name", argument.name())
                            .put("description", argument.description())
                            .put("required", argument.required()));
        }
        return result;
    }

    private ObjectNode prompt(ObjectNode params) throws JsonRpcError {
        var name = params.get("name");
        if (name == null || !name.isTextual()) {
            throw JsonRpcError.invalidParams("Invalid params: \"name\" must be a string.");
        }
        var prompt = catalog.prompts().stream()
                .filter(candidate -> candidate.name().equals(name.textValue()))
                .findFirst();
        try {
            var text = catalog.render(name.textValue(), arguments(params.get("arguments")));
            var result = Messages.NODES.objectNode();
            prompt.ifPresent(p -> result.put("description", p.description()));
            result.putArray("messages")
                    .addObject()
                    .put("role", "user")
                    .putObject("content")
                    .put("type", "text")
                    .put("text", text);
            return result;
        } catch (PromptRefused refused) {
            throw JsonRpcError.invalidParams("Invalid params: " + Text.shorten(refused.getMessage()));
        }
    }

    /** The prompt's arguments: an object of strings, as the revisions define them. */
    private static Map<String, String> arguments(JsonNode arguments) throws JsonRpcError {
        var values = new LinkedHashMap<String, String>();
        if (arguments == null || arguments.isNull()) {
            return values;
        }
        if (!arguments.isObject()) {
            throw JsonRpcError.invalidParams("Invalid params: \"arguments\" must be an object of strings.");
        }
        for (var entry : arguments.properties()) {
            var value = Optional.of(entry.getValue())
                    .filter(JsonNode::isTextual)
                    .orElseThrow(() -> JsonRpcError.invalidParams("Invalid params: prompt argument \""
                            + Text.shorten(entry.getKey()) + "\" must be a string."));
            values.put(entry.getKey(), value.textValue());
        }
        return values;
    }

    private static void title(ObjectNode node, boolean titled, String title) {
        if (titled) {
            node.put("title", title);
        }
    }
}
