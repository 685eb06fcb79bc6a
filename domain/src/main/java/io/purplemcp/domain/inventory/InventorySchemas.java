package io.purplemcp.domain.inventory;

import static io.purplemcp.domain.json.Schemas.any;
import static io.purplemcp.domain.json.Schemas.array;
import static io.purplemcp.domain.json.Schemas.object;
import static io.purplemcp.domain.json.Schemas.orNull;
import static io.purplemcp.domain.json.Schemas.type;

import io.purplemcp.ports.in.tools.ResultShape;

/**
 * The output schemas of the inventory tools, shaped like {@link AssetShape}'s documents. An asset's
 * type is left open: an item that is not an object is passed on as the console sent it rather than
 * failing the page, and a schema promising objects would then make a client reject the whole answer.
 */
final class InventorySchemas {

    static final String ASSET = "asset";

    private InventorySchemas() {}

    /** {@code {"data": [...], "pagination": {"total_count", "limit", "skip"} or null}}. */
    static ResultShape page() {
        var count = orNull(type("integer"));
        var pagination = object().required("total_count", count)
                .required("limit", count)
                .required("skip", count)
                .build();
        return ResultShape.document(object().required("data", array(any()))
                .required("pagination", orNull(pagination))
                .build());
    }

    /** {@code {"asset": asset or null}}: structured content is always an object (MCP 2025-06-18 on). */
    static ResultShape single() {
        return ResultShape.document(object().required(ASSET, any()).build());
    }
}
