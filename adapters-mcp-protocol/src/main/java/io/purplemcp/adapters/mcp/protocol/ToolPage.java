package io.purplemcp.adapters.mcp.protocol;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.purplemcp.ports.in.tools.ToolDefinition;
import java.util.List;

/** One page of {@code tools/list}: the tools in the catalogue's fixed order, with an opaque cursor to the next. */
final class ToolPage {

    private ToolPage() {}

    static ObjectNode of(List<ToolDefinition> definitions, int pageSize, ObjectNode params, ProtocolVersion version)
            throws JsonRpcError {
        int offset = 0;
        var cursor = params.get("cursor");
        if (cursor != null && !cursor.isNull()) {
            if (!cursor.isTextual()) {
                throw JsonRpcError.invalidParams("Invalid params: \"cursor\" must be a string.");
            }
            offset = Cursor.decode(cursor.textValue(), definitions.size());
        }
        int end = Math.min(definitions.size(), offset + pageSize);
        var result = Messages.NODES.objectNode();
        var tools = result.putArray("tools");
        definitions.subList(offset, end).forEach(definition -> tools.add(ToolSchemas.tool(definition, version)));
        if (end < definitions.size()) {
            result.put("nextCursor", Cursor.encode(end));
        }
        return result;
    }
}
