package io.purplemcp.adapters.sentinelone.findings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.purplemcp.ports.out.findings.FindingsEdge;
import io.purplemcp.ports.out.findings.FindingsPage;
import io.purplemcp.ports.out.findings.PageInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a page leniently, so that one odd record never spoils a page: a record that is not an object is
 * left out (and counted in the log), missing lists read as empty, a missing {@code pageInfo} as a page
 * with nothing around it, and blank cursors as none.
 */
final class ConnectionReader {

    private static final Logger LOG = LoggerFactory.getLogger(ConnectionReader.class);

    private ConnectionReader() {}

    /** A Relay connection: {@code edges [{node, cursor}]}, {@code pageInfo}, {@code totalCount}. */
    static FindingsPage connection(String api, JsonNode connection, boolean viewIgnored) {
        var edges = new ArrayList<FindingsEdge>();
        int skipped = 0;
        for (var edge : elements(connection.path("edges"))) {
            var node = edge.path("node");
            if (node.isObject()) {
                edges.add(new FindingsEdge((ObjectNode) node, text(edge.path("cursor"))));
            } else {
                skipped++;
            }
        }
        warnSkipped(api, skipped);
        var info = connection.path("pageInfo");
        var pageInfo = new PageInfo(
                info.path("hasNextPage").asBoolean(false),
                info.path("hasPreviousPage").asBoolean(false),
                text(info.path("startCursor")),
                text(info.path("endCursor")));
        return new FindingsPage(edges, pageInfo, count(connection.path("totalCount")), viewIgnored);
    }

    /** An unpaged list of records: {@code data [...]}. */
    static FindingsPage list(String api, JsonNode list) {
        var edges = new ArrayList<FindingsEdge>();
        int skipped = 0;
        for (var node : elements(list.path("data"))) {
            if (node.isObject()) {
                edges.add(new FindingsEdge((ObjectNode) node, Optional.empty()));
            } else {
                skipped++;
            }
        }
        warnSkipped(api, skipped);
        return new FindingsPage(edges, PageInfo.single(), OptionalLong.empty(), false);
    }

    private static Iterable<JsonNode> elements(JsonNode list) {
        return list.isArray() ? list : List.of();
    }

    private static Optional<String> text(JsonNode value) {
        return value.isTextual() && !value.textValue().isBlank() ? Optional.of(value.textValue()) : Optional.empty();
    }

    private static OptionalLong count(JsonNode value) {
        if (value.isIntegralNumber() && value.canConvertToLong() && value.longValue() >= 0) {
            return OptionalLong.of(value.longValue());
        }
        if (value.isTextual() && value.textValue().strip().matches("[0-9]{1,18}")) {
            return OptionalLong.of(Long.parseLong(value.textValue().strip()));
        }
        return OptionalLong.empty();
    }

    private static void warnSkipped(String api, int skipped) {
        if (skipped > 0) {
            LOG.warn("{} API: {} records of a page were not objects and were left out", api, skipped);
        }
    }
}
