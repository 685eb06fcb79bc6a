package io.purplemcp.domain.powerquery;

import static io.purplemcp.domain.powerquery.FakeDataLake.numberedRows;
import static io.purplemcp.domain.powerquery.FakeDataLake.page;
import static io.purplemcp.domain.powerquery.FakeDataLake.row;
import static io.purplemcp.domain.powerquery.FakeDataLake.running;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.purplemcp.ports.out.datalake.Column;
import io.purplemcp.ports.out.datalake.QueryStatus;
import io.purplemcp.ports.out.datalake.ResultPage;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The result text, with JSON values (docs/decisions/0014-powerquery-lifecycle-and-result-text.md). */
class ResultRenderingTest extends PowerQueryFixture {

    String renderPages(ResultPage... pages) {
        var answers = new ArrayList<FakeDataLake.Answer>();
        for (int i = 0; i < pages.length; i++) {
            var status = new QueryStatus.Progress(i + 1, pages.length, Optional.of(pages[i]));
            answers.add(() -> status);
        }
        lake.launchAnswers(answer(running(0, pages.length))).thenPolls(answers.toArray(FakeDataLake.Answer[]::new));
        return text(call());
    }

    static ResultPage fullPage(
            String matchCount,
            List<Column> columns,
            List<ArrayNode> rows,
            List<String> warnings,
            Optional<Boolean> partial,
            OptionalLong discarded,
            Optional<BigDecimal> omitted) {
        return new ResultPage(new BigDecimal(matchCount), columns, rows, warnings, partial, discarded, omitted);
    }

    /** A page of one column and no warnings, for what it says of partiality. */
    static ResultPage partialityPage(
            List<ArrayNode> rows, Optional<Boolean> partial, OptionalLong discarded, Optional<BigDecimal> omitted) {
        return fullPage("1", columns("a"), rows, List.of(), partial, discarded, omitted);
    }

    static List<Column> columns(String... names) {
        return java.util.Arrays.stream(names).map(n -> new Column(n, "STRING")).toList();
    }

    @Test
    void rowsAreJsonArraysWithEveryCellType() {
        var nested = JsonNodeFactory.instance.objectNode().put("k", "v");
        var list = JsonNodeFactory.instance.arrayNode().add(1).add(2);
        var text = renderPages(fullPage(
                "42.0",
                columns("endpoint.name", "count", "pct", "b", "n", "d", "l"),
                List.of(
                        row("host-a", 5, 1.5, true, null, nested, list),
                        row(
                                "it's \"q\"",
                                1e20,
                                0.1,
                                1,
                                "x\ny",
                                JsonNodeFactory.instance.objectNode(),
                                JsonNodeFactory.instance.arrayNode())),
                List.of("w1", "it's"),
                Optional.of(false),
                OptionalLong.of(0),
                Optional.of(new BigDecimal("0.0"))));

        assertThat(text)
                .isEqualTo("Match Count: 42\n"
                        + "Columns: 7\n"
                        + "Rows: 2\n"
                        + "Warnings: [\"w1\",\"it's\"]\n"
                        + "Column Names: endpoint.name, count, pct, b, n, d, l\n"
                        + "\n"
                        + "Results:\n"
                        + "Row 1: [\"host-a\",5,1.5,true,null,{\"k\":\"v\"},[1,2]]\n"
                        + "Row 2: [\"it's \\\"q\\\"\",1.0E20,0.1,1,\"x\\ny\",{},[]]");
    }

    @Test
    void withoutColumnsThereIsNoColumnNamesLine() {
        var text = renderPages(page("2.5", List.of(), List.of(row(1), row(2))));

        assertThat(text).isEqualTo("Match Count: 2.5\nColumns: 0\nRows: 2\n\nResults:\nRow 1: [1]\nRow 2: [2]");
    }

    @Test
    void onlyTheFirstHundredRowsAreShown() {
        var text = renderPages(page("150", List.of("n", "r"), numberedRows(150)));

        assertThat(text).contains("Rows: 150", "Row 1: [0,\"r0\"]", "Row 100: [99,\"r99\"]");
        assertThat(text).doesNotContain("Row 101:").endsWith("Row 100: [99,\"r99\"]\n... and 50 more rows");
    }

