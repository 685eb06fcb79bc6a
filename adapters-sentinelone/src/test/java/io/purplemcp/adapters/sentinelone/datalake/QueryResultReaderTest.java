package io.purplemcp.adapters.sentinelone.datalake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.purplemcp.ports.out.datalake.Column;
import io.purplemcp.ports.out.datalake.QueryStatus;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QueryResultReaderTest {

    final QueryResultReader reader = new QueryResultReader(new ObjectMapper());

    QueryResultReader.Answer read(String json) throws QueryResultReader.Unreadable {
        return reader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    String unreadable(String json) {
        try {
            read(json);
        } catch (QueryResultReader.Unreadable e) {
            return e.getMessage();
        }
        throw new AssertionError("read");
    }

    @Test
    void aCompleteAnswerWithItsTable() throws Exception {
        var answer = read("{\"id\": \"d3f1\", \"stepsCompleted\": 2, \"totalSteps\": 2, \"unknown\": {\"x\": [1]},"
                + " \"resolvedTimeRange\": {\"start\": 1, \"end\": 2}, \"cpuUsage\": 96000000, \"data\": {"
                + " \"matchCount\": 18342.0, \"columns\": [{\"name\": \"src.process.name\", \"cellType\": \"STRING\"},"
                + " {\"name\": \"count\", \"type\": \"NUMBER\", \"decimalPlaces\": 0}, {\"name\": \"new\", \"cellType\": \"GEO\"},"
                + " {\"name\": \"none\"}],"
                + " \"values\": [[\"svchost.exe\", 6120, null, {\"k\": [true]}], [\"chrome.exe\", 4011.5, \"x\", []]],"
                + " \"keyColumns\": 1, \"omittedEvents\": 0.0, \"partialResultsDueToTimeLimit\": false,"
                + " \"discardedArrayItems\": 0, \"warnings\": [\"w1\", 3, \"w2\"]}, \"error\": null}");

        assertThat(answer.id()).contains("d3f1");
        var progress = (QueryStatus.Progress) answer.status();
        assertThat(progress.stepsCompleted()).isEqualTo(2);
        assertThat(progress.totalSteps()).isEqualTo(2);
        var page = progress.page().orElseThrow();
        assertThat(page.matchCount()).isEqualByComparingTo("18342");
        assertThat(page.columns())
                .containsExactly(
                        new Column("src.process.name", "STRING"),
                        new Column("count", "NUMBER"),
                        new Column("new", "GEO"),
                        new Column("none", ""));
        assertThat(page.rows())
                .extracting(Object::toString)
                .containsExactly("[\"svchost.exe\",6120,null,{\"k\":[true]}]", "[\"chrome.exe\",4011.5,\"x\",[]]");
        assertThat(page.warnings()).containsExactly("w1", "w2");
        assertThat(page.partialDueToTimeLimit()).contains(false);
        assertThat(page.discardedArrayItems()).isEqualTo(OptionalLong.of(0));
        assertThat(page.omittedEvents()).contains(new BigDecimal("0.0"));
    }

    @Test
    void aRunningAnswerHasNoPage() throws Exception {
        var answer = read("{\"id\": \"q\", \"stepsCompleted\": \"1\", \"totalSteps\": 2.0, \"data\": null}");

        assertThat(answer.status()).isEqualTo(new QueryStatus.Progress(1, 2, Optional.empty()));
    }

    @Test
    void nullsInTheTableReadAsAbsent() throws Exception {
        var answer = read("{\"stepsCompleted\": 1, \"totalSteps\": 1, \"id\": null, \"data\": {\"matchCount\": null,"
                + " \"columns\": null, \"values\": null, \"warnings\": null, \"omittedEvents\": null,"
                + " \"partialResultsDueToTimeLimit\": null, \"discardedArrayItems\": null}}");

        assertThat(answer.id()).isEmpty();
        var page = ((QueryStatus.Progress) answer.status()).page().orElseThrow();
        assertThat(page.matchCount()).isZero();
        assertThat(page.columns()).isEmpty();
        assertThat(page.rows()).isEmpty();
        assertThat(page.warnings()).isEmpty();
        assertThat(page.partialDueToTimeLimit()).isEmpty();
        assertThat(page.discardedArrayItems()).isEmpty();
        assertThat(page.omittedEvents()).isEmpty();
    }

    @Test
    void anErrorObjectIsAFailedQuery() throws Exception {
        assertThat(read("{\"id\": \"q\", \"stepsCompleted\": 1, \"totalSteps\": 1, \"data\": null,"
                                + " \"error\": {\"message\": \"Syntax error: unexpected token '|'\", \"details\": null}}")
                        .status())
                .isEqualTo(new QueryStatus.Failed("Syntax error: unexpected token '|'"));
        assertThat(read("{\"error\": {\"details\": {\"a\": 1}}}").status()).isEqualTo(new QueryStatus.Failed(""));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            [1]                                             | the answer is not a JSON object
            {"foo": 1}                                      | the answer lacks stepsCompleted or totalSteps
            {"stepsCompleted": -1, "totalSteps": 1}         | the answer has negative step counts
            {"stepsCompleted": 1.5, "totalSteps": 2}        | stepsCompleted is not a whole number
            {"stepsCompleted": "x", "totalSteps": 2}        | stepsCompleted is not a number
            {"stepsCompleted": true, "totalSteps": 2}       | stepsCompleted is not a number
            {"error": "boom"}                               | error is not an object
            {"data": [1]}                                   | data is not an object
            {"data": {"values": [1]}}                       | a result row is not an array
            {"data": {"values": {}}}                        | values is not a list
            {"data": {"columns": [1]}}                      | a column is not an object
            {"data": {"columns": [{"cellType": "STRING"}]}} | a column has no name
            {"data": {"partialResultsDueToTimeLimit": 1}}   | partialResultsDueToTimeLimit is not a boolean
            {"data": {"warnings": "w"}}                     | warnings is not a list
            """)
    void shapesThatCannotBeReadAreRefusedWithTheReason(String answer, String reason) {
        assertThat(unreadable(answer)).isEqualTo(reason);
    }

    @Test
    void shapesThatCannotBeReadAreRefusedKeepingTheIdWhenSeen() {
        assertThat(unreadable("")).startsWith("the answer is not");
        assertThatThrownBy(() -> read(
                        "{\"id\": \"q-7\", \"stepsCompleted\": 0, \"totalSteps\": 2, \"data\": {\"values\": [[1, "))
                .isInstanceOfSatisfying(QueryResultReader.Unreadable.class, e -> {
                    assertThat(e.getMessage()).startsWith("the answer is not valid JSON");
                    assertThat(e.id()).contains("q-7");
                });
        assertThatThrownBy(() -> read("{\"id\": \"q-8\"}"))
                .isInstanceOfSatisfying(
                        QueryResultReader.Unreadable.class,
                        e -> assertThat(e.id()).contains("q-8"));
    }

    @Test
    void rowsAreOneNodePerRow() throws Exception {
        var rows = new StringBuilder();
        for (int i = 0; i < 1000; i++) {
            rows.append(i == 0 ? "" : ",")
                    .append("[")
                    .append(i)
                    .append(",\"r")
                    .append(i)
                    .append("\"]");
        }
        var answer = read("{\"stepsCompleted\": 1, \"totalSteps\": 1, \"data\": {\"values\": [" + rows + "]}}");

        var page = ((QueryStatus.Progress) answer.status()).page().orElseThrow();
        assertThat(page.rows()).hasSize(1000);
        assertThat(page.rows().get(999).toString()).isEqualTo("[999,\"r999\"]");
        assertThat(List.copyOf(page.rows())).hasSize(1000);
    }
}
