package io.purplemcp.adapters.sentinelone.findings;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.purplemcp.ports.out.findings.FindingsEdge;
import io.purplemcp.ports.out.findings.PageInfo;
import io.purplemcp.testsupport.logging.CapturedLogs;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** Pages are read leniently: one odd record never spoils a page. */
class ConnectionReaderTest {

    static JsonNode json(String text) {
        try {
            return new ObjectMapper().readTree(text);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void readsAConnection() {
        var page = ConnectionReader.connection(
                "alerts",
                json("{\"edges\": [{\"node\": {\"id\": \"a\"}, \"cursor\": \"c0\"}, {\"node\": {\"id\": \"b\"}}],"
                        + " \"pageInfo\": {\"hasNextPage\": true, \"hasPreviousPage\": false, \"startCursor\": \"c0\","
                        + " \"endCursor\": \"c1\"}, \"totalCount\": 37}"),
                true);
        assertThat(page.edges()).extracting(FindingsEdge::cursor).containsExactly(Optional.of("c0"), Optional.empty());
        assertThat(page.edges().get(1).node().get("id").textValue()).isEqualTo("b");
        assertThat(page.pageInfo()).isEqualTo(new PageInfo(true, false, Optional.of("c0"), Optional.of("c1")));
        assertThat(page.totalCount()).isEqualTo(OptionalLong.of(37));
        assertThat(page.viewIgnored()).isTrue();
    }

    @Test
    void oddRecordsAreLeftOutAndLogged() {
        var page = ConnectionReader.connection(
                "odd-records-test",
                json("{\"edges\": [null, {\"node\": null}, {\"node\": 5}, \"x\", {\"node\": {\"id\": \"ok\"},"
                        + " \"cursor\": \"\"}]}"),
                false);
        assertThat(page.edges()).hasSize(1);
        assertThat(page.edges().get(0).cursor()).isEmpty();
        assertThat(CapturedLogs.entries())
                .anySatisfy(entry -> assertThat(entry.message())
                        .isEqualTo("odd-records-test API: 4 records of a page were not objects and were left out"));
    }

    @Test
    void missingPartsReadAsNothing() {
        var page = ConnectionReader.connection("alerts", json("{}"), false);
        assertThat(page.edges()).isEmpty();
        assertThat(page.pageInfo()).isEqualTo(PageInfo.single());
        assertThat(page.totalCount()).isEmpty();
        var odd = ConnectionReader.connection(
                "alerts",
                json("{\"edges\": {\"node\": {\"id\": \"a\"}}, \"pageInfo\": {\"hasNextPage\": \"true\", \"endCursor\":"
                        + " 5}, \"totalCount\": -1}"),
                false);
        assertThat(odd.edges()).isEmpty();
        assertThat(odd.pageInfo().hasNextPage()).isTrue();
        assertThat(odd.pageInfo().endCursor()).isEmpty();
        assertThat(odd.totalCount()).isEmpty();
    }

    @Test
    void totalCounts() {
        assertThat(ConnectionReader.connection("a", json("{\"totalCount\": \" 42 \"}"), false)
                        .totalCount())
                .isEqualTo(OptionalLong.of(42));
        assertThat(ConnectionReader.connection("a", json("{\"totalCount\": 4.5}"), false)
                        .totalCount())
                .isEmpty();
        assertThat(ConnectionReader.connection("a", json("{\"totalCount\": \"many\"}"), false)
                        .totalCount())
                .isEmpty();
        assertThat(ConnectionReader.connection("a", json("{\"totalCount\": 0}"), false)
                        .totalCount())
                .isEqualTo(OptionalLong.of(0));
    }

    @Test
    void readsAnUnpagedList() {
        var page = ConnectionReader.list("alerts", json("{\"data\": [{\"id\": \"n1\"}, null, {\"id\": \"n2\"}]}"));
        assertThat(page.edges())
                .extracting(edge -> edge.node().get("id").textValue())
                .containsExactly("n1", "n2");
        assertThat(page.pageInfo()).isEqualTo(PageInfo.single());
        assertThat(ConnectionReader.list("alerts", json("{\"data\": null}")).edges())
                .isEmpty();
        assertThat(ConnectionReader.list("alerts", json("{}")).edges()).isEmpty();
    }
}
