package io.purplemcp.domain.findings.tools;

import static io.purplemcp.domain.json.Schemas.array;
import static io.purplemcp.domain.json.Schemas.object;
import static io.purplemcp.domain.json.Schemas.orNull;
import static io.purplemcp.domain.json.Schemas.type;

import io.purplemcp.ports.in.tools.ResultShape;

/**
 * The output schemas of the findings tools, shaped like {@link PageShaper}'s documents. A record is
 * only {@code "type": "object"}: its keys depend on the {@code fields} asked for, and listing every
 * field of every family would cost each tools/list more than the record descriptions already do.
 */
final class FindingSchemas {

    private FindingSchemas() {}

    /** {@code {"edges": [{"node", "cursor"}], "page_info": {...}, "total_count"}}. */
    static ResultShape connection() {
        var edge = object().required("node", type("object")).optional("cursor", type("string"));
        var pageInfo = object().required("has_next_page", type("boolean"))
                .required("has_previous_page", type("boolean"))
                .optional("start_cursor", type("string"))
                .optional("end_cursor", type("string"));
        return ResultShape.document(object().required("edges", array(edge.build()))
                .required("page_info", pageInfo.build())
                .optional("total_count", type("integer"))
                .build());
    }

    /** {@code {"data": [...]}}. */
    static ResultShape data() {
        return ResultShape.document(
                object().required("data", array(type("object"))).build());
    }

    /**
     * {@code {"<singular>": record or null}}: structured content is always an object (MCP 2025-06-18 on), so
     * the record of a get tool, which is {@code null} when there is none, travels under its family's name.
     */
    static ResultShape single(String key) {
        return ResultShape.document(
                object().required(key, orNull(type("object"))).build());
    }
}
