package io.purplemcp.adapters.mcp.protocol;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.purplemcp.ports.in.tools.ParameterSpec;
import io.purplemcp.ports.in.tools.ToolDefinition;

/**
 * Renders the core's tool definitions as MCP tool objects. The schemas stay within what both JSON
 * Schema 2020-12 and OpenAI-style function calling accept: an object root, plain types, nullable
 * parameters as {@code anyOf [T, null]}, no {@code $ref}.
 */
final class ToolSchemas {

    private ToolSchemas() {}

    static ObjectNode tool(ToolDefinition definition, ProtocolVersion version) {
        var tool = Messages.NODES.objectNode();
        tool.put("name", definition.name());
        if (version.hasStructuredResults()) {
            tool.put("title", definition.title());
        }
        tool.put("description", definition.description());
        tool.set("inputSchema", inputSchema(definition));
        if (version.hasStructuredResults()) {
            // A prose tool declares none: a client would otherwise demand structured content it never gets
            // (docs/decisions/0018-structured-output.md).
            definition.resultShape().outputSchema().ifPresent(schema -> tool.set("outputSchema", schema));
        }
        if (version.hasToolAnnotations()) {
            var hints = definition.hints();
            tool.putObject("annotations")
                    .put("title", definition.title())
                    .put("readOnlyHint", hints.readOnly())
                    .put("destructiveHint", hints.destructive())
                    .put("idempotentHint", hints.idempotent())
                    .put("openWorldHint", hints.openWorld());
        }
        return tool;
    }

    static ObjectNode inputSchema(ToolDefinition definition) {
        var schema = Messages.NODES.objectNode().put("type", "object");
        var properties = schema.putObject("properties");
        var required = Messages.NODES.arrayNode();
        for (var parameter : definition.parameters()) {
            properties.set(parameter.name(), property(parameter));
            if (parameter.required()) {
                required.add(parameter.name());
            }
        }
        if (!required.isEmpty()) {
            schema.set("required", required);
        }
        schema.put("additionalProperties", false);
        return schema;
    }

    private static ObjectNode property(ParameterSpec parameter) {
        var property = Messages.NODES.objectNode();
        var typeName = parameter.type().jsonSchemaName();
        if (parameter.nullable()) {
            var anyOf = property.putArray("anyOf");
            anyOf.addObject().put("type", typeName);
            anyOf.addObject().put("type", "null");
        } else {
            property.put("type", typeName);
        }
        if (!parameter.allowedValues().isEmpty()) {
            var choices = property.putArray("enum");
            parameter.allowedValues().forEach(choices::add);
        }
        if (!parameter.required()) {
            property.set("default", parameter.defaultValue());
        }
        property.put("description", parameter.description());
        return property;
    }
}