    @Test
    void exactlyAHundredRowsHaveNoMoreRowsLine() {
        assertThat(renderPages(page("100", List.of("n", "r"), numberedRows(100))))
                .endsWith("Row 100: [99,\"r99\"]");
    }

    @Test
    void rowsBeyondTheCapInOnePageAreTruncatedAndSaidSo() {
        var text = renderPages(page("10050", List.of("n", "r"), numberedRows(10_050)));

        assertThat(text)
                .contains("Rows: 10000\n")
                .contains("Truncated: only the first 10000 rows were kept.")
                .endsWith("... and 9900 more rows");
    }

    @Test
    void rowsAccumulateAcrossPagesUpToTheCap() {
        policy = new PowerQueryPolicy(Duration.ofMinutes(5), Duration.ofMillis(100), Duration.ofSeconds(1), 5, 3);
        var text = renderPages(
                page("3", List.of("n", "r"), numberedRows(3)),
                page("9", List.of("n", "r"), numberedRows(3)),
                page("9", List.of("n", "r"), numberedRows(2)));

        assertThat(text)
                .isEqualTo("Match Count: 9\nColumns: 2\nRows: 5\nColumn Names: n, r\n"
                        + "Truncated: only the first 5 rows were kept. Narrow the query (filters, grouping, a limit)"
                        + " to see the rest.\n\nResults:\nRow 1: [0,\"r0\"]\nRow 2: [1,\"r1\"]\nRow 3: [2,\"r2\"]\n"
                        + "... and 2 more rows");
    }

    @Test
    void aCapReachedExactlyIsNotTruncation() {
        policy = new PowerQueryPolicy(Duration.ofMinutes(5), Duration.ofMillis(100), Duration.ofSeconds(1), 3, 3);

        assertThat(renderPages(page("3", List.of("n"), numberedRows(3)), page("3", List.of("n"), List.of())))
                .doesNotContain("Truncated");
    }

    @Test
    void columnsWarningsAndMatchCountComeFromTheLastPage() {
        var text = renderPages(
                fullPage(
                        "1",
                        columns("a"),
                        List.of(row(1)),
                        List.of("old"),
                        Optional.empty(),
                        OptionalLong.empty(),
                        Optional.empty()),
                fullPage(
                        "2",
                        columns("b", "c"),
                        List.of(row(2)),
                        List.of(),
                        Optional.empty(),
                        OptionalLong.empty(),
                        Optional.empty()));

        assertThat(text)
                .isEqualTo("Match Count: 2\nColumns: 2\nRows: 2\nColumn Names: b, c\n\nResults:\n"
                        + "Row 1: [1]\nRow 2: [2]");
    }

    @Test
    void partialityFromTheTimeLimitIsSaid() {
        var text =
                renderPages(partialityPage(List.of(row(1)), Optional.of(true), OptionalLong.empty(), Optional.empty()));

        assertThat(text)
                .contains("Column Names: a\nPartial results: the data lake stopped at its time limit. A shorter"
                        + " time range or a more specific query gives complete results.\n\nResults:");
    }

    @Test
    void everyPartialityReasonIsListed() {
        var text = renderPages(partialityPage(
                List.of(row(1)), Optional.of(true), OptionalLong.of(3), Optional.of(new BigDecimal("12.0"))));

        assertThat(text)
                .contains("Partial results: the data lake stopped at its time limit; 3 array items were discarded;"
                        + " 12 events were omitted.");
    }

    @Test
    void partialityIndicatorsAreReplacedOnlyWhenAPageStatesThem() {
        var text = renderPages(
                partialityPage(List.of(row(1)), Optional.of(true), OptionalLong.of(2), Optional.of(BigDecimal.ONE)),
                partialityPage(List.of(), Optional.empty(), OptionalLong.empty(), Optional.empty()));

        assertThat(text).contains("stopped at its time limit; 2 array items were discarded; 1 events were omitted");
    }

