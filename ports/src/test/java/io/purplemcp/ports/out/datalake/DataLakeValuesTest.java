package io.purplemcp.ports.out.datalake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class DataLakeValuesTest {

    static final Instant T = Instant.parse("2025-01-15T10:20:00Z");

    @Test
    void aRequestWindowEndsAfterItStarts() {
        assertThat(new QueryRequest("", T, T.plusNanos(1000)).query()).isEmpty();
        assertThatThrownBy(() -> new QueryRequest("q", T, T)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new QueryRequest("q", T, T.minusSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new QueryRequest(null, T, T.plusSeconds(1))).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new QueryRequest("q", null, T)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new QueryRequest("q", T, null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void aHandleHasAnIdAndATag() {
        assertThat(new QueryHandle("id", "tag").forwardTag()).isEqualTo("tag");
        assertThatThrownBy(() -> new QueryHandle(" ", "tag")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new QueryHandle("id", "")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new QueryHandle(null, "tag")).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new QueryHandle("id", null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void statusesValidateTheirParts() {
        var handle = new QueryHandle("id", "tag");
        var progress = new QueryStatus.Progress(0, 0, Optional.empty());
        assertThat(new LaunchedQuery(handle, progress).status()).isSameAs(progress);
        assertThatThrownBy(() -> new LaunchedQuery(null, progress)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new LaunchedQuery(handle, null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new QueryStatus.Progress(-1, 1, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new QueryStatus.Progress(1, -1, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new QueryStatus.Progress(1, 1, null)).isInstanceOf(NullPointerException.class);
        assertThat(new QueryStatus.Failed("Syntax\nerror").message()).isEqualTo("Syntax error");
        assertThatThrownBy(() -> new QueryStatus.Failed(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Column(null, "STRING")).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Column("c", null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void aPageKeepsUnmodifiableListsOfSharedRows() {
        var rows = new ArrayList<ArrayNode>();
        var row = JsonNodeFactory.instance.arrayNode().add(1);
        rows.add(row);
        var columns = new ArrayList<>(List.of(new Column("c", "NUMBER")));

        var page = new ResultPage(
                BigDecimal.ONE, columns, rows, List.of("w"), Optional.of(true), OptionalLong.of(1), Optional.empty());
        rows.clear();
        columns.clear();

        assertThat(page.rows()).singleElement().isSameAs(row);
        assertThat(page.columns()).hasSize(1);
        assertThatThrownBy(() -> page.rows().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> new ResultPage(
                        null,
                        List.of(),
                        List.of(),
                        List.of(),
                        Optional.empty(),
                        OptionalLong.empty(),
                        Optional.empty()))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new ResultPage(
                        BigDecimal.ONE, List.of(), List.of(), List.of(), null, OptionalLong.empty(), Optional.empty()))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new ResultPage(
                        BigDecimal.ONE, List.of(), List.of(), List.of(), Optional.empty(), null, Optional.empty()))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new ResultPage(
                        BigDecimal.ONE, List.of(), List.of(), List.of(), Optional.empty(), OptionalLong.empty(), null))
                .isInstanceOf(NullPointerException.class);
    }
}
