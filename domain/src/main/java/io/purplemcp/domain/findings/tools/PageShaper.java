package io.purplemcp.domain.findings.tools;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.purplemcp.domain.findings.fields.FieldCatalog;
import io.purplemcp.domain.findings.fields.RecordShaper;
import io.purplemcp.ports.out.findings.FindingsPage;
import io.purplemcp.ports.out.findings.Selection;

/** A page of records as the model reads it. */
final class PageShaper {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private PageShaper() {}

    /** {@code {"edges": [{"node", "cursor"}], "page_info": {...}, "total_count"}}. */
    static ObjectNode connection(FindingsPage page, FieldCatalog catalog, Selection selection) {
        var shaped = NODES.objectNode();
        var edges = shaped.putArray("edges");
        for (var edge : page.edges()) {
            var shapedEdge = edges.addObject();
            shapedEdge.set("node", RecordShaper.shape(catalog.record(), selection, edge.node()));
            edge.cursor().ifPresent(cursor -> shapedEdge.put("cursor", cursor));
        }
        var info = page.pageInfo();
        var pageInfo = shaped.putObject("page_info")
                .put("has_next_page", info.hasNextPage())
                .put("has_previous_page", info.hasPreviousPage());
        info.startCursor().ifPresent(cursor -> pageInfo.put("start_cursor", cursor));
        info.endCursor().ifPresent(cursor -> pageInfo.put("end_cursor", cursor));
        page.totalCount().ifPresent(total -> shaped.put("total_count", total));
        return shaped;
    }

    /** {@code {"data": [...]}}: all records at once, without paging. */
    static ObjectNode data(FindingsPage page, FieldCatalog catalog, Selection selection) {
        var shaped = NODES.objectNode();
        var data = shaped.putArray("data");
        page.edges().forEach(edge -> data.add(RecordShaper.shape(catalog.record(), selection, edge.node())));
        return shaped;
    }
}