    @Test
    void laterStatementsClearEarlierPartiality() {
        var text = renderPages(
                partialityPage(List.of(row(1)), Optional.of(true), OptionalLong.of(2), Optional.of(BigDecimal.ONE)),
                partialityPage(List.of(), Optional.of(false), OptionalLong.of(0), Optional.of(BigDecimal.ZERO)));

        assertThat(text).doesNotContain("Partial");
    }

    @ParameterizedTest
    @CsvSource({"0.0", "1e-12", "-1e-10"})
    void negligibleOmittedEventsAreNotPartial(String omitted) {
        var text = renderPages(partialityPage(
                List.of(row(1)), Optional.of(false), OptionalLong.of(0), Optional.of(new BigDecimal(omitted))));

        assertThat(text).doesNotContain("Partial");
    }

    @Test
    void omittedEventsJustAboveTheThresholdArePartial() {
        var text = renderPages(partialityPage(
                List.of(row(1)), Optional.empty(), OptionalLong.empty(), Optional.of(new BigDecimal("-2e-9"))));

        assertThat(text).contains("Partial results: -0.000000002 events were omitted.");
    }

    @Test
    void noDataAtCompletionIsAnExplicitNoRowsAnswer() {
        lake.launchAnswers(answer(running(0, 1))).thenPolls(answer(running(1, 1)));

        assertThat(text(call()))
                .isEqualTo("No rows matched the query between " + START + " and " + END + " (Match Count: 0)."
                        + " This is a normal answer: there was no matching data in that window, the criteria are"
                        + " narrower than the data, or the activity did not happen. Do not run the same query"
                        + " again; if results were expected, change the time range or the criteria.");
    }

    @Test
    void anEmptyTableIsNoRowsEvenWithColumnsAndACount() {
        var text = renderPages(fullPage(
                "7.0",
                columns("endpoint.name"),
                List.of(),
                List.of("w"),
                Optional.of(true),
                OptionalLong.empty(),
                Optional.empty()));

        assertThat(text)
                .startsWith("No rows matched the query between")
                .contains("(Match Count: 7)")
                .endsWith("\nPartial results: the data lake stopped at its time limit. A shorter time range or a"
                        + " more specific query gives complete results.");
    }

    @ParameterizedTest
    @CsvSource({
        "42.0, 42",
        "18342, 18342",
        "2.5, 2.5",
        "1E+16, 10000000000000000",
        "1.50, 1.5",
        "0.000, 0",
        "-3.0, -3",
        "1E+100, 1E+100",
        "1E-100, 1E-100"
    })
    void numbersAreIntegersWhenWholeAndExactOtherwise(String value, String expected) {
        assertThat(ResultText.number(new BigDecimal(value))).isEqualTo(expected);
    }

    @Test
    void thePolicyRefusesNonsense() {
        var minute = Duration.ofMinutes(1);
        var second = Duration.ofSeconds(1);
        assertThatThrownBy(() -> new PowerQueryPolicy(Duration.ZERO, second, second, 1, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("deadline");
        assertThatThrownBy(() -> new PowerQueryPolicy(minute, Duration.ofMillis(-1), second, 1, 1))
                .hasMessageContaining("firstPollDelay");
        assertThatThrownBy(() -> new PowerQueryPolicy(minute, second, Duration.ZERO, 1, 1))
                .hasMessageContaining("maxPollDelay");
        assertThatThrownBy(() -> new PowerQueryPolicy(minute, second, Duration.ofMillis(999), 1, 1))
                .hasMessageContaining("at least firstPollDelay");
        assertThatThrownBy(() -> new PowerQueryPolicy(minute, second, second, 0, 1))
                .hasMessageContaining("rowsShown");
        assertThatThrownBy(() -> new PowerQueryPolicy(minute, second, second, 1, 0))
                .hasMessageContaining("rowsShown");
        assertThatThrownBy(() -> new PowerQueryPolicy(minute, second, second, 1, 2))
                .hasMessageContaining("rowsShown");
        assertThatThrownBy(() -> new PowerQueryPolicy(null, second, second, 1, 1))
                .isInstanceOf(NullPointerException.class);
        assertThat(new PowerQueryPolicy(minute, second, second, 1, 1).rowCap()).isEqualTo(1);
    }
}
