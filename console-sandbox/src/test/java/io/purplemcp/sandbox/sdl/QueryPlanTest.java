package io.purplemcp.sandbox.sdl;

import static org.assertj.core.api.Assertions.assertThat;

import io.purplemcp.sandbox.sdl.QueryPlan.AggregateSource;
import io.purplemcp.sandbox.sdl.QueryPlan.FieldSource;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class QueryPlanTest {

    @Test
    void readsAGroupWithNamedAndUnnamedAggregates() {
        var plan = QueryPlan.of("event.type = 'Process Creation' | group n = count(), estimate_distinct(endpoint.name)"
                + " by src.process.name, user = src.process.user | sort -n | limit 3");

        assertThat(plan.grouped()).isTrue();
        assertThat(plan.keyColumns()).isEqualTo(2);
        assertThat(plan.columns())
                .extracting(QueryPlan.Column::name)
                .containsExactly("src.process.name", "user", "n", "estimate_distinct");
        assertThat(plan.columns().get(1).source()).isEqualTo(new FieldSource("src.process.user"));
        assertThat(plan.columns().get(3).source()).isEqualTo(new AggregateSource("estimate_distinct", "endpoint.name"));
        assertThat(plan.sort()).contains(new QueryPlan.Sort("n", true));
        assertThat(plan.limit()).isEqualTo(OptionalInt.of(3));
        assertThat(plan.equalities()).isEqualTo(Map.of("event.type", "Process Creation"));
    }

    @Test
    void readsColumnsAndIgnoresPipesInsideQuotes() {
        var plan = QueryPlan.of("src.process.cmdline matches 'a|b' | columns endpoint.name, cmd = src.process.cmdline"
                + " | limit 7 | limit 4");

        assertThat(plan.grouped()).isFalse();
        assertThat(plan.columns())
                .containsExactly(
                        new QueryPlan.Column("endpoint.name", new FieldSource("endpoint.name")),
                        new QueryPlan.Column("cmd", new FieldSource("src.process.cmdline")));
        assertThat(plan.limit()).isEqualTo(OptionalInt.of(4));
    }

    @Test
    void usesDefaultColumnsAndSkipsEqualitiesUnderOrAndNegation() {
        var plan = QueryPlan.of("endpoint.name = 'a' or endpoint.name = 'b'");
        var negated = QueryPlan.of("event.type != 'Login' and !endpoint.name = 'x' and site.name == \"HQ\"");

        assertThat(plan.columns())
                .extracting(QueryPlan.Column::name)
                .containsExactlyElementsOf(QueryPlan.DEFAULT_COLUMNS);
        assertThat(plan.equalities()).isEmpty();
        assertThat(plan.limit()).isEmpty();
        assertThat(negated.equalities()).isEqualTo(Map.of("site.name", "HQ"));
    }

    @Test
    void aGroupWithoutKeysHasOneRowOfAggregates() {
        var plan = QueryPlan.of("| group count()");

        assertThat(plan.keyColumns()).isZero();
        assertThat(plan.columns()).containsExactly(new QueryPlan.Column("count", new AggregateSource("count", "")));
    }

    @Test
    void theSameQueryTextAlwaysGetsTheSameSeed() {
        assertThat(SdlQueriesEndpoint.seed("| limit 1")).isEqualTo(SdlQueriesEndpoint.seed("| limit 1"));
        assertThat(SdlQueriesEndpoint.seed("| limit 1")).isNotEqualTo(SdlQueriesEndpoint.seed("| limit 2"));
    }
}
